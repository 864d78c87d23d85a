# A basic class with an initializer and methods
class Dog:
    """A dog that knows some tricks."""

    species = "Canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)

    def __str__(self):
        return f"{self.name} ({self.age}) knows {', '.join(self.tricks) or 'nothing'}"


rex = Dog("Rex", 3)
rex.add_trick("sit")
print(rex, Dog.species)

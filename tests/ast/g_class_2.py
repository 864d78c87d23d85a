# Inheritance and super()
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Cat(Animal):
    def speak(self):
        return "meow"


class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride

    def speak(self):
        return super().speak().upper() + "!"


for a in (Animal("generic"), Cat("tom"), Lion("leo", "north")):
    print(a.name, a.speak())

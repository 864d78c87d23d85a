# Class attributes, instance attributes and class methods
class Pizza:
    count = 0
    toppings_allowed = ("cheese", "ham", "olive")

    def __init__(self, *toppings):
        self.toppings = [t for t in toppings if t in self.toppings_allowed]
        Pizza.count += 1

    @classmethod
    def margherita(cls):
        return cls("cheese")

    @staticmethod
    def is_valid(topping):
        return topping in Pizza.toppings_allowed

    def __repr__(self):
        return f"Pizza({', '.join(map(repr, self.toppings))})"


p = Pizza.margherita()
q = Pizza("ham", "pineapple")
print(p, q, Pizza.count, Pizza.is_valid("olive"))

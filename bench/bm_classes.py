"""Classes and method calls: a small object model with inheritance,
super() calls, properties and dunder methods."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._balance += amount
        return self


def main():
    total = 0
    for i in range(360000):
        shapes = (Rect(i % 7, 3), Square(i % 5), Shape("dot"))
        for s in shapes:
            total += s.area()
    print("areas:", total)

    v = Vec(0, 0)
    step = Vec(1, 2)
    d = 0
    for i in range(1000000):
        v = v + step
        d += v.dot(step)
    print("vectors:", v.x, v.y, d, v == Vec(1000000, 2000000))

    a = Account()
    for i in range(1200000):
        a.deposit(i % 10)
    print("balance:", a.balance)


main()

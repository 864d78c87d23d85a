# Abstract base classes
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        ...

    @property
    @abstractmethod
    def name(self) -> str:
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


try:
    Shape()
except TypeError as e:
    print("cannot instantiate:", e)
print(Circle(2).describe())

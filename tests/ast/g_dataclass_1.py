# Dataclasses remove boilerplate
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.price * self.quantity


@dataclass(frozen=True, order=True)
class Point:
    x: int = 0
    y: int = 0


cart = [Item("pen", 1.5, 4), Item("book", 12.0, tags=["paper"])]
print(cart[0], sum(i.total for i in cart))
print(sorted([Point(2, 1), Point(1, 5)]), Point() == Point(0, 0))

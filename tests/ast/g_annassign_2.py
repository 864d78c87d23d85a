# Annotations on attributes, subscripts and parenthesized names
class Point:
    x: float
    y: float = 0.0

    def __init__(self, x: float, y: float) -> None:
        self.x: float = x
        self.y: float = y
        self.tags: list[str]


cache = {}
cache["answer"]: int = 42
(total): int = 10
(pending): bool
p = Point(1.5, 2.5)
p.x: float
print(p.x, p.y, cache, total)

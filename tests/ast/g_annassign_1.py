# Variable annotations
count: int = 0
name: str = "minipy"
ratio: float
scores: list[int] = [90, 85]
lookup: dict[str, tuple[int, ...]] = {}
maybe: "int | None" = None
callback: "Callable[[int], str]"

print(count, name, scores, lookup, maybe)
print(__annotations__.keys())

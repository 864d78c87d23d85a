# Annotations on every kind of parameter and on the return value
from typing import Any


def convert(value: str, /, base: int = 10, *extra: str,
            strict: bool, default: int = 0, **options: Any) -> int:
    try:
        return int(value, base)
    except ValueError:
        if strict:
            raise
        return default


def nothing() -> None:
    pass


def pick(items: list[int], index: "int" = -1) -> int | None:
    return items[index] if items else None


print(convert("ff", 16, strict=True), nothing(), pick([1, 2, 3]))

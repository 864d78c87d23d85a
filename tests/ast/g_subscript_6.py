# Generic type subscripts in annotations
from typing import Callable, Optional, Union

Handler = Callable[[str, int], Optional[bool]]
Table = dict[str, list[tuple[int, float]]]
Either = Union[int, str]
Matrix = list[list[float]]
Nested = tuple[()] | tuple[int, ...]


def apply(h: Handler, rows: Table) -> dict[str, Optional[bool]]:
    return {name: h(name, len(vals)) for name, vals in rows.items()}


print(apply(lambda s, n: n > 0, {"a": [(1, 2.0)]}), Either, Nested)

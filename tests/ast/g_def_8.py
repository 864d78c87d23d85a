# Variadic annotations, including starred annotations for *args (PEP 646)
from typing import TypeVarTuple, Generic

Ts = TypeVarTuple("Ts")


def collect(*args: *Ts) -> tuple[*Ts]:
    return args


def typed_star(*args: int, **kwargs: str) -> dict:
    return {"args": args, "kwargs": kwargs}


class Array(Generic[*Ts]):
    def __init__(self, *shape: *Ts) -> None:
        self.shape = shape


print(collect(1, "a"), typed_star(1, 2, k="v"), Array(2, 3).shape)

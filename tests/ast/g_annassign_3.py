# Annotated assignments with complex right-hand sides
from typing import Optional, Union

Number = Union[int, float]

def parse(text: str) -> Optional[Number]:
    result: Optional[Number] = None
    try:
        result: int = int(text)
    except ValueError:
        result: float = float(text)
    return result


pair: tuple[int, int] = 1, 2
rest: list = [*range(3), *"ab"]
flag: bool = not pair
value: Number = parse("3.5") or 0
print(pair, rest, flag, value)

# Named tuples have __match_args__ from their fields and are sequences.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")


class Pixel(NamedTuple):
    x: int
    y: int
    color: str = "black"


print(Point.__match_args__, Pixel.__match_args__)

for p in [Point(1, 2), Pixel(0, 0, "red"), Pixel(3, 4)]:
    match p:
        case Pixel(x, y, color="red"):
            print("red pixel at", x, y)
        case Point(x=0) | Pixel(x=0):
            print("x is zero")
        case Point(x, y):
            print("point", x, y)
        case [x, y, c]:
            print("a 3-sequence", x, y, c)

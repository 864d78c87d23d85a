# Class patterns: positional and keyword sub-patterns
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(x=0, y=0):
            print("Origin")
        case Point(x=0, y=y):
            print(f"Y={y}")
        case Point(x, 0):
            print(f"X={x}")
        case Point(x, y,) if x == y:
            print("on the diagonal")
        case Point(1, y=var):
            print("x is one, y is", var)
        case Point():
            print("somewhere else")
        case int(n) | float(n):
            print("a number", n)
        case str() as s:
            print("a string", s)
        case _:
            print("Not a point")

where(Point(0, 0))
where(Point(3, 3))

import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def classify(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, 0) if x > 0:
            return f"x-axis {x}"
        case Point(x=px, y=py) as pt:
            return f"point {px} {py} {pt.x}"
        case Color.RED | Color.GREEN:
            return "color"
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case -1 | 1.5 | 2j | -3+4j:
            return "num"
        case "a" | b"b":
            return "text"
        case [1, [2, x], *_, y]:
            return f"nested {x} {y}"
        case [x, *_, (y, z)] | [x, y, z]:
            return "or-seq"
        case ([a, b] | (a, b, _)) if a == b:
            return "same"
        case {1: a, "k": [b, *c], **rest}:
            return f"map {a} {b} {c} {rest}"
        case {Color.RED: a} | {Color.GREEN: a}:
            return f"cmap {a}"
        case {}:
            return "empty-or-any map"
        case [*_, 5] | [5, *_]:
            return "has5"
        case (_, _, _, *middle, _):
            return f"middle {middle}"
        case _ if p == 7:
            return "seven"
        case _:
            return "other"

def orders(v):
    match v:
        case (a, b) | [b, a, _]:
            return a, b
        case {"x": x, "y": y} | {"y": y, "x": x, "z": _}:
            return x, y

def default_only(v):
    match v:
        case _:
            return 1

def single_capture(v):
    match v:
        case x:
            return x

def guard_default(v):
    match v:
        case 1:
            pass
        case _ if v:
            print("truthy")

x = 3
match x:
    case 1 | 2:
        y = "small"
    case int(z) if z > 2:
        y = "big"
    case _:
        y = "?"
print(y)

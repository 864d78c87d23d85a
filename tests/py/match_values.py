# Value patterns: dotted names, enums, constants in classes and modules.
import enum
import math


class Color(enum.Enum):
    RED = "r"
    GREEN = "g"
    BLUE = "b"


class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404


class Limits:
    LOW = 10
    HIGH = 100


def color_name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case _:
            return "not a color"


for c in [Color.RED, Color.BLUE, "r", 1]:
    print(c, color_name(c))


def status(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Limits.HIGH:
            return "a hundred"
        case math.pi:
            return "pi"
        case _:
            return "?"


for code in [200, Status.NOT_FOUND, 100, 3.141592653589793, 3]:
    print(code, status(code))

# A dotted name is looked up each time; a bare name would be a capture.
Limits.HIGH = 7
print(status(7))

# Values compare with ==, so a custom __eq__ is used.
class Any:
    def __eq__(self, other):
        print("  Any.__eq__ called with", other)
        return True


class Holder:
    ANY = Any()


match 12345:
    case Holder.ANY:
        print("matched through __eq__")

# Nested attributes.
class Outer:
    class Inner:
        VALUE = "deep"


match "deep":
    case Outer.Inner.VALUE:
        print("nested attribute")

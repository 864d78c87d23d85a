# Class patterns: __match_args__, keywords, dataclasses, the built-ins that
# match themselves, and the errors.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point(x, y=yy):
            return f"somewhere: {x}, {yy}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (1, 2)]:
    print(where(p))


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


print(Circle.__match_args__, Rect.__match_args__)


def shape(s):
    match s:
        case Circle(Point(x, y), r):
            return f"circle at {x},{y} radius {r}"
        case Rect(Point(x=0, y=0), w, h=h) if w == h:
            return f"square at the origin, side {w}"
        case Rect(corner=c, w=w, h=h):
            return f"rect {w}x{h} at {c.x},{c.y}"


print(shape(Circle(Point(1, 2), 3)))
print(shape(Rect(Point(0, 0), 2, 2)))
print(shape(Rect(Point(1, 1), 2, 5)))

# The built-ins that match themselves with one positional sub-pattern.
for v in [True, 7, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset([2])]:
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", x)
        case float(x):
            print("float", x)
        case str(x):
            print("str", x)
        case bytes(x):
            print("bytes", x)
        case bytearray(x):
            print("bytearray", x)
        case list(x):
            print("list", x)
        case tuple(x):
            print("tuple", x)
        case dict(x):
            print("dict", x)
        case set(x):
            print("set", x)
        case frozenset(x):
            print("frozenset", x)


# Subclasses of those too, unless they set __match_args__.
class MyInt(int):
    pass


class Named(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyInt(5):
    case MyInt(n):
        print(type(n).__name__, n)
match Named("abc"):
    case Named(u):
        print(u)

# Keyword patterns read any attribute.
match "text":
    case str(__len__=f):
        print(f())
match 3 + 4j:
    case complex(real=r, imag=i):
        print(r, i)

# A missing attribute means no match, not an error.
match Point(1, 2):
    case Point(z=1):
        print("no")
    case object(x=1):
        print("object(x=1) matched a Point")

# isinstance() decides, __instancecheck__ included.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Anything(metaclass=Meta):
    pass


for v in ["magic", "plain"]:
    match v:
        case Anything():
            print(v, "is Anything")
        case _:
            print(v, "is not")


# The errors.
class BadArgs:
    __match_args__ = ["x"]
    x = 1


class OneArg:
    __match_args__ = ("x",)
    x = 1


class NotStr:
    __match_args__ = (1,)


class NoArgs:
    pass


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, type(e).__name__, e)


def bad_args():
    match BadArgs():
        case BadArgs(a):
            pass


def too_many():
    match OneArg():
        case OneArg(a, b):
            pass


def twice():
    match OneArg():
        case OneArg(a, x=b):
            pass


def not_str():
    match NotStr():
        case NotStr(a):
            pass


def no_args():
    match NoArgs():
        case NoArgs(a):
            pass


def builtin_two():
    match 5:
        case int(a, b):
            pass


def not_a_class():
    not_a_class = len
    match 5:
        case not_a_class():
            pass


attempt("list __match_args__:", bad_args)
attempt("too many:", too_many)
attempt("twice:", twice)
attempt("not a str:", not_str)
attempt("none allowed:", no_args)
attempt("int with two:", builtin_two)
attempt("not a class:", not_a_class)

# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API, _missing_, members with attributes.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__, type(Color), Color)
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_, hash(Color.RED) == hash('RED'))
print(f"{Color.RED}", format(Color.RED, ">12"), "%s" % Color.RED, str(Color.BLUE))
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '->', type(e).__name__, e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    class More(Color): PINK = 4
except TypeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.TWO * 2, f"{Num.TWO}", str(Num.ONE), Num(2), Num.ONE == 1, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, repr(~Perm.R), Perm(0), repr(Perm(0)), bool(Perm(0)), Perm(7), list(Perm))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP.A | 8), IP(3), int(IP.B))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), [m.value for m in A])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.EARTH))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__)
A2 = Enum('A2', [('X', 10), ('Y', 20)])
print(list(A2))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if value == "sq": return cls.SQUARE
    def describe(self): return f"{self.name} has {self.value}"
print(Shape("sq"), Shape.SQUARE.describe(), dir(Shape), dir(Shape.SQUARE))
print(EnumMeta is enum.EnumType, isinstance(Color.RED, Color), isinstance(Color.RED, Enum), Color.__members__['CRIMSON'])
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED, Color.RED.__reduce_ex__(4))
class Ord(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ord), Color.RED.__class__, Enum.__members__ if hasattr(Enum, '__members__') else None, repr(Enum))
class Empty(Enum): pass
class Ext(Empty):
    Q = 1
print(list(Ext), bool(Color.RED), {Color.RED: 1}[Color.CRIMSON])
print(Color.__doc__, Color.RED.__doc__ if False else '')

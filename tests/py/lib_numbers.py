# numbers: the numeric tower as abstract base classes.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

tower = [Number, Complex, Real, Rational, Integral]
for value in [1, True, 2.5, 1j, 'x', None, [1]]:
    print(repr(value), [cls.__name__ for cls in tower if isinstance(value, cls)])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [cls.__name__ for cls in tower if issubclass(t, cls)])
print(issubclass(Integral, Rational), issubclass(Real, Integral))
print(Number.__module__, numbers.__all__)

# the abstract methods each level asks for
for cls in tower:
    print(cls.__name__, sorted(cls.__abstractmethods__))

# Number has none, but is not hashable; the others cannot be instantiated
n = Number()
try:
    hash(n)
except TypeError as e:
    print(type(e).__name__, e)
for cls in tower[1:]:
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, str(e)[:60])

# a type registered later is found
class Money:
    pass
print(isinstance(Money(), Real))
Real.register(Money)
print(isinstance(Money(), Real), isinstance(Money(), Complex), isinstance(Money(), Integral))

# a small integer type gets the concrete methods
class Small(Integral):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Small({self.v})'
    def __int__(self):
        return self.v
    def __pos__(self):
        return Small(self.v)
    def __neg__(self):
        return Small(-self.v)
    def __add__(self, other):
        return Small(self.v + int(other))
    def __lt__(self, other):
        return self.v < int(other)
    def __eq__(self, other):
        return self.v == int(other)
    __hash__ = object.__hash__
    __abs__ = __invert__ = __pow__ = __radd__ = __mul__ = __rmul__ = None
    __truediv__ = __rtruediv__ = __rpow__ = __trunc__ = __floor__ = None
    __ceil__ = __round__ = __floordiv__ = __rfloordiv__ = __mod__ = None
    __rmod__ = __le__ = __lshift__ = __rlshift__ = __rshift__ = None
    __rrshift__ = __and__ = __rand__ = __xor__ = __rxor__ = __or__ = None
    __ror__ = None

s = Small(5)
print(s.numerator, s.denominator, float(s), complex(s), s.real, s.imag)
print(s.conjugate(), s - 2, 10 - s, bool(s), bool(Small(0)), s.__index__())
print([10, 20, 30, 40, 50, 60][Small(2)], isinstance(s, Rational))

# Rational's float() divides the integers, exactly
class Ratio:
    def __init__(self, n, d):
        self.numerator, self.denominator = n, d
print(Rational.__float__(Ratio(1, 2)), Rational.__float__(Ratio(10 ** 400, 10 ** 399)))

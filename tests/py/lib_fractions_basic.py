# fractions.Fraction: construction, str/repr, arithmetic, comparisons, hashing.
from fractions import Fraction
import math
import numbers
import copy

def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# Construction.
print(Fraction(), Fraction(3), Fraction(10, -8), Fraction(-6, -4), Fraction(0, 5))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)))
print(Fraction(True), Fraction(2, True), Fraction(2.25), Fraction(-0.1), Fraction(1e100).denominator)
print(repr(Fraction(1.47)), Fraction(0.0), Fraction(-0.0))
for text in ["314", "-35/4", "3.1415", "-47e-2", " 3/4 ", "+7", "1_000", "1_000/3_000",
             ".5", "5.", "-.25e1", "1E3", "2e+2", "1.5e-3", "0/7", "\t-12\n", "1_0.0_1e0_1", "1.e3", "5.E-1",
             "٣/٤", "00012"]:
    print(repr(text), repr(Fraction(text)))
for bad in ["", " ", "3 / 4", "3/ 4", "1.d", "1.ddE5", "1.dd5", "1/", "/2", "1/2/3", "1.5/2", "1/2.0", "abc", "1e", "1e+", ".", "-",
            "1__0", "_1", "1_", "1 0", "1/-2", "--1", "1.2.3", "0x10", "inf", "nan", "1/0"]:
    attempt(lambda: Fraction(bad))
attempt(lambda: Fraction(1, 0))
attempt(lambda: Fraction(0, 0))
attempt(lambda: Fraction(Fraction(1, 2), Fraction(0, 1)))
attempt(lambda: Fraction(1.5, 2))
attempt(lambda: Fraction("1", 2))
attempt(lambda: Fraction([1]))
attempt(lambda: Fraction(1j))
attempt(lambda: Fraction(float("inf")))
attempt(lambda: Fraction(float("nan")))
attempt(lambda: Fraction(None))

# Attributes and conversions.
f = Fraction(-7, 3)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(str(f), repr(f), str(Fraction(4, 2)), repr(Fraction(4, 2)))
print(int(f), float(f), complex(f), math.trunc(f), math.floor(f), math.ceil(f), bool(f), bool(Fraction(0)))
print(int(Fraction(7, 3)), math.floor(Fraction(7, 3)), math.ceil(Fraction(7, 3)))
print(float(Fraction(10**400, 10**399 * 3)))
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Real), isinstance(f, numbers.Integral))
attempt(lambda: setattr(f, "x", 1))
attempt(lambda: setattr(f, "numerator", 1))

# Rounding.
for v in [Fraction(5, 2), Fraction(7, 2), Fraction(-5, 2), Fraction(7, 3), Fraction(-7, 3)]:
    print(v, round(v), round(v, 1), round(v, 0), round(v, -1))
print(round(Fraction(12345, 100), -2), round(Fraction(1, 3), 3))

# Arithmetic with Fraction, int, float, complex.
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a // 1, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 2.0, 2.0 / a, a - 1j, 1j * a, a ** 0.5, 2 ** a, 2.0 ** a)
print(4 ** Fraction(1, 2), 4 ** Fraction(2), Fraction(4) ** Fraction(1, 2), Fraction(-8) ** Fraction(1, 3))
print(Fraction(2, 3) ** Fraction(2), 2 ** Fraction(-2), (1 + 1j) ** Fraction(2))
print(True + a, a + True, -a, +a, abs(-a), type(+a).__name__)
print(sum([Fraction(1, n) for n in range(1, 11)]))
print(Fraction(3, 4) % Fraction(-1, 3), Fraction(-3, 4) // Fraction(1, 3), divmod(Fraction(-7, 2), 2))
attempt(lambda: a / 0)
attempt(lambda: a // 0)
attempt(lambda: a % Fraction(0))
attempt(lambda: 1 / Fraction(0))
attempt(lambda: Fraction(0) ** -1)
attempt(lambda: a + "x")
attempt(lambda: "x" * a)
attempt(lambda: a < "x")
attempt(lambda: a + [1])

# Comparisons.
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, 2 == Fraction(2))
print(Fraction(1, 2) == 0.5 + 0j, Fraction(1, 2) == 1j, a != b, a == "1/3")
print(a < b, a > b, a <= Fraction(1, 3), a >= 0.3, a < 0.34, 1 < a, 0.3 < a)
print(a < float("inf"), a > float("-inf"), a == float("nan"), a < float("nan"), a >= float("nan"))
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3), 0]))
print(max(Fraction(7, 3), 2.3, 2), min(Fraction(7, 3), 2.4))

# Hashing equals the hashes of equal ints and floats.
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1))
print(hash(Fraction(-1)), hash(Fraction(1, 2)), hash(Fraction(-3, 8)) == hash(-0.375))
print(hash(Fraction(1, 3)), hash(Fraction(10**30, 7)), hash(Fraction(1, 2**61 - 1)))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4)}), {Fraction(1, 2): "half"}[0.5])

# from_float, limit_denominator.
print(Fraction.from_float(0.3), Fraction.from_float(2), Fraction.from_float(-1.5))
attempt(lambda: Fraction.from_float("1.5"))
attempt(lambda: Fraction.from_float(Fraction(1, 2)))
pi = Fraction("3.141592653589793")
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), pi.limit_denominator())
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(0.1).limit_denominator(1000))
print(Fraction(1, 3).limit_denominator(1), Fraction(2, 3).limit_denominator(1), Fraction(-5, 7).limit_denominator(2))
print(Fraction(3, 2).limit_denominator(1), Fraction(5, 2).limit_denominator(1))
attempt(lambda: pi.limit_denominator(0))

# Subclasses, copies, reduce.
class MyFraction(Fraction):
    pass
m = MyFraction(3, 6)
print(repr(m), type(m + 1).__name__, type(+m).__name__, m.__reduce__())
print(copy.copy(a) is a, copy.deepcopy(a) is a, repr(copy.copy(m)), copy.copy(m) is m)
print(Fraction(2, 4).__reduce__())
attempt(lambda: format(Fraction(1, 3), ".2f"))
print(format(Fraction(1, 3)), "{}".format(Fraction(-1, 3)), f"{Fraction(5, 10)!r}")

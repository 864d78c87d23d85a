# The eval loop's fast paths for float arithmetic and comparisons, int
# division, and calls with exactly the positional parameters: the same
# results and errors as the general paths.
import math

nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, 3, -7, 2**53, 2**53 + 1, -(2**60), nan, inf, -inf, True]
for a in vals:
    row = []
    for b in vals:
        for op in ("+", "-", "*", "/"):
            try:
                r = eval("a %s b" % op)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
        row.append("".join(str(int(eval("a %s b" % c))) for c in ("<", "<=", "==", "!=", ">", ">=")))
    print(repr(a), " ".join(row))

# In-place forms, and the sign of zero.
x = 1.0
x += 2
x -= 0.5
x *= 4
x /= 3
print(x, math.copysign(1, -0.0 + 0.0), math.copysign(1, -0.0 * 1), 0.0 * -1)

# int / int: exact for small values, correctly rounded beyond.
for a, b in [(1, 3), (-7, 2), (10, 5), (2**53, 3), (2**60 + 1, 3), (1, 2**54), (0, -5)]:
    print(a / b, end=" ")
print()
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)


# A float subclass keeps its own operators.
class F(float):
    def __add__(self, other):
        return "F.add"

    def __lt__(self, other):
        return "F.lt"


print(F(1.0) + 2.0, 2.0 + F(1.0), F(1.0) < 2.0, 2.0 < F(1.0))


# Calls: exact positional arguments, defaults, keywords, *args, errors.
def f(a, b):
    return a - b


def g(a, b=10):
    return a - b


def h(*args):
    return args


def k(a, *, b):
    return a, b


for i in range(3):
    print(f(i, 1), g(i), g(i, 2), h(i, i), k(i, b=i))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)


print(rec(15))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


try:
    deep(100000)
except RecursionError as e:
    print(type(e).__name__, e)


# Arguments that are cells of the callee.
def outer(a, b):
    def inner():
        return a + b
    return inner()


print(outer(1, 2), outer("x", "y"))


# list[i] = v for small int indices, negative ones, and the errors.
lst = [0, 1, 2]
for i in (-3, -1, 0, 2):
    lst[i] = i * 10
print(lst)
for i in (3, -4):
    try:
        lst[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
lst[True] = "bool index"
lst[2**70 // 2**69] = "big int index"
print(lst)


class L(list):
    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)


L([1, 2])[0] = 5

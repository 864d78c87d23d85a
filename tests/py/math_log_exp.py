# log, log2, log10, exp, expm1, log1p with exact and inexact cases.
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2))
print(math.expm1(1e-10), math.log1p(1e-10))
print(math.log(0.5), math.log10(0.001))
print(math.exp(-1000), math.log(1e-300))
for bad in (0, -1, 0.0):
    try:
        math.log(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.log2(-4)
except ValueError as e:
    print(type(e).__name__, e)
print(math.log(math.inf), math.exp(-math.inf))

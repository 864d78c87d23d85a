# fsum versus sum, isclose with tolerances, dist, and sumprod-free helpers.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), type(math.fsum([1, 2])).__name__)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(type(e).__name__, e)
print(math.fsum([math.inf, 1]), math.fsum([0.5, 0.25, 0.125]))

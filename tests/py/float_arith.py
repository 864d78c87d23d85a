# Float arithmetic and its rounding results.
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 0.1, 1.0 / 3.0)
print(2.5 + 2, 2 - 0.5, 3 * 0.5, 7 / 2.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 2, 4.0 ** 0.5, 2 ** 0.5)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
nan = float("nan")
print(nan + 1, nan == nan, nan != nan, nan is nan)
print(1.5 + True, 1.5 * False)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(1e16 + 1, 1e16 + 2)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(abs(-2.5), abs(-0.0), -(0.0))
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)

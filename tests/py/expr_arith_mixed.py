# Arithmetic mixing int, float, complex and bool, and the result types.
combos = [(1, 2), (1, 2.0), (1.0, 2), (True, 2), (1, 2j), (2.5, 1j), (True, False + 0.5)]
for a, b in combos:
    results = [a + b, a - b, a * b]
    print(type(a).__name__, type(b).__name__, results, [type(r).__name__ for r in results])
print(7 / 2, 7 // 2, 7.0 // 2, -7 / 2, -7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(1e300 * 1e10, -1e300 * 1e10, 2 ** 1023 * 2.0)
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 3 * 1.1)
print((1 + 2j) * 2, (1 + 2j) * 1.5, (2j) ** 2, abs(1 + 1j))
print(True + True * 3, True / 2, -True, True ** 10)
print(17 % -5, -17 % 5, 17.5 % -5, divmod(-17.5, 5))

# repr of floats: the shortest string that round-trips, and when exponents appear.
values = [0.1 + 0.2, 0.1, 0.5, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789.0,
          1234567890123456.0, 12345678901234567.0, 1e-5, 0.0001, 0.00001234,
          1e22, 1e23, 1.5e300, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5,
          1 / 3, 2 / 3, 100.0, 1e100, 3.14159, 0.3, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), repr(-float("nan")))
print([0.1, 1e-7, 1e21], (2.5,), {1.5: -0.0})
print(1e16 - 1, 2.0 ** 60, 2.0 ** -10)
print(0.1 * 3, 1.1 * 1.1, 3 * 1.1)

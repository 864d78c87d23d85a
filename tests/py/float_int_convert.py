# int(float) truncates, math.floor/ceil round, and int vs float conversions.
import math
for v in (2.7, -2.7, 2.5, -2.5, 0.9999999, -0.0, 1e18, 1.5e19, 123456789.987):
    print(v, int(v), math.floor(v), math.ceil(v), math.trunc(v), round(v))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__)
print(int(2.0 ** 63), int(-(2.0 ** 63)), int(2.0 ** 64))
print(int(1.7976931348623157e308) > 10 ** 307)
print(float(10 ** 16), float(10 ** 16 + 1), float(2 ** 53 + 1))
print(float(123456789012345678901234567890))
print(int(0.1 + 0.2 == 0.3), int(-0.99))

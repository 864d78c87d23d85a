# int() of floats (truncation toward zero), of bools, of big floats, and the errors.
for f in (3.7, -3.7, 0.5, -0.5, 1e10, -1e15, 2.0 ** 70, 1e20, 123.0):
    print(f, int(f))
print(int(1e100))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1e5")
except ValueError as e:
    print(type(e).__name__, e)
print(int(" 12 "), int(b"34"), int(bytearray(b"-5")))
print(float(2 ** 60), float(-(2 ** 80)))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(complex(3), complex(-2))

# round() of floats: ties to even, ndigits positive and negative, representation effects.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005):
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(1e20, 2), round(1.23e-10, 12))
print(round(123.456, 10), round(-0.4), round(-0.0, 1))
print(round(5e-324, 400))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(1.5, None), round(2.5, None))

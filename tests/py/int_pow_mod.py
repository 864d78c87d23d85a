# Three-argument pow and the modular inverse pow(a, -1, m).
print(pow(2, 10, 1000), pow(3, 200, 13), pow(5, 0, 7), pow(5, 0, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(2, 2 ** 70, 10 ** 9 + 7))
print(pow(12345678901234567890, 65537, 2 ** 127 - 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97))
print(pow(-3, -1, 7))
for a in range(1, 7):
    inv = pow(a, -1, 7)
    print(a, inv, a * inv % 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)

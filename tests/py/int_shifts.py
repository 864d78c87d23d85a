# << and >> including big results, negative operands, and the error for a negative count.
print(1 << 0, 1 << 1, 1 << 10, 1 << 63, 1 << 64, 1 << 200)
print(5 << 3, 5 >> 1, 5 >> 3, 5 >> 100)
print(-1 >> 1, -1 >> 100, -5 >> 1, -16 >> 2, -17 >> 2)
print(-1 << 70)
print((1 << 100) >> 98, (3 << 90) >> 89)
print(0 << 1000, 0 >> 5)
big = 12345678901234567890123
print(big >> 10, big << 7)
print(-big >> 10)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << 1.5
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(True << 3, False >> 1)

# Bitwise operators on non-negative, negative and big ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 0xFF, -256 & 0xFF, ~0, ~-1)
print(12 & -10, 12 | -10, 12 ^ -10)
print(-5 & -3, -5 | -3, -5 ^ -3)
big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 64 - 1))
print(big | 0xF, big ^ big, big & -big)
print(-big & 0xFFFF, (-big) | 1, ~big)
print(hex(big ^ (2 ** 100)))
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(x, bin(x))
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0b111
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(1 & True).__name__)

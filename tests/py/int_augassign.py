# Augmented assignment on ints for every operator.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0b101; print(x)
x &= 0b110; print(x)
x ^= 0b011; print(x)
x /= 2; print(x, type(x).__name__)
y = 2 ** 62
y += 2 ** 62; print(y)
y *= y; print(y)
y -= y - 1; print(y)
z = 7
w = z
w += 1
print(z, w)

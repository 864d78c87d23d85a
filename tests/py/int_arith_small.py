# Basic arithmetic on small ints: every binary operator and the unary ones.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, type(a / b).__name__)
print(a // b, a % b, a ** b)
print(-a, +a, ~a)
print(b - a, type(b - a).__name__)
print(0 - 0, -0, 0 * -1)
print(10 / 2, type(10 / 2).__name__)
print(7 / 7, 1 / 3, 2 / 3)
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(100 - 1 - 1, 100 // 10 // 3)
x = 0
for i in range(1, 11):
    x += i * i
print(x)
print(abs(-5), abs(5), abs(0))
print(int(True), int(False))
print(3 * -3, -3 * -3)

# Every arithmetic operator
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a // b, -a % b, divmod(a, b))
print(2.5 * 4, 7 / 2, 7 // 2.0)
print("ab" * 3, [0] * 4, "con" + "cat")
print("%d items" % 3, "%s=%r" % ("x", "y"))

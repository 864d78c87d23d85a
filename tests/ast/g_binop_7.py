# Deeply nested parentheses and long expressions
x = ((((1 + 2) * 3) - 4) / 5)
y = (1 + (2 * (3 - (4 / (5 ** (6 % 7))))))
z = 1 + 2 - 3 + 4 - 5 + 6 - 7 + 8 - 9 + 10
w = 2 * 3 * 4 / 2 / 3 % 5 // 1
polynomial = lambda t: 3 * t ** 3 - 2 * t ** 2 + t - 7
mean = (1 + 2 + 3 + 4) / 4
variance = ((1 - mean) ** 2 + (2 - mean) ** 2 + (3 - mean) ** 2 + (4 - mean) ** 2) / 4
print(x, y, z, w, polynomial(2), mean, variance)

# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 100 / 10 / 5, 100 / (10 / 5), 20 - 5 - 3, 20 - (5 - 3))
print(7 // 2 * 2 + 7 % 2, -7 // 2, -(7 // 2), 2 * -3, - - 4, + - 4)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1)
print(1 | 2 ^ 3 & 4, ~1 + 1, ~(1 + 1), -2 ** 2 ** 2)
print(not 1 == 2, not (1 == 2), (not 1) == 2, 1 < 2 == True)
print(True or False and False, (True or False) and False, not True or True)
print(3 > 2 > 1, (3 > 2) > 1, 1 < 2 < 3 < 4 > 0)
print(1 + 2 == 3 and 2 * 2 == 4, 1 if 0 else 2 if 0 else 3)
print("a" + "b" * 2, ("a" + "b") * 2, [1] * 2 + [0])
x = 5
print(x if x > 3 else -x, -x if x > 10 else x * 2)
print(2 * 3 % 4, 2 * (3 % 4), 10 - 2 ** 2 * 3, 5 % 3 ** 2)
print(1 in [1] == True, (1 in [1]) == True, not 1 in [2], 1 not in [2])
f = lambda: 0 if x else 1
print(f(), (lambda: x)() + 1)

# // and % with negative operands: floor division, the remainder takes the divisor's sign.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (1, -10), (-1, -10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 2 ** 80 + 5
print(big // -3, big % -3)
print(-big // 3, -big % 3)
print(divmod(-big, 7))
print(divmod(big, -(2 ** 40)))
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
print("identity holds")

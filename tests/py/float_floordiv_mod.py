# Float // and % and divmod with mixed signs, and with inf.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3.0), (-0.0, 3.0),
         (5.0, 0.5), (1.0, 0.1), (1e20, 3.0), (3.0, 1e20), (-3.0, 1e20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float("inf")
print(5.0 // inf, 5.0 % inf, -5.0 // inf, -5.0 % inf)
print(inf // 5.0, inf % 5.0)
print(divmod(7, 2.5), divmod(-7, 2.5))
print(6 % 2.0, -6 % 2.0, 0.0 % -1)
print(10 // 0.3, 10 % 0.3)

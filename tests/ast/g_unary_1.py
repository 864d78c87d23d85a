# Unary operators
n = 5
print(-n, +n, ~n, not n)
print(- -n, -+-n, ~~n, not not n)
print(-(n + 1), ~(n - 1), +(-n))
print(-n * 2, -(n * 2), -n ** 2, (-n) ** 2)
print(not n > 3, not (n > 3), -1, +1.5, -0.0)
print(-True, ~False, -(-(-(1))))

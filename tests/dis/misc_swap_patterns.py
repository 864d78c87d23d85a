def f(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    x, y = 1, 2
    return a, b, c, x, y

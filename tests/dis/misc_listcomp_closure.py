def f(xs):
    y = 2
    return [lambda: x * y for x in xs]

# Positional and keyword arguments, defaults, and mixing them.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 30), f(1, 2, 30, 40))
print(f(1, b=2), f(b=2, a=1), f(1, 2, d=40), f(a=1, b=2, c=3, d=4), f(1, d=0, b=9))
def g(x, y=None):
    return x if y is None else x + y
print(g(1), g(1, 2), g(x=5, y=5), g("a", y="b"))
def h():
    return "no args"
print(h())
def only_defaults(p=1, q=2):
    return p * q
print(only_defaults(), only_defaults(5), only_defaults(q=10))
print(f(*[1, 2]), f(**{"a": 1, "b": 2}))

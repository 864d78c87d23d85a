def f():
    pass
def g(a, b):
    return a + b
def h(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw
def k(a, /, b, *, c):
    return a
def doc():
    """A docstring."""
    return 1
def empty_return():
    return
def const_return():
    return 42

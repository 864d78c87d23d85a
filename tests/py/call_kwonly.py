# Keyword-only parameters after * and after *args.
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key="k"), f(1, key="k", flag=True), f(a=0, key=1))
def g(*args, sep=" ", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="!"))
def h(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6), h(1, c=3, d=0, z=9))
try:
    f(1, "k")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def two(*, x, y):
    return x + y
try:
    two()
except TypeError as e:
    print(type(e).__name__, e)
try:
    two(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(two(y=1, x=2))

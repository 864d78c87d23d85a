# Positional-only parameters with /, and names reused in **kwargs.
def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2), g(1, y=3))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=7))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
print(len("abc"), divmod(7, 2))
try:
    len(obj="abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)

# TypeError messages for unexpected, duplicated and positional-only keyword arguments.
def f(a, b=2):
    pass
def po(a, /, b):
    pass
def po2(a, b, /):
    pass
tests = [lambda: f(1, z=3), lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: f(a=1, c=2, d=3),
         lambda: po(a=1, b=2), lambda: po2(a=1, b=2), lambda: po2(1, b=2),
         lambda: f(1, **{"a": 5}), lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(1, **{1: 2})]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def m(self, x):
        pass
try:
    C().m(1, self=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(y=1)
except TypeError as e:
    print(type(e).__name__, e)
def kwargs_ok(a, **kw):
    return kw
print(kwargs_ok(1, b=2, c=3))

# TypeError messages for too many positional arguments.
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=2):
    pass
def opt2(a, b=2, c=3):
    pass
def kwo(a, *, k=1):
    pass
tests = [lambda: zero(1), lambda: one(1, 2), lambda: two(1, 2, 3), lambda: opt(1, 2, 3),
         lambda: opt2(1, 2, 3, 4), lambda: kwo(1, 2), lambda: kwo(1, 2, k=3), lambda: zero(1, 2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def m(self):
        pass
    def n(self, a):
        pass
try:
    C().m(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().n(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
f = lambda x: x
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# TypeError messages for missing arguments.
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def mixed(a, b, c=1):
    pass
def kw(*, k):
    pass
def kws(*, k, m):
    pass
tests = [lambda: one(), lambda: two(1), lambda: two(), lambda: three(), lambda: three(1),
         lambda: mixed(), lambda: mixed(c=2), lambda: kw(), lambda: kws(), lambda: two(b=1),
         lambda: three(c=3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def method(self, x):
        pass
try:
    C().method()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.method()
except TypeError as e:
    print(type(e).__name__, e)

# functools: wraps, partial, reduce, lru_cache/cache, total_ordering, cached_property, cmp_to_key, singledispatch.
import functools
from functools import wraps, partial, reduce, lru_cache, cache, total_ordering, cached_property, cmp_to_key, singledispatch, partialmethod

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k) * 2
    return wrapper
@deco
def double_me(x: int) -> int:
    """Doubles."""
    return x
print(double_me(3), double_me.__name__, double_me.__doc__, double_me.__qualname__, double_me.__annotations__, double_me.__wrapped__(3), double_me.__module__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(4), cube_mod(2), square.func is power, square.args, square.keywords)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args, p2.func)
print(repr(partial(max, 1, default=0)))
for bad in ("partial()", "partial(1)"):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
class Cell:
    def __init__(self): self.v = 0
    def set(self, v): self.v = v
    reset = partialmethod(set, 0)
c = Cell(); c.set(5); c.reset()
print(c.v)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
for args in ((lambda a, b: a, []), (lambda a, b: a, 1)):
    try:
        reduce(*args)
    except TypeError as e:
        print(e)

@lru_cache(maxsize=2)
def f(x):
    print("computing", x)
    return x * 10
print(f(1), f(1), f(2), f(3), f(1))
print(f.cache_info(), f.cache_parameters())
f.cache_clear()
print(f.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def g(x, y=0):
    return x + y
print(g(1), g(1), g(1, y=2), g.cache_info(), type(g.cache_info()).__name__)
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
try:
    lru_cache("x")
except TypeError as e:
    print(e)

@total_ordering
class Version:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V{self.n}"
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, sorted([b, a]), max(a, b))
print(Version.__gt__.__name__, Version.__le__.__doc__)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)

class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
cc = Circle(2)
print(cc.area, cc.area, 'area' in vars(cc), type(Circle.area).__name__)
del cc.area
print(cc.area)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def y(self): return 1
try:
    Slotted().y
except TypeError as e:
    print(e)

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show(True), show([1, 2]), show("s"), show(2.5))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))

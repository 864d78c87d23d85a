# The library's classes standing for CPython's C types carry CPython's type
# names (tp_name) in error messages; their subclasses and __name__ don't.
import itertools, collections
tests = [lambda: len(itertools.repeat(1)), lambda: collections.deque().foo, lambda: itertools.count() + 1,
         lambda: collections.OrderedDict().foo, lambda: collections.defaultdict().foo, lambda: collections.Counter().foo,
         lambda: itertools.chain()[0], lambda: hash(collections.deque()), lambda: len(itertools.count()),
         lambda: collections.deque(1), lambda: itertools.repeat(1).x, lambda: iter(collections.deque()).x,
         lambda: type(collections.deque()).__name__, lambda: type(itertools.repeat(1)).__module__, lambda: repr(type(collections.deque())),
         lambda: repr(type(itertools.count())), lambda: collections.deque.__qualname__]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class MyDeque(collections.deque):
    pass
try:
    MyDeque().foo
except AttributeError as e:
    print(type(e).__name__, e)
print(collections.deque.__name__, itertools.repeat.__name__, MyDeque.__name__)
print('__minipy_tp_name__' in vars(collections.deque), '__minipy_tp_name__' in dir(itertools.count))

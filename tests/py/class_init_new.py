# __new__ and __init__: the order of calls, arguments, and the errors.
class P:
    def __new__(cls, *a, **k):
        print("new", cls.__name__, a, k)
        return super().__new__(cls)
    def __init__(self, x, y=2):
        print("init", x, y)
        self.x, self.y = x, y
p = P(1, y=3)
print(p.x, p.y)

class Q:
    def __new__(cls):
        return 42
print(Q())

class NotMine:
    def __init__(self): print("never")
class Other:
    def __new__(cls): return NotMine.__new__(NotMine)
print(type(Other()).__name__)

class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as ex:
    print(ex)

class Duck:
    def __init__(self, name): self.name = name
class Empty: pass
class S:
    def __init__(self): pass
class T:
    def __new__(cls): return object.__new__(cls)
for f in (lambda: Duck(), lambda: Empty(1), lambda: Empty(a=1), lambda: object(1),
          lambda: S(1, 2), lambda: T(1), lambda: Duck(1, 2), lambda: Duck(nam=1)):
    try:
        f()
    except TypeError as ex:
        print(ex)

class WithNew:
    def __new__(cls, *args):
        self = object.__new__(cls)
        self.args = args
        return self
print(WithNew(1, 2).args)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
            print("made", key)
        return cls._cache[key]
    def __init__(self, key):
        print("init", key)
print(Cached(1) is Cached(1), Cached(2) is Cached(1))

try:
    object.__new__(int)
except TypeError as ex:
    print(ex)
try:
    object.__new__(3)
except TypeError as ex:
    print(ex)
try:
    int.__new__(str)
except TypeError as ex:
    print(ex)
try:
    object.__new__()
except TypeError as ex:
    print(ex)
print(type(object.__new__(Empty)).__name__)
print(Empty.__new__ is object.__new__, Empty.__init__ is object.__init__)
print(P.__new__.__name__, type(P.__dict__['__new__']).__name__)
e = Empty()
e.__init__()
try:
    e.__init__(1)
except TypeError as ex:
    print(ex)

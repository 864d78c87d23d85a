# weakref.proxy: an object's stand-in that does not keep it alive.
import weakref

class A:
    def __init__(self):
        self.x = 1
    def __call__(self, y):
        return ('called', y)
    def __len__(self):
        return 3
    def __repr__(self):
        return 'A()'
    def __getitem__(self, i):
        return i * 2
    def __iter__(self):
        return iter([7, 8])

a = A()
p = weakref.proxy(a)
print(type(p), type(p).__name__, p.x, p(5), len(p), bool(p), p[4], list(p), 8 in p)
print(str(p), repr(p).split(' at ')[0], repr(p).split(' to ')[1].split(' at ')[0])
p.y = 5
print(a.y)
del p.y
print(hasattr(a, 'y'))
print(weakref.proxy(a) is p, weakref.getweakrefcount(a), p.__class__.__name__)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
print(p == a, isinstance(p, weakref.ProxyTypes))

class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __radd__(self, o):
        return o + self.v
    def __iadd__(self, o):
        self.v += o
        return self
    def __index__(self):
        return self.v
    def __lt__(self, o):
        return self.v < o
    def __neg__(self):
        return -self.v

n = N(3)
pn = weakref.proxy(n)
print(type(pn).__name__, pn + 1, 1 + pn, pn < 5, 5 > pn, [0, 1, 2, 3, 4][pn], -pn)
pn += 2
print(type(pn).__name__, n.v)

class B:
    pass

b = B()
died = []
pb = weakref.proxy(b, lambda ref: died.append(type(ref).__name__))
print(type(pb).__name__, weakref.getweakrefcount(b))
del b
print(died, repr(pb).split(' to ')[1].split(' at ')[0])
for f in [lambda: pb.x, lambda: str(pb), lambda: bool(pb), lambda: pb + 1]:
    try:
        f()
    except ReferenceError as e:
        print('ReferenceError', e)

l = [3, 1, 2]
try:
    weakref.proxy(l)
except TypeError as e:
    print('TypeError', e)
class L(list):
    pass
ll = L([3, 1, 2])
pl = weakref.proxy(ll)
print(pl[0], len(pl), sorted(pl), pl + [4], list(reversed(pl)))
pl[0] = 9
del pl[1]
print(ll)
it = weakref.proxy(iter([1, 2]) if False else ll)
try:
    next(pl)
except TypeError as e:
    print('TypeError', e)
print(sorted(set(dir(weakref.CallableProxyType)) - set(dir(weakref.ProxyType))))

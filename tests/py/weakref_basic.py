# weakref.ref: a reference that does not keep its object alive, callbacks,
# sharing, hashing and equality, getweakrefcount/getweakrefs.
import weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Thing(%r)' % self.name

t = Thing('a')
r = weakref.ref(t)
print(r() is t, r(), weakref.ref(t) is r, type(r).__name__)
print(repr(r).split(';')[1].split(' at ')[0])
print(weakref.getweakrefcount(t), weakref.getweakrefs(t) == [r])

events = []
def gone(ref):
    events.append(('gone', ref() is None))
r2 = weakref.ref(t, gone)
print(r2 is r, weakref.getweakrefcount(t), r2.__callback__ is gone, r.__callback__)
del t
print(r(), events, repr(r).split(';')[1])
print(weakref.getweakrefcount(Thing('x')))

# Equal objects give equal live references; hashes follow the object's.
x, y = Thing('x'), Thing('x')
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
k1, k2 = Key(1), Key(1)
print(weakref.ref(k1) == weakref.ref(k2), hash(weakref.ref(k1)) == hash(1))
print(weakref.ref(x) == weakref.ref(y), weakref.ref(x) != weakref.ref(y))
dead = weakref.ref(Key(5))
print(dead() is None, dead == dead, dead != weakref.ref(k1))
try:
    hash(weakref.ref(Key(6)))
except TypeError as e:
    print('TypeError', e)

for obj in [1, 'text', [1], (1,), {}, None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError', e)
print(weakref.ref(len)() is len, weakref.ref(Thing)() is Thing, weakref.ref(print) is not None)

# A callback that raises is reported, and the program goes on.
z = Thing('z')
zr = weakref.ref(z, lambda ref: 1 / 0)
del z
print('still running', zr())

# WeakMethod: a weak reference to a bound method.
class Greeter:
    def hello(self):
        return 'hello from ' + type(self).__name__
g = Greeter()
wm = weakref.WeakMethod(g.hello)
print(wm()(), wm() == g.hello, type(wm).__name__, isinstance(wm, weakref.ref))
print(weakref.ref(g.hello)() is None)
del g
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)

# finalize: a callback object, called once, when the object dies or at exit.
class Res:
    pass
res = Res()
f = weakref.finalize(res, print, 'finalized', 1)
print(f.alive, f.atexit, f.peek()[1:] == (print, ('finalized', 1), {}))
print(repr(f).split(';')[1].split(' at ')[0])
del res
print(f.alive, f(), repr(f).endswith('dead>'))
keep = Res()
f2 = weakref.finalize(keep, print, 'at exit')
f3 = weakref.finalize(keep, print, 'never')
f3.atexit = False
f4 = weakref.finalize(Res(), print, 'detached')
print(f4.alive)
f5 = weakref.finalize(keep, print, 'called early')
print(f5(), f5(), f5.alive, f5.detach())
print('end of program')

# WeakKeyDictionary, WeakValueDictionary and WeakSet drop their entries
# when the objects die.
import weakref
import gc

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Obj(%d)' % self.n

# WeakKeyDictionary: data attached to objects without keeping them alive.
wkd = weakref.WeakKeyDictionary()
a, b = Obj(1), Obj(2)
wkd[a] = 'one'
wkd[b] = 'two'
print(len(wkd), wkd[a], wkd.get(b), wkd.get(Obj(3), 'none'), a in wkd, 5 in wkd)
print(sorted(v for v in wkd.values()), sorted(k.n for k in wkd.keys()))
print(repr(wkd).split(' at ')[0])
del a
print(len(wkd), [k for k in wkd])
wkd.setdefault(b, 'x')
print(wkd.pop(b), len(wkd))
try:
    wkd[Obj(4)]
except KeyError as e:
    print('KeyError', e)
c = Obj(5)
wkd.update({c: 'five'})
wkd2 = wkd.copy()
print(wkd2[c], wkd == {c: 'five'}, list(wkd.items()))
del c
print(len(wkd), len(wkd2))

# A key in a reference cycle goes when the collector runs.
d = Obj(6)
d.me = d
wkd[d] = 'cyclic'
del d
print(len(wkd))
gc.collect()
print(len(wkd))

# WeakValueDictionary: a cache that forgets unused values.
cache = weakref.WeakValueDictionary()
v1, v2 = Obj(10), Obj(20)
cache['x'] = v1
cache['y'] = v2
print(len(cache), cache['x'], 'y' in cache, cache.get('z'), sorted(cache.keys()))
del v1
print(len(cache), 'x' in cache, cache.get('x', 'gone'))
try:
    cache['x']
except KeyError as e:
    print('KeyError', e)
print(list(cache.items()), [r() for r in cache.valuerefs()])
print(cache.setdefault('w', v2) is v2, cache.pop('w'), cache.pop('q', 'default'))
print(repr(cache).split(' at ')[0], type(cache.data['y']).__name__, cache.data['y'].key)
del v2
print(len(cache), dict(cache))

# Deleting during iteration is deferred until the iteration ends.
objs = [Obj(i) for i in range(4)]
vd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for k in vd.keys():
    seen.append(k)
    if k == 0:
        del objs[:]
print(sorted(seen), len(vd))

# WeakSet
ws = weakref.WeakSet()
p, q = Obj(1), Obj(2)
ws.add(p)
ws.add(q)
ws.add(p)
print(len(ws), p in ws, Obj(3) in ws, 1 in ws, sorted(o.n for o in ws))
del p
print(len(ws), [o.n for o in ws])
ws.discard(q)
print(len(ws), bool(ws))
r, s = Obj(7), Obj(8)
w1 = weakref.WeakSet([r, s])
w2 = weakref.WeakSet([s])
print(sorted(o.n for o in w1 - w2), sorted(o.n for o in w1 & w2), sorted(o.n for o in w1 | w2))
print(w2 <= w1, w1 <= w2, w2 < w1, w1 == weakref.WeakSet([s, r]), w1.isdisjoint(w2))
print(w1.pop() in (r, s), len(w1))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)
w3 = w2.copy()
w3.clear()
print(len(w2), len(w3))

# gc.collect() finds reference cycles, counts what it frees as CPython
# does, runs __del__ once, and clears weak references before finalizers.
import gc
import weakref

class Node:
    pass

a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(gc.collect())

l = []
l.append(l)
del l
print(gc.collect())

def f():
    pass
f.self = f
del f
print(gc.collect())
print(gc.collect())

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

n = Noisy('n')
n.me = n
wr = weakref.ref(n, lambda ref: print('callback, object gone:', ref() is None))
del n
print('collecting')
print(gc.collect())

# A weak reference that is itself garbage loses its callback.
c, d = Node(), Node()
c.d, d.c = d, c
c.w = weakref.ref(d, lambda ref: print('never called'))
del c, d
print(gc.collect())

# A reachable weak reference freed by its own callback is counted too.
holder = {}
e = Node()
e.self = e
holder['r'] = weakref.ref(e, lambda ref: holder.pop('r'))
del e
print(gc.collect(), holder)

# __del__ may resurrect its object; it does not run a second time.
saved = []
class Phoenix:
    def __del__(self):
        print('phoenix __del__')
        saved.append(self)
p = Phoenix()
p.me = p
del p
print(gc.collect(), len(saved))
saved.clear()
print(gc.collect())

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect())

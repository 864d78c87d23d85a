# copyreg and the pickle protocol: __reduce_ex__ by protocol, __getstate__, slots, registered reducers.
import copyreg, copy
class Plain:
    def __init__(self): self.a = 1
p = Plain()
r0 = p.__reduce_ex__(0)
r2 = p.__reduce_ex__(2)
print(r0[0] is copyreg._reconstructor, r0[1:], r2[0] is copyreg.__newobj__, r2[1:])
print(p.__getstate__(), Plain().__reduce__()[1:])
class Slots:
    __slots__ = ('x', 'y')
s = Slots(); s.x = 5
print(s.__getstate__(), s.__reduce_ex__(2)[2], copyreg._slotnames(Slots), Slots.__slotnames__)
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print(e)
class Both:
    __slots__ = ('__priv', '__dict__')
    def __init__(self): self.__priv = 1; self.d = 2
print(Both().__getstate__(), copyreg._slotnames(Both))
class L(list): pass
ll = L([1, 2])
r = ll.__reduce_ex__(2)
print(r[1], r[2], list(r[3]), r[4])
print((5).__reduce_ex__(2)[1], 'abc'.__reduce_ex__(2)[1])
try:
    (5).__reduce_ex__(1)
except TypeError as e:
    print(e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
def reduce_point(pt):
    print("reducing", pt)
    return Point, (pt.x, pt.y)
copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(1, 2)), copy.deepcopy([Point(3, 4)]))
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print(e)
print(copyreg.dispatch_table[complex](1 + 2j), copyreg.__newobj__(Plain).__class__.__name__)
copyreg.add_extension("mod", "name", 123)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.remove_extension("mod", "name", 123)
print(copyreg._extension_registry)

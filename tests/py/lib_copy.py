# copy.copy and copy.deepcopy: plain classes, slots, __copy__/__deepcopy__, reduce, memo, built-in subclasses.
import copy, copyreg, types
class A:
    def __init__(self, x): self.x = x; self.l = [1, [2]]
    def __repr__(self): return f"A({self.x}, {self.l})"
a = A(1)
b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b.l is a.l, c.l is a.l, c.l[1] is a.l[1], type(b) is A)
l = [1, [2, 3], {"k": [4]}]
l.append(l)
d = copy.deepcopy(l)
print(d[3] is d, d[1] is not l[1], d[:3] == l[:3])
t = (1, 2, [3])
print(copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.copy(t) is t)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
s2 = copy.copy(s); print(s2.a, hasattr(s2, 'b'))
s3 = copy.deepcopy(s); print(s3.a)
class C:
    def __copy__(self): print("copy!"); return "copied"
    def __deepcopy__(self, memo): print("deepcopy!", type(memo)); return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
class L(list): pass
ll = L([1, [2]]); ll.attr = 5
l2 = copy.deepcopy(ll); print(l2, type(l2), l2.attr, l2[1] is ll[1])
class D(dict): pass
dd = D(a=[1]); d2 = copy.copy(dd); print(d2, type(d2), d2['a'] is dd['a'])
class I(int): pass
i = I(5); i.z = 2
i2 = copy.copy(i); print(i2, type(i2), i2.z)
class T(tuple): pass
tt = T((1, [2]))
print(copy.deepcopy(tt), type(copy.deepcopy(tt)))
print(copy.copy(len) is len, copy.deepcopy(A) is A, copy.copy(int) is int)
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): print("setstate", st); self.v = st["v"]
print(copy.copy(St()).v)
class R:
    def __reduce__(self): return (R2, (7,))
class R2:
    def __init__(self, n): self.n = n
print(copy.copy(R()).n)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
import sys
print(copy.copy(sys) is sys)
try:
    copy.deepcopy(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
print(copy.Error, copy.error)
m = A(2).__repr__
print(copy.deepcopy(m)())
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'x')))
print(copy.deepcopy(1+2j), copy.copy(range(3)), copy.deepcopy(None))
class NewArgs:
    def __new__(cls, a, *, b):
        self = super().__new__(cls); self.a = a; self.b = b; return self
    def __getnewargs_ex__(self): return ((self.a,), {"b": self.b})
n = copy.copy(NewArgs(1, b=2)); print(n.a, n.b)
print(A(3).__reduce_ex__(2)[1:], A(3).__reduce_ex__(1)[1:])

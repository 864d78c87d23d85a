# Instances of classes derived from variable-size built-ins (str, bytes,
# tuple, int) have a __dict__ of their own, after their items.
class S(str):
    pass
for text in ("", "a", "abcdefg", "abcdefgh", "héllo wörld", "€" * 13):
    s = S(text)
    s.tag = len(text)
    s.other = [text]
    print(repr(s), s.tag, s.other, vars(s), s == text, hash(s) == hash(text))
class T(tuple):
    def __new__(cls, *items):
        self = super().__new__(cls, items)
        self.n = len(items)
        return self
for n in range(0, 6):
    t = T(*range(n))
    t.extra = {"k": n}
    print(t, t.n, t.extra, t.__dict__, len(t), t[:2])
class B(bytes):
    pass
for n in range(0, 10):
    b = B(b"x" * n)
    b.size = n
    print(b, b.size, b.__dict__)
class I(int):
    pass
i = I(2 ** 100)
i.big = True
print(i, i.big, vars(i), i + 1)
class SS(S):
    def __init__(self, text):
        self.upper_text = text.upper()
ss = SS("deep")
ss.more = 1
print(ss, ss.upper_text, ss.more, sorted(vars(ss)))
s = S("cycle")
s.me = s
del s
t = T(1, 2)
t.me = t
del t
import gc
gc.collect()
print(T.__dictoffset__, S.__dictoffset__ != 0, T.__itemsize__)
class Slotted(tuple):
    __slots__ = ()
try:
    Slotted().x = 1
except AttributeError as e:
    print(e)
for base in (int, tuple, bytes):
    try:
        class Bad(base):
            __slots__ = ("a",)
    except TypeError as e:
        print(e)
class StrSlots(str):
    __slots__ = ("a",)
x = StrSlots("q")
x.a = 5
print(x, x.a)
class StrSlots2(StrSlots):
    __slots__ = ("b", "c")
y = StrSlots2("longer text ñ")
y.a, y.b, y.c = 1, 2, 3
print(y, y.a, y.b, y.c, hasattr(y, "__dict__"))
class StrDictSlots(StrSlots2):
    pass
z = StrDictSlots("zz")
z.a, z.c, z.d = "A", "C", "D"
print(z, z.a, z.c, z.d, vars(z))
try:
    z.b
except AttributeError as e:
    print(e)
del z.a
try:
    del z.a
except AttributeError as e:
    print(e)
import _weakref
r = _weakref.ref(z)
print(r() is z)
del z
print(r())

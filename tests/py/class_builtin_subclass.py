# Subclasses of built-in types: list, dict, str, int, tuple, float, bytes, set.
class MyList(list):
    def append(self, x):
        super().append(x * 2)
l = MyList([1, 2])
l.append(3)
print(l, type(l), len(l), l[2], isinstance(l, list))
print(MyList.__mro__)
class MyDict(dict):
    def __missing__(self, key):
        return key.upper()
md = MyDict(a=1)
print(md['a'], md['zz'], md, md.get('zz'))
class MyStr(str):
    def shout(self): return self.upper() + "!"
ms = MyStr("hi")
print(ms, ms.shout(), repr(ms), ms + "x", type(ms + "x"), len(ms))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
mi = MyInt(5)
print(mi, mi + 1, type(mi + 1), repr(mi), mi * 2, str(mi), f"{mi}")
class MyTuple(tuple):
    pass
mt = MyTuple((1, 2))
print(mt, repr(mt), type(mt), mt + (3,))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(1, 2)
print(p, p.x, type(p).__name__)
class MyFloat(float): pass
print(MyFloat(1.5), MyFloat(1.5) + 1, repr(MyFloat(2)))
class MyBytes(bytes): pass
print(MyBytes(b"ab"), type(MyBytes(b"ab")))
class MySet(set): pass
print(MySet([1,2]), type(MySet([1]) | {3}))
class MyFS(frozenset): pass
print(MyFS([1]))

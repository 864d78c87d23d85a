# Descriptors written in Python: __get__/__set__/__delete__/__set_name__, data and non-data precedence.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        print("get", objtype.__name__)
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        print("set", value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete")
        delattr(obj, self.name)
class U:
    a = Desc()
    b = Desc()
u = U()
u.a = 3
print(u.a, u.b, type(U.a).__name__)
del u.a
print(u.a)
u.__dict__['a'] = 'shadow'
print(u.a)
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class V:
    nd = NonData()
v = V()
print(v.nd, V.nd)
v.nd = "inst"
print(v.nd)
class OnlySet:
    def __set__(self, obj, value): print("onlyset", value)
class W:
    s = OnlySet()
w = W()
w.s = 5
print(w.s.__class__.__name__)
w.__dict__['s'] = 'x'
print(type(w.s).__name__)
try:
    del w.s
except AttributeError as e:
    print(e)
class OnlyGet:
    def __get__(self, o, t): return "og"
class W2:
    g = OnlyGet()
w2 = W2()
w2.g = 1
print(w2.g)
class SetNameErr:
    def __set_name__(self, owner, name): raise ValueError("boom")
try:
    class Bad:
        z = SetNameErr()
except ValueError as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None))

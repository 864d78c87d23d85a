# Metaclasses: __new__, __init__, __call__, __prepare__, keywords, conflicts.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def meta_method(cls): return "mm " + cls.__name__
class A(metaclass=Meta, tag="t"):
    def __init__(self, v): self.v = v
a = A(5)
print(a.v, A.tag, A.injected, type(A), A.meta_method())
try:
    a.meta_method()
except AttributeError as e:
    print(e)
class B(A):
    pass
print(type(B), B.tag)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton): pass
print(S() is S())
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
def fmeta(name, bases, ns):
    print("fmeta", name)
    return 42
class FM(metaclass=fmeta): pass
print(FM)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class D(dict):
            def __setitem__(self, k, v):
                print("ns set", k)
                super().__setitem__(k, v)
        return D()
class O(metaclass=OrderedMeta):
    a = 1
    def f(self): pass
print(O.a)
class Reg(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls
class R1(metaclass=Reg): pass
class R2(R1): pass
print(sorted(Reg.registry))
print(isinstance(R1, Reg), issubclass(Reg, type), Reg.__mro__)
print(type.__dict__['__name__'], type(type.__dict__['mro']).__name__)
class AttrMeta(type):
    def __getattr__(cls, name): return f"meta-{name}"
class AM(metaclass=AttrMeta): pass
print(AM.whatever)
class InstCheck(type):
    def __instancecheck__(cls, inst): return inst == 3
    def __subclasscheck__(cls, sub): return sub is int
class IC(metaclass=InstCheck): pass
A.__name__ = "Renamed"
print(A.__name__, A)
try:
    A.__name__ = 3
except TypeError as e:
    print(e)
A.__qualname__ = "Q.R"
print(A)
class MMeta(type):
    def __repr__(cls): return f"<MM {cls.__name__}>"
class MM(metaclass=MMeta): pass
print(MM, [MM], repr(MM))
class NS(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = 'yes'
        return type.__new__(mcls, name, bases, ns)
class N1(metaclass=NS): pass

# classmethod and staticmethod.
class C:
    count = 0
    @classmethod
    def inc(cls, n=1):
        cls.count += n
        return cls
    @staticmethod
    def add(a, b): return a + b
print(C.inc().count, C().inc(2).count, C.add(1, 2), C().add(3, 4))
print(type(C.__dict__['inc']).__name__, type(C.__dict__['add']).__name__)
print(C.__dict__['add'].__func__.__qualname__, C.__dict__['inc'].__func__.__name__)
print(C.inc.__qualname__, C.add.__qualname__, C.inc.__self__)
sm = staticmethod(len)
print(sm("abc") if hasattr(sm, '__call__') else None)
class Sub(C): pass
print(Sub.inc().__name__, Sub.count, C.count)
class CP:
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(CP.cp)
class SM:
    @staticmethod
    def f(): return 1
print(SM.f.__name__, SM.__dict__['f'].__wrapped__ if hasattr(SM.__dict__['f'], '__wrapped__') else 'nowrapped')
print(isinstance(SM.__dict__['f'], staticmethod), callable(SM.__dict__['f']))
print(staticmethod(SM.f)())
print(repr(classmethod(len))[:28])
print(property(len).fget)

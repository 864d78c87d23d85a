# super() with and without arguments, in methods, classmethods and __new__.
class M:
    @classmethod
    def make(cls):
        return cls.__name__
    def __new__(cls, *args):
        inst = super().__new__(cls)
        return inst
class N(M):
    @classmethod
    def make(cls):
        return "N:" + super().make()
print(N.make(), N().__class__.__name__)
class P1:
    def f(self): return "P1"
class P2(P1):
    def f(self): return "P2" + super(P2, self).f()
class P3(P2):
    def f(self): return "P3" + super(P2, self).f()
print(P3().f())
s = super(P2, P3())
print(type(s).__name__)
print(repr(super(P2, P3())).startswith("<super: <class 'P2'>, <P3 object>>"))
print(super(P2, P3()))
print(super(P2))
print(super(P2, P3).f(P3()))
try:
    super(P2, 3)
except TypeError as e:
    print(e)
def outside():
    super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class Q:
    def f(self):
        def inner():
            return super().f()
        return inner()
try:
    Q().f()
except RuntimeError as e:
    print(type(e).__name__, e)
class Q2:
    def f():
        return super().f()
try:
    Q2.f()
except RuntimeError as e:
    print(type(e).__name__, e)

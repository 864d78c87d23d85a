# Private names: __x inside a class body is mangled to _Class__x.
class A:
    __secret = 1
    def __init__(self):
        self.__x = 2
        self.__y__ = 3
    def get(self): return self.__x, self.__secret, A.__secret
    def __m(self): return "m"
    def call(self): return self.__m()
a = A()
print(a.get(), a.call(), sorted(vars(a)), a._A__x, A._A__secret)
try:
    a.__x
except AttributeError as e:
    print(e)
class _B:
    __z = 5
    def f(self): return self.__z
print(_B().f(), [k for k in _B.__dict__ if 'z' in k])
class __C:
    __w = 1
print([k for k in __C.__dict__ if 'w' in k])
class D(A):
    def get2(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(D().get2())
class E:
    def f(self):
        __local = 1
        return [k for k in locals()]
    def g(self):
        import math as __m
        return __m.pi > 3
    def h(self, __arg=1):
        return __arg
print(E().f(), E().g(), E().h(), E.h.__code__.co_varnames)
def outer():
    class F:
        def f(self):
            return __name__
    return F().f()
print(outer())
class G:
    __slots__ = ['__s']
    def __init__(self): self.__s = 9
    def s(self): return self.__s
print(G().s(), G.__slots__)
class H:
    def __init__(self): setattr(self, "__q", 1)
    def q(self): return getattr(self, "__q")
print(H().q(), vars(H()))

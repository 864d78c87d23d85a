# Inheritance: the C3 method resolution order, its errors, isinstance and issubclass.
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro())
print(D.__bases__, D.__base__)
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class W(Y, Z): pass
except TypeError as e:
    print(e)
try:
    class V(X, X): pass
except TypeError as e:
    print(e)
try:
    class O1(object, X): pass
except TypeError as e:
    print(e)
# classic example
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])
print(isinstance(Aa(), O), issubclass(Aa, F), issubclass(F, Aa), isinstance(3, (str, int)))
print(issubclass(bool, int), issubclass(int, object), isinstance(A, type), isinstance(A, object))
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)
try:
    issubclass(int, 4)
except TypeError as e:
    print(e)

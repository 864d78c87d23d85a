# type(name, bases, dict) and type.__new__, with their errors; renaming classes.
T = type("T", (), {"x": 1, "f": lambda self: self.x + 1})
print(T, T().f(), T.__name__, T.__module__, T.__qualname__, T.__bases__)
T2 = type("T2", (T,), {})
print(T2().f(), T2.__mro__)
print(type(T2), type(3), type("x"))
try:
    type("A", 1, {})
except TypeError as e:
    print(e)
try:
    type("A", (), 1)
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type("A", ())
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
try:
    type("A", (3,), {})
except TypeError as e:
    print(e)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(isinstance(3, IC), isinstance(4, IC), issubclass(int, IC), issubclass(str, IC))
T3 = type("T3", (), {"__qualname__": "X.T3"})
print(T3.__qualname__, T3)
try:
    type("T4", (), {"__qualname__": 3})
except TypeError as e:
    print(e)
class Ctr:
    pass
Ctr.__bases__
print(Ctr.__dict__.keys())
print(N1.added)
print(type.__call__(int, "5"))
X = type.__new__(type, "X", (), {})
print(X)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(e)
try:
    type.__init__(X, "X", (), {}, 5)
except TypeError as e:
    print(e)

# dir() on objects, classes, modules and built-in types (sorted, CPython's names); vars(); getattr/setattr/hasattr/delattr.
print(dir(object))
print(dir([]))
print(dir(dict))
print(dir(int))
print(dir(str))
print(dir(tuple))
print(dir(set))
print(dir(type))
print(dir(float))
print(dir(bool))
print(dir(frozenset))
print(dir(range))
print(dir(complex))
print(dir(slice))
print(dir(property))
print(dir(classmethod))
print(dir(staticmethod))
print(dir(super))
print(dir(enumerate))
class A:
    x = 1
    def f(self): pass
print(dir(A))
a = A(); a.y = 2
print(dir(a))
class B(A):
    __slots__ = ('s',)
    z = 3
print(dir(B), dir(B()))
class Dd:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Dd()))
class De:
    def __dir__(self): return 5
try:
    dir(De())
except TypeError as e:
    print(e)
import sys
mod = type(sys)("m")
mod.val = 1
print(dir(mod))
print(vars(A).keys())
try:
    vars(5)
except TypeError as e:
    print(e)
def loc():
    z = 1
    return vars()
print(loc())
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print(e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(e)
try:
    delattr(int, "real")
except TypeError as e:
    print(e)
try:
    getattr(a, "nope")
except AttributeError as e:
    print(e)
print(getattr(a, "nope", None), hasattr(a, "f"), hasattr(5, "real"))
try:
    hasattr(a)
except TypeError as e:
    print(e)
setattr(a, "dyn", [1])
print(a.dyn, getattr(A, "x"), vars(a))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
print(sorted(vars(classmethod(len))), sorted(vars(staticmethod(len))))

# getattr/setattr/hasattr/delattr on functions, modules and simple objects.
import math
def f():
    return 1
f.tag = "marked"
print(getattr(f, "tag"), getattr(f, "missing", "default"), hasattr(f, "tag"), hasattr(f, "nope"))
setattr(f, "count", 3)
print(f.count, getattr(f, "__name__"))
delattr(f, "count")
print(hasattr(f, "count"))
print(getattr(math, "pi"), hasattr(math, "sqrt"), getattr(math, "nope", None))
class Obj:
    pass
o = Obj()
setattr(o, "x", 10)
o.y = 20
print(o.x, getattr(o, "y"), vars(o))
delattr(o, "x")
print(vars(o), hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "append").__name__)

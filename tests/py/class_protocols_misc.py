# Context managers, __format__, __index__, __int__/__float__ and __repr__/__str__ on classes.
class CM:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v); return True
with CM() as v:
    print(v)
    raise ValueError("oops")
print("after")
class CM2:
    def __enter__(self): return self
try:
    with CM2(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class CM3:
    def __exit__(self, *a): pass
try:
    with CM3(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class F:
    def __format__(self, spec): return f"F<{spec}>"
print(format(F(), "x>10"), f"{F():abc}", "{:q}".format(F()), f"{F()!r}"[:10])
class F2: pass
print(format(F2(), "")[:11])
try:
    format(F2(), "x")
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], "abc"[Idx()], bin(Idx()), hex(Idx()), range(Idx()), [0]*Idx(), operator_index := Idx().__index__())
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print(e)
class I2:
    def __int__(self): return 42
    def __float__(self): return 1.5
    def __complex__(self): return 1j
print(int(I2()), float(I2()), complex(I2()))
class I3:
    def __int__(self): return "x"
try:
    int(I3())
except TypeError as e:
    print(e)
class I4:
    def __float__(self): return 1
try:
    float(I4())
except TypeError as e:
    print(e)
class I5:
    def __index__(self): return 7
print(int(I5()), float(I5()))
class I6:
    def __trunc__(self): return 9
try:
    print(int(I6()))
except TypeError as e:
    print(e)
class Rep:
    def __repr__(self): return 5
try:
    repr(Rep())
except TypeError as e:
    print(e)
class Str:
    def __str__(self): return 5
try:
    str(Str())
except TypeError as e:
    print(e)
class Rep2:
    def __repr__(self): return "R2"
print(str(Rep2()), f"{Rep2()}", [Rep2()], "%s %r" % (Rep2(), Rep2()))

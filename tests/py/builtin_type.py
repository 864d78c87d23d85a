# type() of values, type names, type comparison, type as a constructor.
vals = [1, 1.5, "s", b"b", None, True, [], (), {}, set(), frozenset(), 1j, range(1), len, print,
        type, object(), ..., NotImplemented, slice(1), bytearray(), iter([]), (x for x in [])]
for v in vals:
    print(type(v).__name__, type(v))
print(type(1) is int, type(True) is int, type(type(1)) is type, type(int))
print(type("x")("abc"), type(5)("7"), type([])((1, 2)))
class A:
    pass
a = A()
print(type(a).__name__, type(a) is A, type(a).__qualname__, type(A).__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (), {"x": 5})
print(T.__name__, T().x, type(T))

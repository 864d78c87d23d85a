# The builtin type constructors called with no arguments and with typical arguments.
print(repr(int()), repr(float()), repr(str()), repr(bool()), repr(list()), repr(tuple()))
print(repr(dict()), repr(set()), repr(frozenset()), repr(bytes()), repr(bytearray()), repr(complex()))
print(int("7"), float("7"), str(7), bool(7), list("7"), tuple("7"), set("77"), bytes(2))
print(str(1.0), str(-0.0), str(None), bool(None), bool("False"), bool(""), bool([0]))
print(object().__class__.__name__, type(object()).__name__)
print(int.__name__, float.__name__, str.__name__, bool.__name__, dict.__name__, object.__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoneType = type(None)
    NoneType(1)
except TypeError as e:
    print(type(e).__name__, e)

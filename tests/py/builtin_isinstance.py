# isinstance and issubclass with single types, tuples, nested tuples and unions.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance([], (int, (dict, list))), isinstance(None, type(None)))
print(isinstance(1, object), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, (str, int)))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, object))
print(isinstance(A, type), type(A).__name__, isinstance(B(), (int, A)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, ()), issubclass(int, ()))

# `is` identity: same object vs equal objects, None/True/False singletons, mutable aliases.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None, bool(1) is True, (1 == 1) is True)
x = object()
y = x
print(x is y, x is object(), object() == object())
d = {}
e = d
e["k"] = 1
print(d, d is e)
def f(v=[]):
    return v
print(f() is f(), f([]) is f())
t = (1, 2)
print(t is t, tuple(t) is t, t[:] is t, list(a) is a, a[:] is a)
s = "abc"
print(str(s) is s, s[:] is s)
print(id(a) == id(b), id(a) == id(c))
print(... is Ellipsis, NotImplemented is NotImplemented, type(x) is object)

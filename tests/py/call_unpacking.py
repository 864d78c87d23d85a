# Unpacking at call sites: several * and ** groups, mixing with normal arguments.
def f(a, b, c, d, e=None, **kw):
    return (a, b, c, d, e, kw)
print(f(*[1, 2], *(3, 4)))
print(f(1, *[2, 3], 4, e=5))
print(f(*"ab", *range(2)))
print(f(1, 2, **{"c": 3, "d": 4}, e=5))
print(f(*[1], **{"b": 2}, **{"c": 3, "d": 4}, z=0))
print(f(*[1, 2, 3], d=4, **{"x": 9}))
args = (1, 2, 3, 4)
kwargs = {"e": "E", "extra": True}
print(f(*args, **kwargs))
print(f(*iter([1, 2, 3, 4])))
print(f(*{10: "a", 20: "b", 30: "c", 40: "d"}))
def g(*a, **k):
    return a, k
print(g(*[], **{}), g(*[[1]], **{"k": [2]}))
print(*[1, 2], *"ab", sep=",")
d1, d2 = {"a": 1}, {"b": 2}
print(dict(**d1, **d2), g(**d1, c=3, **d2))

# dict literals and constructors: dict(), dict(kwargs), dict(pairs), dict(mapping, **kw).
print({}, {"a": 1, "b": 2}, {1: "one", (2, 3): "tuple", None: 0, 2.5: "f"})
print(dict(), dict(x=1, y=2), dict([("a", 1), ("b", 2)]), dict([("k", 1)], k=2))
print(dict({"a": 1}, b=2), dict(zip("abc", range(3))), dict([["p", "q"]]))
print(dict({1: 2}.items()), dict(((i, i * i) for i in range(4))))
d = {"x": 1, "x": 2, "y": 3}
print(d, len(d))
print({True: "t", 1: "one", 1.0: "float"})
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type({}).__name__, isinstance({}, dict))

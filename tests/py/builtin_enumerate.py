# enumerate with start values, over different iterables, and as an iterator.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate(["x", "y", "z"])
print(next(e), next(e), list(e), list(e))
print(type(e).__name__, iter(e) is e)
d = {"k1": 1, "k2": 2}
print(list(enumerate(d)), list(enumerate(d.items())))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(dict(enumerate("hey")))

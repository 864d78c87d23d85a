# Set operations on keys and items views; values views support none.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()), sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() & ["x", "q"], type(a.keys() & b.keys()).__name__)
print(a.keys() == {"x", "y", "z"}, a.items() == {("x", 1), ("y", 2), ("z", 3)})
print(a.keys() > {"x"}, a.keys() <= a.keys(), a.keys().isdisjoint(["q"]))
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
c = {"k": [1]}
try:
    c.items() & {("k", 1)}
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), list(a.values()) == list(a.values()))
print(len(a.keys() | range(3)), sorted(a.keys() - {"x"}))

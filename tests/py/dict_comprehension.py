# Dict comprehensions with conditions, inversion, and duplicate keys.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
orig = {"a": 1, "b": 2, "c": 1}
print({v: k for k, v in orig.items()})
print({c: "aeiou".count(c) for c in "banana"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({i % 3: i for i in range(10)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({k: len(v) for k, v in groups.items()})
print({str(i): i for i in range(3)})

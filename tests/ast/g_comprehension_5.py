# Unpacking targets in comprehensions and starred elements
pairs = [("a", 1), ("b", 2), ("c", 3)]
keys = [k for k, _ in pairs]
swapped = {v: k for (k, v) in pairs}
rows = [(1, 2, 3), (4, 5, 6)]
heads = [first for first, *rest in rows]
tails = [rest for _, *rest in rows]
nested = [a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]]
flattened = [*[x for x in "ab"], *[y for y in "cd"]]
enumerated = [f"{i}:{ch}" for i, ch in enumerate("xyz", 1)]
print(keys, swapped, heads, tails, nested, flattened, enumerated)

# Set comprehensions, membership tests, and deduplication idioms.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
seen = set()
order = []
for v in [3, 1, 3, 2, 1, 5]:
    if v not in seen:
        seen.add(v)
        order.append(v)
print(order, seen)
print(sorted({len(w) for w in "a bb cc ddd e".split()}))
print(5 in {1, 5}, 6 in {1, 5}, (1, 2) in {(1, 2)}, [1] in [{1}])
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print({c for c in "abcabc"} == set("cab"))

# List comprehensions with conditions, nested loops and expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
print([[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([len(w) for w in "a bb ccc".split()])
words = ["apple", "bob", "kayak", "zebra"]
print([w for w in words if w == w[::-1]])
print([(i, c) for i, c in enumerate("ab")])
print([a + b for a, b in zip([1, 2], [10, 20])])
print(sum([i for i in range(101)]))
print([x for x in []], [[]for _ in range(2)])
m = [[1, 2], [3, 4], [5, 6]]
print([v for row in m for v in row if v % 2])
print([y for x in [[1, 2], [3]] for y in x])

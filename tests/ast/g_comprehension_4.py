# Nested comprehensions
transpose = lambda m: [[row[i] for row in m] for i in range(len(m[0]))]
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
table = {n: [n * k for k in range(1, 4)] for n in range(1, 4)}
chars = [{c for c in word} for word in ("aab", "abc")]
sums = [sum(x for x in range(n)) for n in range(5)]
print(transpose([[1, 2], [3, 4], [5, 6]]), identity, table, chars, sums)
print([[y for y in x] for x in [[1], [2, 3]] if x for z in x])

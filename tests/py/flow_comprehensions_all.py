# The four comprehension kinds with conditions and nesting.
nums = range(10)
print([n * n for n in nums if n % 3 == 0])
print({n % 4 for n in nums})
print({n: n ** 3 for n in nums if n < 4})
g = (n * 2 for n in nums if n > 6)
print(type(g).__name__, list(g), list(g))
pairs = [(a, b) for a in "ab" for b in "xy"]
print(pairs)
print({a + b for a in "ab" for b in "ab"} == {"aa", "ab", "ba", "bb"})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print([[c for c in w] for w in ["hi", "yo"]])
print([x for x in [y * 2 for y in range(5)] if x > 4])
print(sum(x for x in nums), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted(w.upper() for w in ["b", "a"]), any(n > 8 for n in nums), all(n < 10 for n in nums))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [sum(col) for col in zip(*matrix)])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print(list(x for x in ()), [i for i in range(3) if i if i > 1])

# Generator expressions are lazy
squares = (n * n for n in range(5))
print(next(squares), next(squares))
print(list(squares))
total = sum(x for x in range(101))
longest = max((len(w), w) for w in ["a", "abc", "ab"])
lines = ["x = 1", "", "y = 2"]
non_empty = (line for line in lines if line.strip())
print(total, longest, list(non_empty))
g = ((i, j) for i in range(2) for j in "ab" if j != "a")
print(tuple(g))

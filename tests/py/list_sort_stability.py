# Stability: equal keys keep their input order, also with reverse=True.
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [{"n": "x", "k": 2}, {"n": "y", "k": 1}, {"n": "z", "k": 2}, {"n": "w", "k": 1}]
records.sort(key=lambda r: r["k"])
print([r["n"] for r in records])
two_pass = sorted(sorted(words), key=len)
print(two_pass)
big = list(range(100, 0, -1))
big.sort(key=lambda v: v % 10)
print(big[:12])

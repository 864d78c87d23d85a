# Generator expressions fed to sum, any, all, sorted, min, max, join, dict, set, tuple.
words = ["apple", "banana", "kiwi", "cherry", "fig"]
print(sum(len(w) for w in words), sum((len(w) for w in words), 100))
print(any(w.startswith("k") for w in words), all(len(w) > 2 for w in words))
print(sorted((w[::-1] for w in words), key=len))
print(min(len(w) for w in words), max((w for w in words), key=len))
print(",".join(w[0] for w in words), "".join(sorted(set("".join(words)))))
print(dict((w, len(w)) for w in words if len(w) > 4))
print(tuple(i * i for i in range(5)), list(reversed(tuple(range(3)))))
print(sum(1 for _ in range(1000)), sum(i % 7 == 0 for i in range(100)))
g = (x for x in range(3))
print(next(g), next(g), next(g), next(g, "exhausted"))
data = [3, 8, 1, 9]
print(max(((v, i) for i, v in enumerate(data))), min(enumerate(data), key=lambda p: p[1]))
print(sorted(((len(w), w) for w in words), reverse=True)[:2])

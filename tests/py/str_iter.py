# Iterating over strings: for loops, enumerate, list(), reversed, zip.
s = "héllo"
for c in s:
    print(c, ord(c))
print(list(s), tuple("ab"), list(reversed(s)))
for i, c in enumerate("xyz", 1):
    print(i, c)
print(list(zip("abc", "12")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print([c.upper() for c in "abc" if c != "b"])
print(sum(1 for c in "mississippi" if c == "s"))
print(sorted(set("mississippi")) if False else sorted("mississippi"))
counts = {}
for c in "banana":
    counts[c] = counts.get(c, 0) + 1
print(counts)

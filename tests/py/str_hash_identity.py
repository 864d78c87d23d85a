# Equality, hashing consistency and use of strings as dict keys (no hash values printed).
a = "hello"
b = "hel" + "lo"
c = "".join(["h", "e", "l", "l", "o"])
print(a == b == c, hash(a) == hash(b) == hash(c))
d = {a: 1}
print(d[c], c in d, "HELLO".lower() in d)
print(hash("") == hash(""), isinstance(hash("x"), int))
keys = ["b", "a", "c", "a"]
seen = {}
for k in keys:
    seen[k] = seen.get(k, 0) + 1
print(seen)
print(sorted({"x", "y", "z"}))
print(len({"a", "a", "b"}))

# Hashes of floats that equal ints, and floats as dict keys.
print(hash(1.0), hash(-1.0), hash(2.0), hash(0.0), hash(-0.0))
print(hash(1.5) == hash(1.5), hash(0.5))
print(hash(float("inf")), hash(float("-inf")))
d = {}
d[1] = "a"
d[1.0] = "b"
d[2.0] = "c"
d[2] = "d"
print(d)
print(d[1], d[2.0], 2 in d, 3.0 in d)
keys = {0.5: "half", 0.25: "quarter"}
print(keys[0.5], keys.get(1 / 4))
print(hash(1e100) == hash(10 ** 100), hash(1e100) == hash(int(1e100)))
print({1.0, 2, 2.0, 1})

# hash() of ints and of equal floats, the -1 quirk, and dict keys that collide by equality.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0), hash(True) == hash(1))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(10 ** 30))
print(hash(2.0 ** 80) == hash(2 ** 80))
print(hash(0.5), hash(-0.5), hash(1.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0: "a", 0.0: "b", False: "c"})
s = {1, 1.0, True}
print(s, len(s))
print(hash(-(2 ** 61 - 1)), hash(2 ** 61 - 2))

# Keys of many hashable types; unhashable keys give TypeError.
d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "None"
d[b"1"] = "bytes"
d[1.5] = "float"
d[2j] = "complex"
d[len] = "builtin"
d[int] = "type"
print(len(d), [d[k] for k in d])
print(d[1], d["1"], d[(1,)], d[frozenset([1])], d[len], d[int])
for bad in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        d[bad] = 0
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)

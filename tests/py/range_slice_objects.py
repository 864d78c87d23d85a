# slice objects: attributes, indices(), use with lists and strings, repr.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[s])
rev = slice(None, None, -2)
print(data[rev], "hello"[rev])
data[slice(0, 3)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(slice("a", "b").start, [1, 2, 3][slice(-2, None)])

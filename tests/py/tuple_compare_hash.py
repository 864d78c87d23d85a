# Tuple comparison is lexicographic; tuples hash like their contents.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9), (1, "a") < (1, "b"))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) != (1.0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash((1, 2)), hash(()), hash((1,)), hash(((1, 2), 3)))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[1.0, 2], (0, 0) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]), min([(3,), (1, 5), (1,)]))

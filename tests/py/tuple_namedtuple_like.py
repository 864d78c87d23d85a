# Returning tuples from functions and swapping; tuple as record.
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, 8, 1])
print(lo, hi, min_max("hello"))
def divmod2(a, b):
    return a // b, a % b
print(divmod2(17, 5), divmod2(-17, 5))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
people = [("ann", 30), ("bob", 25)]
for name, age in people:
    print(f"{name:>5}: {age}")
print(sorted(people, key=lambda p: p[1])[0][0])
rec = ("id", 7, (1.5, 2.5))
kind, num, (px, py) = rec
print(kind, num, px + py)
print(tuple.__name__, isinstance(rec, tuple), (1, 2).__len__())

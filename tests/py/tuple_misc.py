# More tuple behaviours: repetition, len, membership, aliasing of mutable members, conversions.
t = (1, [2, 3], "four")
u = t * 2
t[1].append(99)
print(u, u[1] is u[4], len(u), u.count([2, 3, 99]), u.index("four"))
print(3 in t, [2, 3, 99] in t, "four" in t, (1, [2, 3, 99]) == t[:2])
print(tuple(reversed(t)), tuple(sorted((3, 1, 2))), tuple(enumerate("ab")))
print(t + ("five",), ("a",) + ("b",) * 2, () + (), () * 5)
print(max((3, 1), (2, 9)), min([(1, "z"), (1, "a")]), sorted([(2,), (1, 1), (1,)]))
empty = ()
print(empty == tuple(), len(empty), bool(empty), bool((0,)), bool(((),)))
print(t.__len__(), tuple.__name__, type(t[1:]).__name__, t[::-1][0])
try:
    t + [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)

# Nested tuples, tuples holding mutable objects, tuple() conversions.
t = (1, (2, (3, (4,))))
print(t, t[1][1][1][0], len(t))
m = ([1], [2])
m[0].append(10)
print(m)
try:
    m[0] += [20]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), tuple(x for x in "xy"))
(a, b), c = (1, 2), 3
print(a, b, c)
for (i, (j, k)) in [(1, (2, 3)), (4, (5, 6))]:
    print(i + j + k)
print(t[::-1], t[1:], t[0:1])
coords = [(1, 2), (3, 4)]
xs, ys = zip(*coords)
print(xs, ys)
print((1, 2) * 0, ((),) * 2, (None,))

# Less common list behaviours: index with start/stop, count of equal objects, copy semantics.
a = [1, 2, 1, 2, 1]
print(a.index(1, 1), a.index(1, 2, 5), a.index(2, -2), a.count(1), a.count(1.0), a.count(True))
b = [[1], [1], 1]
print(b.count([1]), b.index(1))
c = a.copy()
c.append(9)
print(a, c)
deep = [[1, 2], [3]]
d1 = list(deep)
d2 = [row[:] for row in deep]
deep[0].append(99)
print(d1, d2)
x = [3, 1, 2]
y = sorted(x)
x.reverse()
print(x, y, list.__name__, len.__name__)
print([].copy(), [None].count(None), [0, False, 0.0].count(0))
print(list.append.__name__, [1, 2].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1))

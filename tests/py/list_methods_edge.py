# Edge cases of list methods: negative positions, extend with itself, remove first match.
a = [1, 2, 3]
a.insert(-1, "x")
a.insert(-10, "start")
a.insert(10, "end")
print(a)
print(a.pop(-2), a.pop(-len(a)), a)
b = [1, 2, 1, 2]
b.remove(2)
print(b)
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c, len(c))
d = [3, 1, 2]
d[:] = sorted(d)
print(d)
e = [[]] * 3
e[0].append(1)
print(e)
f = list(range(5))
f[1:4] = f[1:4][::-1]
print(f)
g = ["b", "A", "c", "B", "a"]
g.sort(key=str.lower)
print(g)
g.sort(key=str.lower, reverse=True)
print(g)
h = [5, 3]
print(h.sort(), h, h.reverse(), h, h.clear(), h)
print([1, 2, 3].index(3, -1), [0] * 0, [None] * 2, [[0] * 2] * 2)

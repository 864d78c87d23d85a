# Equality vs identity of lists, shallow copies by several means, nested modification.
a = [1, [2, 3], {"k": 4}]
copies = [a[:], list(a), a.copy(), [x for x in a], [*a]]
print(all(c == a for c in copies), any(c is a for c in copies))
print(all(c[1] is a[1] for c in copies))
a[1].append("shared")
a[0] = "not shared"
print([c[0] for c in copies], copies[0][1])
deep = [row[:] if isinstance(row, list) else row for row in a]
a[1].append("again")
print(deep[1], a[1])
x = y = []
x.append(1)
print(x, y, x is y)
x = x + [2]
print(x, y, x is y)
m = [[0] * 2 for _ in range(2)]
n = [row[:] for row in m]
n[0][0] = 9
print(m, n, m == n, m != n)
print([1, 2] == [1, 2], [1, 2] is [1, 2], [] == [], [[]] == [[]])

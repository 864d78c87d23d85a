# Lists of lists: aliasing through *, copying correctly with comprehensions.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
row = [1, 2]
outer = [row, row]
row.append(3)
print(outer)
copy1 = list(outer)
copy1[0] = "replaced"
print(outer, copy1)
m = [[1, 2, 3], [4, 5, 6]]
t = [[r[i] for r in m] for i in range(3)]
print(t)
flat = [x for r in m for x in r]
print(flat)
a = [1]
a.append(a)
print(a, a[1] is a, a[1][1][0])

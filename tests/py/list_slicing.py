# Slicing lists with all index forms; slices are copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:5], a[6:2], a[2:6:-1])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
print(a[slice(2, 8, 3)], a[slice(None)], a[slice(-2, None)])
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(99)
print(nested, shallow, nested[0] is shallow[0])
print([1, 2, 3][1:][0], [[0] * 2][0])
print(a[True:3], a[:False])

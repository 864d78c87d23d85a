# del on list items, slices and whole names.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = a
del a
print(b)
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
c = [[1, 2], [3, 4]]
del c[0][1]
print(c)
d = [1, 2, 3]
del d[1], d[0]
print(d)
e = [1, 2, 3, 4]
i = 0
del e[i], e[i]
print(e)

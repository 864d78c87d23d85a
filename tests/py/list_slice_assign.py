# Slice assignment and deletion, including extended slices and growth/shrink.
a = list(range(8))
a[2:4] = ["a", "b", "c", "d"]
print(a)
a[1:7] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:1] = "xy"
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[5:] = [4]
c[-10:1] = [0]
print(c)
c[1:3] = range(3)
print(c)
d = [1, 2, 3, 4, 5]
d[1:4:2] = (8, 9)
print(d)
d[::-1] = d
print(d)

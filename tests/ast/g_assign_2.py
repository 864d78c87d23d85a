# Tuple unpacking and swapping
point = (3, 4)
x, y = point
print(x, y)

x, y = y, x
print("after swap:", x, y)

(a, b) = 1, 2
[c, d] = [3, 4]
e, = [5]
(f,) = (6,)
[g] = "g"
print(a, b, c, d, e, f, g)

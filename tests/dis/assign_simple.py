x = 1
y = x
x, y = y, x
a = b = c = 0
del a
x += 2
y -= x
z = None

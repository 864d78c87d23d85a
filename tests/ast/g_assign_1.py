# Chained assignment: every name gets the same object.
a = b = c = 0
x = y = []
y.append(1)
print(a, b, c, x, y)

counter = total = best = None
first = second = third = "unset"
print(first, second, third)

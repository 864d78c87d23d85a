# Set printed order after update, intersection_update and growth past resizing thresholds.
s = {5, 3}
s.update(range(10, 0, -1))
print(s)
s.intersection_update(range(2, 8))
print(s)
s.update([100, 50, 25])
print(s)
grow = set()
for i in range(0, 60, 3):
    grow.add(i)
print(grow)
a = {1, 2, 3} | {30, 20, 10}
b = {30, 20, 10} | {1, 2, 3}
print(a, b, a == b)
c = {9, 17, 25, 33}
c.remove(17)
c.add(41)
print(c)
print(set([33, 1, 65, 97]), set([97, 65, 33, 1]))

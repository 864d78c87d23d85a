# Set order after removals, discards, re-adds and growth.
s = set(range(10))
s.remove(3)
s.discard(7)
s.discard(100)
print(s)
s.add(3)
s.add(50)
s.add(18)
print(s)
for i in range(10, 40):
    s.add(i)
print(s)
for i in range(0, 40, 2):
    s.discard(i)
print(s)
t = {1, 2, 3}
t.remove(2)
t.add(9)
t.add(17)
print(t)
print(t.pop(), t)
u = set(range(100, 90, -1))
u -= {95, 96}
print(u)
while len(u) > 4:
    u.pop()
print(u)

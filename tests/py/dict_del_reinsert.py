# Many deletions and reinsertions keep a consistent insertion order.
d = {i: str(i) for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
print(d)
for i in range(0, 10, 4):
    d[i] = "new" + str(i)
print(d)
print(list(d.items())[:3])
while len(d) > 3:
    k = next(iter(d))
    del d[k]
print(d)
for i in range(100):
    d[i % 7] = i
print(d)
d2 = {}
for i in range(50):
    d2[i] = i
    if i % 3:
        del d2[i]
print(d2)
print(list(d2)[-1], len(d2))

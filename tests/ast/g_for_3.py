# Unpacking targets in for loops
points = [(1, 2), (3, 4)]
for x, y in points:
    print(x + y)

for (x, y) in points:
    print(x * y)

for [a, b] in points:
    print(a - b)

records = [("ann", 1, 2, 3), ("bob", 4, 5, 6)]
for name, *scores in records:
    print(name, sum(scores))

for i, (name, *_, last) in enumerate(records):
    print(i, name, last)

for first, *middle, in [(1, 2, 3)]:
    print(first, middle)

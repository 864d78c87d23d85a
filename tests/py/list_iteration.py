# Iterating over lists: modification during iteration, enumerate, index loops.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
for x in b:
    if x < 3:
        b.append(x + 10)
print(b)
c = [1, 2, 3, 4]
for i in range(len(c) - 1, -1, -1):
    if c[i] % 2:
        del c[i]
print(c)
print([i for i, v in enumerate("abcab") if v == "a"])
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)
it = iter([10, 20, 30])
print(next(it), list(it), list(it))

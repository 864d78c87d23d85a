# Unpacking in assignments: nested targets, star targets, swaps, targets with subscripts.
a, b = 1, 2
(c, d), e = (3, 4), 5
[f, g] = "fg"
print(a, b, c, d, e, f, g)
first, *middle, last = range(6)
print(first, middle, last)
*_, penultimate, _ = [1, 2, 3, 4]
print(penultimate)
x = [0, 0, 0]
x[0], x[2] = "a", "c"
print(x)
dd = {}
dd["k"], dd["j"] = 1, 2
print(dd)
i = 0
i, x[i] = 1, "set at new i"
print(i, x)
a, b = b, a
print(a, b)
a = b = c = []
a.append(1)
print(b, c)
p, (q, *r) = 1, "xyz"
print(p, q, r)
for k, (v1, v2) in zip("ab", [(1, 2), (3, 4)]):
    print(k, v1 + v2)
(a, b), (c, d) = [[1, 2], "cd"]
print(a, b, c, d)

# Star unpacking targets and unpacking into nested structures.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
[x, [y, *ys]] = [0, [1, 2, 3]]
print(x, y, ys)
head, *_ = "hello"
print(head, _)
t = (*range(3), *"ab")
print(t)
print([*"xy", *[1, 2]], {*()} == set())
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = "abc"
except ValueError as e:
    print(type(e).__name__, e)
for k, (v1, *vs) in {"a": [1, 2, 3]}.items():
    print(k, v1, vs)

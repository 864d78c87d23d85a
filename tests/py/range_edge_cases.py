# range edge cases: empty ranges, negative steps, reversed, membership and index with steps.
for r in (range(0), range(5, 1), range(1, 5, -1), range(10, 0, -3), range(-1, -10, -4), range(0, 1, 10)):
    print(r, len(r), list(r), bool(r))
r = range(10, -10, -3)
print(list(r), r[0], r[-1], r[2:5], r[::-2], r[::-1])
print(list(reversed(r)), -5 in r, -4 in r, r.index(-2), r.count(4))
print(range(0, 5)[::-1] == range(4, -1, -1), range(0) == range(3, 1), range(0, 10, 3) == range(0, 11, 3))
print(list(range(3)[1:100]), list(range(10)[-3:]), range(10)[-100:3])
print(max(range(7)), min(range(3, 9, 2)), sum(range(0, 101, 5)), sorted(range(3, 0, -1)))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
big = range(-(2 ** 65), 2 ** 65, 2 ** 64)
print(list(big), big[1], 0 in big)
print(repr(range(-3, 3, 2)), str(range(1, 2)), hash(range(0)) == hash(range(5, 5)))

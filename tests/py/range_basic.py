# range: len, indexing, slicing, negative steps, in, repr, equality.
r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::3])
print(range(1, 10, 2), list(range(1, 10, 2)), len(range(1, 10, 2)))
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(range(0, 20, 5)[1:3], list(range(0, 20, 5)[::-1]), range(3)[-3])
print(3 in r, 10 in r, -1 in r, 4.0 in r, 4.5 in r, "3" in r)
print(range(0, 10, 2).index(4), range(0, 10, 2).count(4), range(0, 10, 2).count(3))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7))
print(range(10) == list(range(10)), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, range(2, -8, -3).stop)
print(range(-5, 5)[::2], len(range(-10, 10, 3)), list(range(-10, 10, 3)))
big = range(0, 10 ** 20, 7)
print(big[-1], 10 ** 19 in big, 7 * 10 ** 18 in big, big[10 ** 18], big.index(7 * 10 ** 18))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
for bad in ((1, 2, 0), ("a",), (1.5,)):
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(11)
except ValueError as e:
    print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 3))))

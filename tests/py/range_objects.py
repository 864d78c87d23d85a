# range is a lazy sequence: attributes, no storage, immutability, iteration twice.
r = range(3, 30, 4)
print(r.start, r.stop, r.step, len(r), r)
print(list(r), list(r), tuple(r) == tuple(r))
it = iter(r)
print(next(it), next(it), list(it), list(r)[-1])
try:
    r[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.start = 0
except AttributeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(range(True, 5), range(5)[True], isinstance(r, range), type(r).__name__)
print(range(10 ** 30)[-1], len(range(10 ** 18)), 10 ** 17 in range(10 ** 18))

# Tuple packing, unpacking, single-element tuples, methods and immutability.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), tuple(), (1,) * 3, (1, 2) + (3,))
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
print(t.count(2), t.index(3), (1, 2, 1).count(1), (1, [2]).index([2]))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a, b = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)

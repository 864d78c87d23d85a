# IndexError, ValueError and TypeError messages from lists.
a = [1, 2, 3]
tests = [lambda: a[3], lambda: a[-4], lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(9),
         lambda: a.index(9), lambda: a.index(1, 1), lambda: a["0"], lambda: a.insert("x", 0),
         lambda: a + (4,), lambda: a * 1.5, lambda: a.nosuch, lambda: [].index(0),
         lambda: a.__setitem__(5, 0), lambda: a.pop("1")]
for t in tests:
    try:
        t()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[1:2:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
print(a)

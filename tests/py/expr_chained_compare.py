# Chained comparisons: each operand evaluated once, short-circuit on the first False.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2), log)
log.clear()
print(v(1) < v(5) > v(2) < v(9), log)
x = 5
print(0 < x < 10, 0 < x > 10, 1 <= x <= 5, x == 5 == 5.0)
two = 2
print(1 < two is not None, "a" < "b" < "c", [1] == [1] != [2])
print(1 < 3 in [3], 2 in [1, 2] in [[1, 2]])
a = [1, 2]
print(a is a is not None, None is None is None)
try:
    1 < "a" < 2
except TypeError as e:
    print(type(e).__name__, e)
print(3 > 2 > 1 > 0 > -1 > -2)

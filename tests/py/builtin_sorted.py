# sorted() over many iterables, with key and reverse; errors.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 2, 8}))
print(sorted(range(5), reverse=True), sorted(x % 3 for x in range(6)), sorted([]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs), sorted([[2], [1, 1]], key=len))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([1.5, 1, True, 0, -0.5]))
print(sorted("hello", reverse=True), sorted(["aa", "b"], key=len, reverse=True))
a = [3, 2, 1]
b = sorted(a)
print(a, b, a is b)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([{"n": 2}, {"n": 1}], key=lambda d: d["n"]))

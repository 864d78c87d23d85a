# sum with start, all/any on many iterables, short-circuiting with generators.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10), sum([1.5], start=1))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([True, True]))
print(sum([0.1] * 10), sum([1e100, 1, -1e100]))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, 0.0, ""]), any([0, "x"]))
print(all("abc"), any(""), all({}), any({0: 1}), all([[]]), any([[0]]))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), calls)
calls.clear()
print(all(check(v) for v in [3, 4, 1, 8]), calls)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(10) if x % 2), sum({1: "a", 2: "b"}))

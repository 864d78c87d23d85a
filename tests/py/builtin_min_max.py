# min and max: several arguments, one iterable, key, default, errors.
print(max(3, 7, 2), min(3, 7, 2), max([3, 7, 2]), min((3, 7, 2)), max("hello"), min("hello"))
print(max([1, 5], [1, 10]), max({1: "a", 9: "b"}), max(range(5)), min(x * x - 4 * x for x in range(6)))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max("a", "B", key=str.lower))
print(max([], default=None), min([], default=-1), max([1, 2], default=0), min([], key=abs, default="d"))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([2, 1, 1.0]), max([(1, "b"), (1, "a")]))
print(max(-5, 3, key=abs), max(5, -5, key=abs), min(5, -5, key=abs))
errors = [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min(1, "a"),
          lambda: max(1, 2, default=0), lambda: max([1, 2], key=len), lambda: max(x for x in ""),
          lambda: min([], default=1, nosuch=2)]
for f in errors:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

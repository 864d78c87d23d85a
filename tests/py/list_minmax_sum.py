# sum/min/max/any/all on lists, with keys, defaults and start values.
nums = [4, -2, 7, 0, 3]
print(sum(nums), sum(nums, 10), sum([0.1] * 3), sum([[1], [2]], []))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda v: -v))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(any(nums), all(nums), any([]), all([]), all([1, "a", [0]]), any([0, "", None]))
print(max("apple", "fig", "banana", key=len), min([[3], [1, 2]], key=len))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)

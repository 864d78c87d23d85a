# zip of several iterables, unequal lengths, strict=True errors, unzipping.
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abc", (True, False, None))))
print(list(zip()), list(zip([1])), list(zip([], [1])), list(zip(range(5), "ab")))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("xyz", range(3))))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", "cd", strict=True)))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
z = zip("ab", "cd")
print(next(z), list(z), type(z).__name__)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])

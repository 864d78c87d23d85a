# map with one and several iterables, filter with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(lambda x: x * 2, range(4))))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, ["", "ab", [1, 2, 3]])), list(map(int, "123")))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, ())))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m), type(m).__name__)
f = filter(None, [1, 0, 2])
print(type(f).__name__, list(f))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])))

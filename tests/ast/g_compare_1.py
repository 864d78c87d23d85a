# Every comparison operator
a, b = 3, 5
print(a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(a is b, a is not b)
print(a in [1, 3], a not in [1, 3])
print(None is None, "x" not in "abc")
print(not a == b, not a in [3])
print(a is not None is not False)

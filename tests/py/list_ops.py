# +, *, +=, *=, in, len, comparison and equality of lists.
a = [1, 2]
b = [3]
print(a + b, a * 3, 0 * a, -1 * a, a * True)
c = a
c += b
print(a, c is a)
c = c + [4]
print(a, c, c is a)
d = [0]
e = d
d *= 3
print(e, d is e)
a += "xy"
a += (9,)
print(a)
print(2 in a, 5 not in a, [1] in [[1], 2])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [2] > [1, 99], [[1]] < [[2]])
print(len([]), len([[]]), len([None] * 5))
try:
    [1] + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)

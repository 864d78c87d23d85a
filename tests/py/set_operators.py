# Set operators | & - ^ and comparisons <= < >= > ==.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a, a < a, {1, 2} < a, {1, 2} <= a, a >= {1}, a > {1}, a > {9})
print(a == {4, 3, 2, 1}, a != b, {1} == frozenset({1}))
print(a | frozenset({9}), type(a | frozenset({9})).__name__, type(frozenset({9}) | a).__name__)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 99}
print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} & {3}, set() | set(), {0} ^ {0})
print(a.union([7], (8,)), a.intersection(range(3)), a.difference([1], [2]), a.symmetric_difference([4, 5]))

# is / is not / in / not in across container types.
a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a is not c, a == c, None is None, None is not False)
print(2 in a, 5 in a, 5 not in a, "b" in "abc", "bc" in "abc", "cb" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, "x" in {1: "x"}.values(), (1, "x") in {1: "x"}.items())
print(3 in range(5), 3 in range(0, 10, 2), 3 in (1, 2, 3), 3 in {3}, 3 in frozenset([3]))
print(b"a" in b"abc", 97 in b"abc", [1] in [[1], [2]], [] in [[]], None in [None])
print(1.0 in [1], True in [1], 0 in [False], "1" in [1])
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
print(2 in Box([1, 2]), 9 not in Box([1, 2]))
class Iter:
    def __iter__(self):
        return iter([5, 6])
print(6 in Iter(), 7 in Iter())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

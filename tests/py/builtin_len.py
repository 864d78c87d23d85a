# len() of builtin containers and user classes with __len__; errors.
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)))
print(len(b"ab\x00"), len(bytearray(5)), len(frozenset()), len({}.keys()), len("😀"))
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Box(3)), bool(Box(0)), bool(Box(2)))
for bad in (5, None, 3.5, iter([1]), len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for n in (-1, 2 ** 70, "3"):
    try:
        len(Box(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)

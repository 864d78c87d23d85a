# Recursion over nested data and the recursion limit
import sys


def depth(obj):
    if isinstance(obj, (list, tuple)):
        return 1 + max(map(depth, obj), default=0)
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    return 0


def permutations(s):
    if len(s) <= 1:
        yield s
        return
    for i, ch in enumerate(s):
        for rest in permutations(s[:i] + s[i + 1:]):
            yield ch + rest


def forever(n): return forever(n + 1)


print(depth([1, [2, [3]], {"a": (4,)}]), list(permutations("abc")))
try:
    forever(0)
except RecursionError:
    print("too deep; limit is", sys.getrecursionlimit())

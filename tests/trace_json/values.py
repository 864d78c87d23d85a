# Every kind of value the format has: None, bools, ints (one beyond 2**53,
# which JSON readers would round), floats (with no fraction, infinite, not
# a number), strings with quotes, newlines and markup, nested containers,
# a set, a frozenset, a module, built-in functions and classes, a range.
import math
nothing = None
flags = [True, False]
small, big = 42, 2 ** 64 + 1
floats = (0.1, 3.0, float("inf"), -math.inf, float("nan"))
text = 'say "hi"\n<b>&</b>\u2028'
nested = {"a": [1, [2, 3]], (1, 2): {"k": None}}
s = {3, 1, 2}
fs = frozenset({1})
funcs = [len, print, int, math.sqrt]
r = range(2, 10, 3)
b = b"\x00bytes"
print(len(nested))

# The builtins module: the names it holds, shadowing, and reaching originals through it.
import builtins
print(builtins.__name__, builtins.len is len, builtins.print is print)
print(all(hasattr(builtins, n) for n in ("int", "str", "range", "ValueError", "None")))
def len(x):
    return -1
print(len("abc"), builtins.len("abc"))
del len
print(len("abc"))
print(type(builtins).__name__, "open" in dir(builtins), "__import__" in dir(builtins))
m = __import__("math")
print(m.floor(3.9), __import__("sys").maxsize > 0)
print(hasattr(builtins, "True"), hasattr(builtins, "nosuch"))
print(isinstance(builtins.__dict__, dict), builtins.__dict__["abs"](-3))

# print with sep, end, several arguments, no arguments, and flush.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end="!\n")
print("no newline", end="")
print(" -- continued")
print()
print(1, 2.5, None, True, [1], sep="|")
print("x", end="")
print("y", end="")
print()
print(*range(5))
print(*"abc", sep="-")
print("flushed", flush=True)
print(sep="ignored")
print("multi\nline", "arg")
print("tab", "sep", sep="\t")
print("a", "b", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

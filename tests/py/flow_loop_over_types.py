# for loops over dicts, strings, ranges, zips, enumerates, sets of small ints, files of lines.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print("key", k)
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for ch in "héllo":
    print(ch, end=".")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for a, b in zip("abc", range(3)):
    print(a, b, end="; ")
print()
for i, (a, b) in enumerate(zip("xy", "XY"), start=1):
    print(i, a, b)
for n in {3, 1, 2}:
    print("set item", n)
for item in ("tuple", ["list"], {"dict": 0}):
    print(type(item).__name__, len(item))
for b in b"AB":
    print(b)
for line in "first\nsecond\n".splitlines():
    print("line", line)
for x in reversed([1, 2, 3]):
    print("rev", x)

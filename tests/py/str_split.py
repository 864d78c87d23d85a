# str.split with and without separators and maxsplit.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.split(maxsplit=1))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".split(",", maxsplit=0))
print("a,b,,c,".split(",", -1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a--b--c".split("--"), "abc".split("abc"), "abcabc".split("bc"))
print("one two".split(sep=" "))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("x\u3000y\u00a0z".split())

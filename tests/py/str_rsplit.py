# str.rsplit: from the right, maxsplit counts from the right.
s = "a.b.c.d"
print(s.rsplit("."), s.rsplit(".", 1), s.rsplit(".", 2), s.rsplit(".", 0))
print("  x  y  z  ".rsplit(), "  x  y  z  ".rsplit(None, 1))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1))
print("aaaa".rsplit("aa"), "aaa".rsplit("aa"), "aaa".split("aa"))
print("".rsplit("x"), "x".rsplit("x"))
print("a b c".rsplit(maxsplit=1), "a b c".rsplit(" ", maxsplit=-1))
print("1,2,,3".rsplit(",", 1))
try:
    "x".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)

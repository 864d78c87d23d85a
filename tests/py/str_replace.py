# str.replace with counts, empty patterns and overlapping text.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("three", "3"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("abc".replace("b", ""), "a.b.c".replace(".", ""), "xx".replace("x", "xx"))
print("héllo wörld".replace("ö", "o").replace("é", "e"))
print("tab\there".replace("\t", "    "))
print(repr("line\r\nline".replace("\r\n", "\n")))
try:
    "x".replace(1, "y")
except TypeError as e:
    print(type(e).__name__, e)

# strip, lstrip, rstrip with and without an argument.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print(repr("\u3000text\u00a0".strip()))
print(repr("hello".strip("")), repr("hello".strip(None)))
print(repr("  a b  ".strip(" a")))
print(repr("\x0b\x0cx\x1c\x1d\x1e\x1f\x85".strip()))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)

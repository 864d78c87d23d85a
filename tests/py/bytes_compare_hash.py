# Comparison, hashing and containment for bytes and bytearray.
print(b"a" < b"b", b"ab" < b"b", b"" < b"\x00", b"\xff" > b"\xfe\xff")
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(hash(b"abc") == hash(b"abc"), b"x" in {b"x": 1})
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print(type(e).__name__, e)
print(b"bc" in b"abcd", bytearray(b"bc") in b"abcd", 99 in b"abc")
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b"b", b"a", b"ab", b""]))
print(max([b"x", b"xy"]), b"abc".count(b""), len(b"\x00" * 10))
d = {b"k": 1}
print(d[b"k"], b"k" == "k")

# str.encode to utf-8, ascii and latin-1, with error handlers, and decoding back.
s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b), type(b).__name__)
print(s.encode("utf-8") == b, b.decode() == s, b.decode("utf-8"))
print("abc".encode("ascii"), "café".encode("latin-1"), "café".encode("utf-8"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
print(b"caf\xe9".decode("latin-1"), "😀".encode(), len("😀"), len("😀".encode()))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)

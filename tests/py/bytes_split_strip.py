# More bytes methods: split variants, strip family, count, startswith, index errors.
data = b"  key = value ; other=2 ;last  "
print(data.strip(), data.lstrip(), data.rstrip(), data.strip(b" ;tal"))
print(data.split(b";"), data.split(b";", 1), data.rsplit(b";", 1))
print([p.strip() for p in data.split(b";")], data.split(None, 2))
print(data.count(b"="), data.count(b" "), data.count(b"x"))
print(data.startswith(b"  k"), data.endswith(b"  "), data.startswith((b"x", b" ")))
print(b"a,b".partition(b","), b"abc".partition(b"z"), b"x.y.z".rpartition(b"."))
print(b"line1\nline2\r\nline3".splitlines(), b"line1\n".splitlines(keepends=True))
print(b"abc".index(b"c"), b"abcabc".rindex(b"a"), b"abcabc".rfind(b"z"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
print(b"  ".isspace(), b"".isspace(), b"Ab1".isalnum(), b"ab".islower(), b"AB".isupper())
print(b"mixed Case".upper(), b"MiXeD".swapcase(), b"hello world".title())

# bytes methods: decode, hex, split, join, find, replace, upper and friends.
b = b"Hello, World"
print(b.decode(), b.decode("ascii"), b.hex(), b.upper(), b.lower(), b.swapcase())
print(b.split(b", "), b.split(), b" a  b ".split(), b"a,b,,c".split(b",", 1))
print(b"-".join([b"x", b"y", b"z"]), b"".join([b"a", bytearray(b"b")]))
print(b.find(b"o"), b.rfind(b"o"), b.find(b"zz"), b.index(b"W"), b.count(b"l"), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b"  x ".strip())
print(b.partition(b", "), b.rpartition(b"o"), b"a\nb\r\nc".splitlines())
print(b"abc".center(7, b"*"), b"7".zfill(3), b"ab".ljust(4), b"ab".rjust(4, b"."))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".isupper(), b"title Case".istitle())
print(b"hello world".title(), b"hello".capitalize())
print(bytes.fromhex("48656c6c6f"), b"\x01\xab".hex(), b"abc".hex(":", 1))
print(b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"abcabc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
try:
    b"abc".join(["x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)

# bytes and bytearray: case changes, padding, tabs and the predicates, ASCII only.
for b in [b"hello world", b"HeLLo wORLD", b"they're bill's friends", b"a1b2 c3", b"\xe9t\xe9 ok", b""]:
    print(b.capitalize(), b.title(), b.swapcase(), b.istitle(), b.isascii(), b.islower(), b.isupper())
print(b"Hello World".istitle(), b"Hello world".istitle(), b"A".istitle(), b"1A".istitle(), b"A1b".istitle())
print(b"ab".center(7), b"ab".center(6, b"*"), b"abc".center(6, b"-"), b"abc".center(2), b"x".center(4, bytearray(b".")))
print(b"ab".ljust(5, b"_"), b"ab".rjust(5), b"ab".ljust(1), b"ab".rjust(-3, b"0"))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(2), b"".zfill(3), b"abc".zfill(5), b"-".zfill(3))
print(b"a\tbc\td".expandtabs(), b"a\tb\nc\td".expandtabs(4), b"\t".expandtabs(0), b"ab\r\tc".expandtabs(tabsize=3))
ba = bytearray(b"mixed Case")
print(ba.upper(), ba.title(), ba.swapcase(), ba.center(14, b"|"), ba.zfill(12), ba.isascii(), type(ba.capitalize()).__name__)
for bad in [lambda: b"x".center(5, "*"), lambda: b"x".center(5, b"**"), lambda: b"x".ljust("5"),
            lambda: b"x".rjust(), lambda: b"x".zfill(2.0), lambda: b"x".expandtabs("4"),
            lambda: b"x".center(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"\x80abc".isascii(), b"".isascii(), b"ABC1".isupper(), b"abc!".islower(), b"123".islower())

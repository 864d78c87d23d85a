# ord, chr and their errors; ascii() escaping.
print(ord("a"), ord("A"), ord(" "), ord("\n"), ord("\x00"), ord("\U0010ffff"))
print(chr(97), chr(0x263A), repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)))
print([chr(i) for i in range(65, 71)], "".join(chr(ord(c) + 1) for c in "HAL"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(ascii("héllo"), ascii("日本"), ascii("😀"), ascii("plain"), ascii(["é", 1]))
print(ord(b"A"), ord(bytearray(b"z")))

# % formatting on bytes, and hex/format helpers for bytes.
print(b"%d items" % 5, b"%s and %s" % (b"x", b"y"), b"%05.1f" % 2.25)
print(b"%x %X %o %c %c" % (255, 255, 8, 65, b"z"))
print(b"%-5s|%5s|" % (b"ab", b"cd"), b"%%" % ())
print(b"%(k)s" % {b"k": b"v"})
print(b"%r" % "é", b"%a" % "é")
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%d" % b"1"
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"%d-%d") % (1, 2))
print(b"\x00\xff".hex(), b"abc".hex("-"), bytes.fromhex("de ad be ef"))

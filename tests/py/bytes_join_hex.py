# bytes.join with mixed bytes-like items, hex with separators, fromhex whitespace.
parts = [b"ab", bytearray(b"cd"), memoryview(b"ef")]
print(b"".join(parts), b"-".join(parts), bytearray(b"+").join(parts))
print(type(bytearray(b"").join([b"a"])).__name__, type(b"".join([bytearray(b"a")])).__name__)
print(b"\x01\x02\x03\x04".hex(), b"\x01\x02\x03\x04".hex(":"), b"\x01\x02\x03\x04".hex("-", 2))
print(b"\x01\x02\x03\x04\x05".hex(" ", -2), bytearray(b"\xff\x00").hex())
print(bytes.fromhex("  01 02\t03\n"), bytearray.fromhex("ff ee"), bytes.fromhex(""))
print(bytes.fromhex(b"\x01".hex() * 3))
for bad in ("0", "zz", "0 1"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)

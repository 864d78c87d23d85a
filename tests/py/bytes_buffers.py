# bytes-like arguments: memoryview, bytearray and array.array wherever CPython takes a buffer.
from array import array
mv = memoryview(b"world")
print(b"hello " + mv, bytes(mv), bytearray(mv), b", ".join([mv, bytearray(b"x"), b"y"]))
print(bytearray(b"ab") == memoryview(b"ab"), b"ab" == bytearray(b"ab"), bytearray(b"ab") < b"ac", b"ab" == "ab")
print(b"hello world".replace(mv, b"there"), b"a-b-c".split(memoryview(b"-")), b"xxhixx".strip(bytearray(b"x")))
parts = b"abc".partition(memoryview(b"b"))
print(type(parts[1]).__name__, b"abc".partition(bytearray(b"b")), bytearray(b"abc").rpartition(memoryview(b"b")), b"abc".hex(), bytes.fromhex("ff 00"), mv[1:3].tobytes(), bytes(mv[::2]))
ba = bytearray(b"start")
ba += mv
ba.extend(memoryview(b"!"))
ba[0:1] = memoryview(b"S")
ba[1:2] = array("B", b"T")
print(ba, len(ba))
ba[:] = ba
print(ba)
try:
    ba += ba
except BufferError as e:
    print(type(e).__name__, e)
view = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
view.release()
ba.append(33)
print(ba)
step = memoryview(b"abcdef")[::2]
for bad in [lambda: b"".join([step]), lambda: b"x" + step, lambda: step in b"ace", lambda: b"abc".find(step),
            lambda: b"".join(["s"]), lambda: b"x" + "y", lambda: bytearray(b"x") + 5]:
    try:
        print(bad())
    except (TypeError, BufferError) as e:
        print(type(e).__name__, e)
gone = memoryview(b"xy")
gone.release()
for bad in [lambda: bytes(gone), lambda: b"".join([gone]), lambda: b"x" in gone]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytes(array("h", [1, -1])), bytearray(array("b", [7])), b"%s|%b" % (mv, array("B", b"ok")))

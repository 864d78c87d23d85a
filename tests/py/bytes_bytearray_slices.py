# bytearray slice assignment with bytes, lists of ints and other bytearrays; errors.
ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
print(ba)
ba[0:0] = [65, 66]
print(ba)
ba[-3:] = bytearray(b"XYZW")
print(ba)
ba[::3] = b"****"
print(ba)
del ba[1::2]
print(ba, len(ba))
ba[:] = b""
print(ba)
ba.extend(range(97, 100))
print(ba, ba.find(b"b"), ba.index(99), ba.count(97))
try:
    ba[::2] = b"toolong"
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = [300]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba.extend(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print(ba.upper(), ba.replace(b"b", b"BB"), ba, type(ba.upper()).__name__)
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"def"), bytearray(b"x") * 3)

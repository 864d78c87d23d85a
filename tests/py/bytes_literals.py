# bytes literals, repr, indexing gives ints, slicing gives bytes.
b = b"hello\x00\xff\n"
print(b, len(b), type(b).__name__)
print(b[0], b[-1], type(b[0]).__name__, b[1:4], b[::-1], b[::3])
print(b"", b"'", b'"', b"'\"", rb"raw\n", B"up")
print(bytes([72, 105]), bytes(3), bytes(), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes(range(5)), bytes([0, 127, 128, 255]))
print(list(b"abc"), tuple(b"\x01\x02"), [x for x in b"hi"])
print(b"ab" + b"cd", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc")
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)

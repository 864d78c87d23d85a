# int.to_bytes and int.from_bytes with both byte orders and signed.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 64).to_bytes(9, "big"))
print((65).to_bytes(1, "big"), (0x41424344).to_bytes(4, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x01" + b"\x00" * 10, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
n = 123456789123456789
print(int.from_bytes(n.to_bytes(8, "little"), "little") == n)
print((5).to_bytes(), int.from_bytes(b"\x05"))
# from_bytes takes what bytes(x) takes, but not a size or a str.
print(int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01\x00"), "little"))
for bad in (1, True, "ab", 1.5):
    try:
        int.from_bytes(bad)
    except TypeError as e:
        print(type(e).__name__, e)

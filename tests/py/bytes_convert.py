# Conversions between str, bytes, bytearray, int lists.
s = "naïve ☕"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s)
print(list(b[:3]), bytes(list(b)) == b, bytearray(b).decode())
print(s.encode("utf-16-le")[:6], s.encode("latin-1", "replace"))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"))
print(bytes.fromhex("00ff10"), bytes.fromhex("00ff10").hex())
print(str(b"abc", "ascii"), b"abc".decode("ascii"), b"\xe2\x98\x95".decode())
print(bytes(bytearray(b"z")), bytearray(bytes(2)), bytes([65]) * 2)
print(sum(b"abc"), max(b"abc"), min(b"abc"), sorted(b"cab"))
print(bytes(x ^ 0x20 for x in b"Hello"))
try:
    bytes.fromhex("0g")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)

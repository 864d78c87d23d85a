# str() versus repr() of common values, and in containers.
vals = ["text", 42, 3.5, None, True, [1, "a"], ("t",), {"k": 1}, 1 + 2j, b"by", range(3),
        slice(1, 2), type, int, len, Ellipsis, NotImplemented]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""), str(str), repr(str))
print(f"{'x'!r} {'x'!s} {'x'}")
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"abc"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(1e100), repr(0.1), str([0.1, 'q']))

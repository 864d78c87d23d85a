# repr of bytes and bytearray: escapes, quote choice.
samples = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r", b"\x00\x7f\x80\xff",
           b"\\", bytes(range(30, 40)), b""]
for s in samples:
    print(repr(s), repr(bytearray(s)), str(s))
print(bytearray(b"x"), [b"a", bytearray(b"b")])
print(repr(bytes([7, 8, 11, 12, 27])))
print(b"a" b"b", b"\x41\101", len(b"\n"), b"\\n", br"\n")
print(bytes(b"abc")[1:], memoryview(b"xyz").tobytes(), bytes(memoryview(b"mv")))
print(repr(b"\xc3\xa9"), b"caf\xc3\xa9".decode(), len(bytes(5)))

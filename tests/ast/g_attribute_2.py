# Attributes on literals and parenthesized expressions
print((1).bit_length(), 1.5.is_integer(), 1 .real, 0x10.bit_length())
print("x".join("abc"), b"bytes".hex(), [1, 2].index(2), {"k": 1}.keys())
print((3 + 4j).imag, (2 ** 10).bit_length(), 1e3.hex())
print(("a" "b").upper(), (yield_ := "walrus").title(), ().count(1))
print(getattr(print, "__name__"), setattr, hasattr(print, "x"))

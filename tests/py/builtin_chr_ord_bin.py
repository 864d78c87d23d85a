# Small numeric-conversion builtins together: chr/ord round trips, bin/oct/hex on results.
for c in "Az0~ é€":
    n = ord(c)
    print(repr(c), n, hex(n), oct(n), bin(n), chr(n) == c)
print([hex(b) for b in "hi".encode()], int("0x68", 16), chr(int("101", 2) + 60))
print(hex(ord("😀")), bin(255)[2:].zfill(10), oct(8)[2:])
print(sum(ord(c) for c in "abc"), "".join(chr(c) for c in range(97, 102)))
print(hex(-255), bin(-5), oct(-64))
print(chr(0x41) + chr(0x1F600), ord(chr(1114111)) == 0x10FFFF)
print([ord(c) - ord("a") for c in "python"])

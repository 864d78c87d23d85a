# Bitwise operators
flags = 0b1100
mask = 0b1010
print(flags & mask, flags | mask, flags ^ mask)
print(flags << 2, flags >> 1, ~flags)
READ, WRITE, EXEC = 4, 2, 1
perms = READ | WRITE
print(bool(perms & WRITE), bool(perms & EXEC))
print(perms & ~WRITE, 1 << 10 | 1, 0xF0 >> 4 & 0x3)
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} ^ {2, 3}, {1, 2} - {1})

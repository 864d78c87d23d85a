# Bitwise operators on bools keep bool; mixing with ints gives ints.
print(True & True, True | False, True ^ True, ~True, type(True & False).__name__)
print(True & 3, False | 2, True ^ 5, type(True | 2).__name__)
print([x for x in range(16) if x & 1 and x & 4])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ)
print(bin(0b1010 & 0b0110), bin(0b1010 | 0b0110), bin(0b1010 ^ 0b0110))
print(5 & -1, -5 & 0xFF, (-5) >> 1, -(5 >> 1))
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3})
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" | "b"
except TypeError as e:
    print(type(e).__name__, e)

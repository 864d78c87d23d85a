# bin/oct/hex of positive, negative, zero and big ints, and format() equivalents.
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70) + 1):
    print(n, bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-255, "#x"), format(-255, "x"))
print(bin(True), hex(False))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("3")
except TypeError as e:
    print(type(e).__name__, e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
print(int(hex(-12345), 16), int(bin(-9), 0))

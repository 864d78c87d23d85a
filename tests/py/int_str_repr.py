# str and repr of ints and of int subclasses like bool; int literals in many spellings.
print(str(0), repr(-0), str(-123), repr(10 ** 25))
print(0x10, 0o10, 0b10, 1_000, 0x_FF, 0b_1111_0000)
print(000, 0_0)
print(str(2 ** 64), repr(-(2 ** 64)))
print(len(str(-(10 ** 50))))
print([1, -2, 3], (4,), {5: 6})
print(str(True), repr(True))
print("%d" % 12, "{}".format(-3), f"{7}")
x = 1234567890123456789012345678901234567890
print(x, -x, x // 10 ** 20, x % 10 ** 20)
print(int(str(x)) == x)
print(repr(int("0012")), str(int(" -0 ")))

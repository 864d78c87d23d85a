# The format() builtin and __format__ on a user class.
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","))
print(repr(format(42)), repr(format(3.5)), repr(format("x")))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
t = Temp(21.5)
print(format(t), format(t, "F"), f"{t} {t:F}", "{:F}".format(t))
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print(type(e).__name__, e)
p = Plain()
print(format(p, "") == str(p) or "different")
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(format(-0.0, ""), format(1e-7, ""), format(True, ""), format(True, "d"))

# abs, round, divmod, pow as builtins over ints, floats, bools, complex, and user types.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70), abs(3 + 4j), abs(-float("inf")))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(7, -1), round(1e-20, 25))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), pow(2, 8), pow(2, 8, 5), pow(2.0, -2))
class Money:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Money(abs(self.v))
    def __round__(self, n=None):
        return Money(round(self.v, n))
    def __repr__(self):
        return f"Money({self.v})"
print(abs(Money(-5)), round(Money(2.567), 1), round(Money(2.5)))
for f, args in ((abs, ("x",)), (round, ("x",)), (divmod, (1, "x")), (pow, ("x", 2)), (abs, ())):
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(round(0.5 + 1e-17), round(-0.5), round(1.23456789, 4), round(-1.23456789, 4))

# Arithmetic, reflected and in-place operators on classes, and the TypeErrors without them.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd"); return V(o + self.x)
    def __iadd__(self, o):
        self.x += o.x if isinstance(o, V) else o; return self
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x)
    def __pos__(self): return self
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __pow__(self, o, m=None): return V(pow(self.x, o, m))
    def __rpow__(self, o): return V(o ** self.x)
    def __matmul__(self, o): return self.x * o.x
    def __lshift__(self, o): return V(self.x << o)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __divmod__(self, o): return (self.x // o, self.x % o)
    def __round__(self, n=None): return V(round(self.x, n))
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
a, b = V(1), V(2)
print(a + b, a + 5, 5 + a, a - b, a * 3, 3 * a, -a, +a, abs(V(-3)), ~a)
print(V(7) / 2, V(7) // 2, V(7) % 3, V(2) ** 3, pow(V(2), 3, 5), 2 ** V(3), a @ b)
print(V(1) << 3, V(6) & 3, V(6) | 1, V(6) ^ 2, divmod(V(7), 2), round(V(2.567), 1), round(V(2.5)))
import math
print(math.trunc(V(1)), math.floor(V(1)), math.ceil(V(1)))
c = a
c += b
print(c, a, c is a)
c += 10
print(c)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
try:
    a / "x"
except TypeError as e:
    print(type(e).__name__, e)
class W: pass
w = W()
for op in ["w + 1", "1 + w", "w - 1", "w * 1", "w / 1", "w // 1", "w % 1", "w ** 1", "w @ w", "w << 1", "w >> 1", "w & 1", "w | 1", "w ^ 1", "-w", "+w", "~w", "abs(w)", "w < w", "w <= 1", "w > 1", "w >= 1", "len(w)", "w[0]", "iter(w)", "next(w)", "w()", "1 in w", "divmod(w, 1)", "pow(w, 2, 3)", "int(w)", "float(w)", "complex(w)", "[1][w]", "round(w)", "hash(w) == hash(w)", "bool(w)", "range(w)", "w == w", "w != w", "reversed(w)", "'%d' % w", "format(w, 'd')", "del w[0]", "w[0] = 1", "'ab' * w"]:
    try:
        r = eval(op)
        print(op, "->", r if not isinstance(r, W) else "W")
    except Exception as e:
        print(op, "->", type(e).__name__, e)
w2 = W()
try:
    w2 += 1
except TypeError as e:
    print(e)
try:
    w2 -= 1
except TypeError as e:
    print(e)
try:
    w2 **= 1
except TypeError as e:
    print(e)
try:
    w2 @= 1
except TypeError as e:
    print(e)

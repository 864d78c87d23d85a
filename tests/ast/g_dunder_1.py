# A vector class with operator overloading
import math


class Vector:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other): return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other): return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(abs(self))
    def __eq__(self, other): return (self.x, self.y) == (other.x, other.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield from (self.x, self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]


v, w = Vector(3, 4), Vector(1, 1)
print(v + w, v - w, 2 * v, -v, abs(v), bool(Vector()), v == Vector(3, 4), [*v], v[1])

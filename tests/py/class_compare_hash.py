# Rich comparisons on classes, their fallbacks, and the __eq__/__hash__ rules.
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, 'v', o)); return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, 'v', o)); return self.v < o.v
print(C(1) == C(1), C(1) != C(2), C(1) < C(2), C(2) > C(1))
try:
    print(C(1) <= C(2))
except TypeError as e:
    print(e)
try:
    hash(C(1))
except TypeError as e:
    print(e)
print(C.__hash__)
print(C(1) == 1, 1 == C(1))
class D:
    def __eq__(self, o): return NotImplemented
d = D()
print(d == d, d != d, d == 1, d != D())
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return self.v == o.v
print(hash(H(5)), len({H(1), H(1), H(2)}))
class H2:
    def __hash__(self): return 2**70
print(hash(H2()))
class H3:
    def __hash__(self): return "x"
try:
    hash(H3())
except TypeError as e:
    print(e)
class H4(H):
    __hash__ = None
try:
    hash(H4(1))
except TypeError as e:
    print(e)
class H5:
    __hash__ = None
print(isinstance(H5(), object), H5.__hash__)
class Neq:
    def __ne__(self, o): return "custom"
print(Neq() != 1, Neq() == Neq())
class Le:
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
print(Le() <= 1, 1 <= Le(), 1 >= Le())

# User objects as keys: default identity hashing, and __eq__/__hash__ defined.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d, d)
class Plain:
    pass
p, q = Plain(), Plain()
e = {p: 1, q: 2}
print(e[p], e[q], len(e))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(NoHash.__hash__)

# with statements: several items, `as` targets of every shape, the order
# of __enter__ and __exit__ calls.

class Tracer:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value if value is not None else name

    def __enter__(self):
        print("  enter", self.name)
        return self.value

    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None)
        return False


with Tracer("a") as a, Tracer("b") as b:
    print("body", a, b)

# Parenthesized items (3.10+), and items without `as`
with (Tracer("p") as p,
      Tracer("q"),
      Tracer("r") as r):
    print("body", p, r)

# `as` targets: unpacking, attributes, subscripts, starred
with Tracer("t", (1, 2)) as (x, y):
    print("unpacked", x, y)
with Tracer("s", [1, 2, 3, 4]) as (first, *rest):
    print("starred", first, rest)

class Holder:
    pass

h = Holder()
d = {}
with Tracer("attr", "A") as h.attr, Tracer("item", "I") as d["key"]:
    pass
print(h.attr, d)

# Exits run in reverse order, and an exception passes through every exit
try:
    with Tracer("outer"), Tracer("inner"):
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)

# An unpacking failure in the target happens after __enter__: __exit__ sees it
try:
    with Tracer("bad", (1, 2, 3)) as (m, n):
        print("not reached")
except ValueError as e:
    print("ValueError:", e)

# __enter__ of the second item fails: the first is exited, the second not
class FailingEnter(Tracer):
    def __enter__(self):
        print("  enter", self.name, "fails")
        raise KeyError(self.name)

try:
    with Tracer("ok"), FailingEnter("broken"), Tracer("never"):
        print("not reached")
except KeyError as e:
    print("KeyError:", e)

# The value of `as` is what __enter__ returns, not the manager
class ReturnsOther:
    def __enter__(self):
        return "something else"
    def __exit__(self, *args):
        pass

with ReturnsOther() as v:
    print(v)

# The manager's special methods are looked up on its type
class OnInstance:
    pass

o = OnInstance()
o.__enter__ = lambda: None
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except TypeError as e:
    print("TypeError:", e)

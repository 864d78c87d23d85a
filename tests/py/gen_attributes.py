# The attributes of generator objects and what they show over a run.

def gen(n):
    for i in range(n):
        yield i

g = gen(2)
print(g.__name__, g.__qualname__)
print(g.gi_code is gen.__code__, g.gi_code.co_name)
print("running", g.gi_running, "suspended", g.gi_suspended)
print("frame", type(g.gi_frame).__name__, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
print("locals before start", g.gi_frame.f_locals)
next(g)
print("suspended", g.gi_suspended, "locals", sorted(g.gi_frame.f_locals.items()))
print("line", g.gi_frame.f_lineno)
list(g)
print("after", g.gi_frame, g.gi_suspended, g.gi_running, g.gi_code.co_name)

# gi_running is True only while the generator runs
def watcher():
    yield me.gi_running

me = watcher()
print("inside:", next(me), "outside:", me.gi_running)

# gi_yieldfrom
def sub():
    yield 1
    yield 2

def deleg():
    yield from sub()

d = deleg()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_suspended)

# methods and nested qualified names
class Box:
    def items(self):
        yield self

    def nested(self):
        def inner():
            yield 1
        return inner()

b = Box()
print(b.items().__qualname__, b.nested().__qualname__, b.nested().__name__)

# __name__ and __qualname__ can be changed, to strings only
g = gen(1)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(g, attr, 42)
    except TypeError as e:
        print("TypeError:", e)

# read-only attributes
for attr in ("gi_running", "gi_frame", "gi_code"):
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError:", type(e).__name__)

# a generator expression
ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
print(sorted(ge.gi_frame.f_locals))

# generators are hashable, and compare by identity
a, c = gen(1), gen(1)
print(a == a, a == c, len({a, c}))
print(type(gen(1)), type(gen))

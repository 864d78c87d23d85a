# PEP 479: a StopIteration escaping a generator becomes a RuntimeError.

def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

# An inner next() on an exhausted iterator
def firsts(*iterables):
    for it in iterables:
        yield next(iter(it))

try:
    print(list(firsts([1], [2], [])))
except RuntimeError as e:
    print("RuntimeError:", e)

# The right way: return
def firsts_ok(*iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(firsts_ok([1], [2], [], [4])))

# StopIteration caught inside the generator is fine
def careful():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"

print(list(careful()))

# A subclass of StopIteration is replaced too
class MyStop(StopIteration):
    pass

def sub():
    yield
    raise MyStop

try:
    list(sub())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# In a generator expression
it = iter([])
try:
    list(next(it) for _ in range(3))
except RuntimeError as e:
    print("genexpr:", e)

# A list comprehension is not a generator: StopIteration passes
try:
    [next(it) for _ in range(3)]
except StopIteration:
    print("list comprehension lets StopIteration through")

# The generator is finished afterwards
g = explicit()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print(list(g), g.gi_frame)

# The generator protocol: next(), send(), the return value in StopIteration.

def counter(limit):
    print("  counter starts")
    n = 0
    while n < limit:
        received = yield n
        print("  received", received)
        n += 1
    return "finished at %d" % n


g = counter(3)
print(type(g).__name__)
print(next(g))
print(g.send("a"))
print(next(g))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)

# A generator function's body does not start until the first next().
def noisy():
    print("  body runs")
    yield 1

n = noisy()
print("made")
print(list(n))

# return without a value, and falling off the end
def plain():
    yield 1
    return

def falls():
    yield 1

for f in (plain, falls):
    it = f()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)

# StopIteration carrying a tuple keeps it whole
def pair():
    yield
    return (1, 2)

p = pair()
next(p)
try:
    next(p)
except StopIteration as e:
    print(e.value, e.args)

# next() with a default
print(next(iter(()), "default"), next(falls(), "x"))

# Generators are their own iterators
g = falls()
print(iter(g) is g)

# send(None) is next()
def echo():
    while True:
        x = yield
        print("  echo", x)

e = echo()
e.send(None)
e.send(1)
e.send([2, 3])
e.close()

# yield from delegates next/send/throw/close and returns the sub-generator's value.

def inner():
    print("  inner starts")
    try:
        x = yield "i1"
        print("  inner got", x)
        y = yield "i2"
        print("  inner got", y)
    except KeyError as e:
        print("  inner handles", repr(e))
        yield "i-recovered"
    finally:
        print("  inner finally")
    return "inner result"


def outer():
    r = yield from inner()
    print("  outer got", repr(r))
    yield "o1"
    return "outer result"


g = outer()
print(next(g))
print(g.send("A"))
print(g.gi_yieldfrom.__name__)
print(g.send("B"))
print(g.gi_yieldfrom)
try:
    next(g)
except StopIteration as e:
    print("done:", e.value)

# throw() reaches the sub-generator
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))

# close() closes the sub-generator first
g = outer()
next(g)
g.close()
print("closed")

# yield from any iterable
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", range(3), {"k": 1}, (x * 2 for x in (5, 6)))))

# the value of yield from an iterator is None
def take():
    r = yield from [1, 2]
    print("  r =", r)

print(list(take()))

# send() through yield from to an iterator without send()
def via_list():
    yield from iter([1, 2, 3])

v = via_list()
next(v)
try:
    v.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# a chain of three delegations returning values up
def level(n):
    if n == 0:
        got = yield "bottom"
        return got * 2
    r = yield from level(n - 1)
    return r + 1

d = level(3)
print(next(d))
try:
    d.send(10)
except StopIteration as e:
    print("result", e.value)

# StopIteration raised inside yield from source becomes RuntimeError
def bad_inner():
    yield 1
    raise StopIteration("oops")

def delegating():
    yield from bad_inner()

try:
    list(delegating())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

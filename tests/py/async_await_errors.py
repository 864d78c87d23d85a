# What can be awaited, and the errors when something cannot.

def run(coro):
    # drive a coroutine that never really suspends
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_it(x):
    return await x

for bad in (42, "text", None, [1]):
    try:
        run(await_it(bad))
    except TypeError as e:
        print("TypeError:", e)

class ReturnsNonIterator:
    def __await__(self):
        return 42

class ReturnsCoroutine:
    def __await__(self):
        return await_it(None)

class AwaitIsNone:
    __await__ = None

class GoodAwait:
    def __await__(self):
        return iter([])

for obj in (ReturnsNonIterator(), ReturnsCoroutine(), AwaitIsNone()):
    try:
        run(await_it(obj))
    except TypeError as e:
        print("TypeError:", e)

print("empty iterator awaits to", run(await_it(GoodAwait())))

# A coroutine object can be awaited once
async def value():
    return "v"

async def twice(c):
    a = await c
    b = await c
    return a, b

try:
    run(twice(value()))
except RuntimeError as e:
    print("RuntimeError:", e)

# Awaiting a coroutine that is being awaited elsewhere
class Suspend:
    def __await__(self):
        yield

async def slow():
    await Suspend()
    return 1

shared = slow()

async def first():
    return await shared

async def second():
    return await shared

f = first()
f.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
f.close()

# await outside async def is a syntax error
for src in ("await x", "def f():\n    await x\n", "async def f():\n    yield from x\n",
            "[await x for x in y]"):
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# A generator cannot 'yield from' a coroutine
def gen():
    yield from value()

try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)

# StopIteration raised in a coroutine becomes RuntimeError
async def stopper():
    raise StopIteration

try:
    run(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)

# A coroutine awaiting itself
async def selfish():
    await me

me = selfish()
try:
    run(me)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__ + ":", e)

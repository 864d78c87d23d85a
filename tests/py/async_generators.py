# Async generators: async def with yield, driven by async for, asend,
# athrow and aclose.

class Yield:
    def __await__(self):
        yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def countdown(n):
    print("  countdown starts")
    try:
        while n > 0:
            await Yield()
            received = yield n
            if received is not None:
                print("  received", received)
            n -= 1
    finally:
        print("  countdown finally")

async def main():
    async for x in countdown(3):
        print("value", x)

    g = countdown(5)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print("ag_running", g.ag_running, "ag_await", g.ag_await, "frame", g.ag_frame is not None)
    print("first", await g.__anext__())
    print("asend", await g.asend("hello"))
    print("anext()", await anext(g))
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow propagated:", e)
    print("after", g.ag_frame, await anext(g, "exhausted"))

    g = countdown(5)
    await anext(g)
    print("aclose ->", await g.aclose())
    print("aclose again ->", await g.aclose())
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

    # athrow that the generator handles
    async def resilient():
        while True:
            try:
                yield "ok"
            except KeyError as e:
                print("  resilient handled", repr(e))
                yield "recovered"

    r = resilient()
    print(await anext(r))
    print(await r.athrow(KeyError, "k"))
    print(await anext(r))
    await r.aclose()

    # comprehensions over async generators
    print([v async for v in countdown(2)])
    print({v: v * v async for v in countdown(2)})

    # an async generator ignoring GeneratorExit
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # awaits inside finally run during aclose()
    async def cleanup():
        try:
            yield 1
        finally:
            print("  cleanup awaits")
            await Yield()
            print("  cleanup done")

    c = cleanup()
    await anext(c)
    await c.aclose()

    # return value: a bare return ends the generator
    async def early():
        yield 1
        return
        yield 2

    print([v async for v in early()])
    return "main done"

print(run(main()))

# Driving the awaitables by hand shows the protocol
async def pair():
    yield "a"
    await Yield()
    yield "b"

g = pair()
step = g.__anext__()
print(type(step).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("first item via StopIteration:", e.value)
step = g.asend(None)
print("awaited value passes out:", step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("second item:", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")

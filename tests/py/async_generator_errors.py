# The errors of async generators.

class Yield:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield 1
    await Yield()
    yield 2

# an asend awaitable can be awaited once
g = agen()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("got", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# two __anext__ running at once
g = agen()
run(g.__anext__())
first = g.__anext__()
first.send(None)            # suspended inside the generator's await
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print("ag_running:", g.ag_running)
first.close()

# asend non-None to a just-started async generator
g = agen()
try:
    run(g.asend("x"))
except TypeError as e:
    print("TypeError:", e)

# StopIteration and StopAsyncIteration raised inside become RuntimeError
async def stop_iter():
    yield 1
    raise StopIteration

async def stop_async():
    yield 1
    raise StopAsyncIteration

for f in (stop_iter, stop_async):
    g = f()
    run(g.__anext__())
    try:
        run(g.__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

# return with a value is a syntax error in an async generator
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<t>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# yield from is not allowed in an async function
try:
    compile("async def f():\n    yield from []\n", "<t>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# athrow argument errors surface when awaited
g = agen()
aw = g.athrow()
print(type(aw).__name__)
try:
    run(aw)
except TypeError as e:
    print("TypeError:", e)
try:
    run(agen().athrow(42))
except TypeError as e:
    print("TypeError:", e)

# an async generator is not an iterator nor awaitable
g = agen()
for attempt in (lambda: next(g), lambda: iter(g), lambda: run(g)):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# an aclose awaitable can be awaited once
g = agen()
run(g.__anext__())
c = g.aclose()
run(c)
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)

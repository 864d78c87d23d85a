# async for: __aiter__ and __anext__, driven by a tiny hand-made loop.

class Yield:
    # an awaitable that suspends once, like asyncio.sleep(0)
    def __await__(self):
        yield "suspended"

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("  __aiter__")
        return self

    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            print("  StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    total = 0
    async for t in Ticker(3):
        print("tick", t)
        total += t
    else:
        print("loop ended without break")
    async for t in Ticker(5):
        if t == 2:
            print("break at", t)
            break
    else:
        print("not printed")
    async for t in Ticker(4):
        if t % 2:
            continue
        print("even", t)
    return total

print(run(main()))

# __anext__ may return any awaitable
class Direct:
    def __init__(self):
        self.items = [1, 2]
    def __aiter__(self):
        return self
    def __anext__(self):
        return Value(self.items.pop(0) if self.items else None)

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if self.v is None:
            raise StopAsyncIteration
        return self.v
        yield

async def direct():
    return [x async for x in Direct()]

print(run(direct()))

# Errors
class NoAiter:
    pass

class AiterNoAnext:
    def __aiter__(self):
        return self

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def iterate(obj):
    async for _ in obj:
        pass

for obj in (NoAiter(), AiterNoAnext(), AnextNotAwaitable(), [1, 2], 5):
    try:
        run(iterate(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))

# An exception other than StopAsyncIteration propagates
class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from __anext__")

try:
    run(iterate(Failing()))
except KeyError as e:
    print("KeyError:", e)

# async for is only allowed in async functions
try:
    compile("def f():\n    async for x in y: pass\n", "<t>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# aiter() and anext() builtins
async def use_builtins():
    it = aiter(Ticker(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    return a, b, c

print(run(use_builtins()))
for bad in (lambda: aiter(5), lambda: anext(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Coroutine objects: what async def returns, driven by hand with send().

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

c = compute()
print(type(c).__name__, type(c))
print(repr(c).startswith("<coroutine object compute at 0x"))
print(c.__name__, c.__qualname__, c.cr_code.co_name)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
print(c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# Coroutines are not iterators
c = add(1, 1)
for attempt in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
c.close()

# await delegates to an awaitable whose __await__ yields
class Ping:
    def __await__(self):
        print("  Ping yields 'ping'")
        reply = yield "ping"
        print("  Ping got", repr(reply))
        return "pong:" + reply

async def talk():
    r = await Ping()
    print("  talk got", r)
    return r

t = talk()
print("first send yields", repr(t.send(None)))
print("cr_await:", type(t.cr_await).__name__)
try:
    t.send("hello")
except StopIteration as e:
    print("finished with", e.value)

# throw() and close() reach the innermost awaitable
class Wait:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("  Wait caught", repr(e))
            return "recovered"
        finally:
            print("  Wait cleanup")

async def waiter():
    v = await Wait()
    print("  waiter got", v)
    await Wait()

w = waiter()
w.send(None)
print(w.throw(KeyError("k")))
w.close()
print("closed:", w.cr_frame)

# A coroutine's send() before starting must be None
c = add(2, 3)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# Exceptions propagate out of send()
async def fails():
    raise ValueError("inside coroutine")

try:
    fails().send(None)
except ValueError as e:
    print("ValueError:", e)

# The coroutine's __await__ gives an iterator over it
async def two_steps():
    await Ping()
    return "done"

it = two_steps().__await__()
print(type(it).__name__, next(it))
try:
    it.send("x")
except StopIteration as e:
    print("via __await__:", e.value)

# async def methods, lambdas cannot be async, nested coroutines
class Service:
    async def fetch(self, key):
        return {"k": 1}.get(key)

s = Service().fetch("k")
print(s.__qualname__)
try:
    s.send(None)
except StopIteration as e:
    print("fetch ->", e.value)

import sys
print(sys.getrecursionlimit() > 0)

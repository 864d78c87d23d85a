# The event loop used directly: call_soon, call_later, call_at,
# run_until_complete, run_forever and stop.
import asyncio

loop = asyncio.new_event_loop()
print(type(loop).__name__, repr(loop))
print(loop.is_running(), loop.is_closed(), loop.get_debug())

order = []

def note(msg):
    order.append(msg)
    print("  callback", msg)

loop.call_soon(note, "soon 1")
h = loop.call_soon(note, "cancelled")
loop.call_soon(note, "soon 2")
h.cancel()
print("handle:", type(h).__name__, h.cancelled())
t0 = loop.time()
loop.call_later(0.02, note, "later 0.02")
loop.call_later(0.01, note, "later 0.01")
loop.call_at(t0 + 0.015, note, "at +0.015")
th = loop.call_later(0.005, note, "cancelled timer")
th.cancel()
print("timer handle:", type(th).__name__, th.cancelled(), th.when() > t0)
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order)

# callbacks scheduled by callbacks run in the next iteration
def chain(n):
    print("  chain", n)
    if n < 3:
        loop.call_soon(chain, n + 1)
    else:
        loop.stop()

loop.call_soon(chain, 1)
loop.call_soon(print, "  runs between chain 1 and chain 2")
loop.run_forever()

# run_until_complete with a coroutine and with a future
async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2

print(loop.run_until_complete(compute(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))

async def inside():
    running = asyncio.get_running_loop()
    print("running loop is ours:", running is loop, loop.is_running())
    try:
        loop.run_until_complete(compute(1))
    except RuntimeError as e:
        print("RuntimeError:", e)

loop.run_until_complete(inside())

# stop() before run_forever() makes it run one iteration
loop.call_soon(print, "  one iteration")
loop.stop()
loop.run_forever()

# callbacks that are coroutine functions are mistakes, caught in debug mode
loop.set_debug(True)
try:
    loop.call_soon(compute)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_soon(42)
except TypeError as e:
    print("TypeError:", e)
loop.set_debug(False)

try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError:", e)

loop.close()
print(loop.is_closed())
loop.close()
for attempt in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
                lambda: loop.create_task(compute(1))):
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)

# set_event_loop / get_event_loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop2.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

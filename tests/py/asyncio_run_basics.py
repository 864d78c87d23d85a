# asyncio.run, sleep, create_task: the order in which tasks run.
import asyncio


async def say(what, delay):
    print(f"start {what}")
    await asyncio.sleep(delay)
    print(f"end {what}")
    return what.upper()


async def main():
    print("main starts")
    t1 = asyncio.create_task(say("one", 0.3))
    t2 = asyncio.create_task(say("two", 0.01))
    print("tasks created; none has run yet")
    await asyncio.sleep(0)
    print("after one yield, both started")
    r2 = await t2
    print("got", r2)
    r1 = await t1
    print("got", r1)
    print(await say("direct", 0))
    return "main result"


print(asyncio.run(main()))

# sleep(0) lets every ready task take one step, in turn
async def stepper(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def round_robin():
    tasks = [asyncio.create_task(stepper(c, 3)) for c in "ABC"]
    return [await t for t in tasks]

print(asyncio.run(round_robin()))

# sleep's result argument
async def sleepy():
    return await asyncio.sleep(0.01, result="slept"), await asyncio.sleep(0, "zero")

print(asyncio.run(sleepy()))

# asyncio.run needs a coroutine and cannot nest
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

async def nested():
    inner = say("never", 0)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()

asyncio.run(nested())

# each run has its own loop, closed afterwards
loops = []
async def grab():
    loops.append(asyncio.get_running_loop())

asyncio.run(grab())
asyncio.run(grab())
print(loops[0] is loops[1], loops[0].is_closed(), loops[0].is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

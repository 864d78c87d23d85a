# Async generators under asyncio: iteration, early exit, finalization by the loop.
import asyncio


async def ticks(name, n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"{name}{i}"
    finally:
        print(f"  {name} finally starts")
        await asyncio.sleep(0)
        print(f"  {name} finally ends")


async def consume(name, n, stop_at=None):
    async for item in ticks(name, n):
        print("  got", item)
        if item == stop_at:
            break
    print(f"  {name} consumer done")


async def main():
    await consume("a", 2)
    print("-- early exit: the loop closes the generator in a task")
    await consume("b", 5, stop_at="b1")
    print("after consume b")
    await asyncio.sleep(0)
    print("after one more iteration")
    await asyncio.sleep(0)

    print("-- two consumers interleaved")
    await asyncio.gather(consume("x", 2), consume("y", 2))

    print("-- a generator still suspended when run() ends")
    global leftover
    leftover = ticks("z", 3)
    print("  first:", await anext(leftover))
    return "main done"


print(asyncio.run(main()))
print("after run")

# asyncio.gather: results in argument order, exceptions, return_exceptions.
import asyncio


async def work(name, delay, fail=False):
    print(f"  {name} starts")
    await asyncio.sleep(delay)
    if fail:
        print(f"  {name} fails")
        raise ValueError(f"{name} failed")
    print(f"  {name} ends")
    return name


async def main():
    print(await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02)))
    print(await asyncio.gather())

    # the first exception propagates; the others keep running
    t = asyncio.create_task(work("bg", 0.3))
    try:
        await asyncio.gather(work("x", 0.01, fail=True), t)
    except ValueError as e:
        print("gather raised:", e, "| bg still running:", not t.done())
    print("bg result:", await t)

    # return_exceptions=True gathers them as results
    results = await asyncio.gather(work("p", 0.01), work("q", 0.02, fail=True),
                                   return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])

    # futures, tasks and coroutines mixed; duplicates are awaited once
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from future")
    task = asyncio.create_task(work("task", 0))
    coro = work("coro", 0)
    print(await asyncio.gather(fut, task, coro, task))

    # a cancelled child, with and without return_exceptions
    async def forever():
        await asyncio.sleep(10)

    child = asyncio.create_task(forever())
    loop.call_later(0.01, child.cancel)
    print(await asyncio.gather(child, work("ok", 0.02), return_exceptions=True))

    child = asyncio.create_task(forever())
    loop.call_later(0.01, child.cancel)
    try:
        await asyncio.gather(child)
    except asyncio.CancelledError:
        print("gather raised CancelledError")

    # cancelling the gather cancels its children
    g = asyncio.gather(forever(), forever())
    loop.call_later(0.01, g.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    # gather needs awaitables
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

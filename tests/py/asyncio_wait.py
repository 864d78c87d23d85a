# asyncio.wait and asyncio.as_completed (delays far apart: the order must
# not depend on how busy the machine is).
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in
             [("slow", 1.0), ("fast", 0.01), ("mid", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.6)
    print("after timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), pending)

    ts = [asyncio.create_task(job("boom", 0.01, fail=True), name="boom"),
          asyncio.create_task(job("late", 0.3), name="late")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    print([repr(t.exception()) for t in done])
    await asyncio.wait(pending)

    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    for bad in ([], job("c", 0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
        if asyncio.iscoroutine(bad):
            bad.close()
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

    # as_completed yields awaitables in completion order
    coros = [job(n, d) for n, d in [("third", 0.3), ("first", 0.1), ("second", 0.2)]]
    for next_done in asyncio.as_completed(coros):
        print("completed:", await next_done)

    # with a timeout
    coros = [job("quick", 0.01), job("sluggish", 2)]
    try:
        for next_done in asyncio.as_completed(coros, timeout=0.5):
            print("completed:", await next_done)
    except TimeoutError:
        print("as_completed timed out")

    # exceptions come out of the awaitable
    for next_done in asyncio.as_completed([job("bad", 0, fail=True)]):
        try:
            await next_done
        except RuntimeError as e:
            print("RuntimeError:", e)


asyncio.run(main())

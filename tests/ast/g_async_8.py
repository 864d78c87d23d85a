# Timeouts, tasks and exception handling in async code
import asyncio


async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
    finally:
        print("cleanup", n)


async def main():
    task = asyncio.create_task(slow(10))
    try:
        await asyncio.wait_for(task, timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    done = await asyncio.wait_for(slow(0), 1)
    results = [r for r in await asyncio.gather(slow(0), slow(0))]
    print(done, results)


asyncio.run(main())

# An exception that escapes the main coroutine ends asyncio.run with a traceback.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 0:
        raise LookupError("nothing left")
    await step(n - 1)


async def main():
    print("starting")
    await asyncio.gather(step(2), asyncio.sleep(0.01))
    print("not reached")


asyncio.run(main())

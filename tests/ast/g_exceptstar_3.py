# Nested exception groups and re-raising from except*
import asyncio


async def worker(n):
    if n % 2:
        raise RuntimeError(f"worker {n} failed")
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(worker(n))
    except* RuntimeError as eg:
        print(len(eg.exceptions), "workers failed")
    except* (OSError, asyncio.CancelledError):
        raise


asyncio.run(main())

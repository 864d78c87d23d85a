# Sleeping tasks overlap: four tasks sleeping 0.1, 0.3, 0.2 and 0.4 s
# finish in about 0.4 s, in the order of their wake-up times.
import asyncio
import time


async def sleeper(i, seconds):
    print(f"task {i} sleeps {seconds}")
    await asyncio.sleep(seconds)
    print(f"task {i} woke")
    return seconds


async def main():
    start = time.monotonic()
    results = await asyncio.gather(*(sleeper(i, s) for i, s in enumerate([0.1, 0.3, 0.2, 0.4])))
    elapsed = time.monotonic() - start
    print("results in argument order:", results)
    print("overlapped:", 0.39 <= elapsed < 1.2)

    # the same with create_task and awaiting each
    start = time.monotonic()
    tasks = [asyncio.create_task(sleeper(i, s)) for i, s in enumerate([0.2, 0.1])]
    for t in tasks:
        await t
    print("overlapped:", 0.19 <= time.monotonic() - start < 0.9)

    # loop.time() follows the monotonic clock
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print("loop.time advanced:", loop.time() - t0 >= 0.05)

asyncio.run(main())

# asyncio.Queue: producers and consumers, join and task_done.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}:{item}")
        print(f"  {name} put {item} (size {q.qsize()})")
        await asyncio.sleep(0)


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        print(f"  {name} got {item}")
        seen.append(item)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", "ab"))
    await q.join()
    print("all processed:", sorted(seen))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    # nowait variants
    q = asyncio.Queue(1)
    q.put_nowait("x")
    print(q.full(), str(q))
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # a getter waits for an item
    q = asyncio.Queue()
    async def late_put():
        await asyncio.sleep(0.01)
        print("  putting")
        q.put_nowait("arrived")
    asyncio.create_task(late_put())
    print("waiting...")
    print(await q.get())

    # a full queue makes put() wait
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    async def getter():
        await asyncio.sleep(0.01)
        print("  getter takes", q.get_nowait())
    asyncio.create_task(getter())
    await q.put(2)
    print("second put done:", q.get_nowait())

    # wait_for on get() with a timeout leaves the queue usable
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", q.empty(), str(q))
    q.put_nowait("ok")
    print(await q.get())


asyncio.run(main())

# Lock, Event, Semaphore, BoundedSemaphore and Condition.
import asyncio


async def locked_section(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        print(f"  {name} holds the lock, locked={lock.locked()}")
        await asyncio.sleep(0.001)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print("lock:", lock.locked())
    log = []
    await asyncio.gather(*(locked_section(lock, n, log) for n in "ABC"))
    print(log)
    print("released:", lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(lock).endswith("[unlocked]>"))

    # Event
    event = asyncio.Event()
    async def waiter(name):
        print(f"  {name} waits")
        await event.wait()
        print(f"  {name} released")
        return name
    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("is_set:", event.is_set(), repr(event).endswith("[unset, waiters:2]>"))
    event.set()
    print(await asyncio.gather(*tasks))
    print("wait on a set event:", await event.wait())
    event.clear()
    print("cleared:", event.is_set())

    # Semaphore limits concurrency
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            print(f"  job {i} runs (active {active})")
            await asyncio.sleep(0)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak concurrency:", peak, "locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(f"  {name} takes {items.pop(0)}")
    consumers = [asyncio.create_task(consume(n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append("second")
        cond.notify_all()
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Barrier (3.11)
    barrier = asyncio.Barrier(3)
    async def party(i):
        await asyncio.sleep(i * 0.001)
        print(f"  party {i} arrives, waiting={barrier.n_waiting}")
        pos = await barrier.wait()
        return pos
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    print(barrier.parties, barrier.broken, repr(barrier).endswith("[filling, waiters:0/3]>"))


asyncio.run(main())

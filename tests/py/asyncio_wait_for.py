# asyncio.wait_for and asyncio.timeout: timeouts cancel the work.
import asyncio


async def slow(name, delay):
    try:
        print(f"  {name} working")
        await asyncio.sleep(delay)
        print(f"  {name} finished")
        return name
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    finally:
        print(f"  {name} cleanup")


async def main():
    print(await asyncio.wait_for(slow("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("too slow", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError:", type(e).__name__, type(e) is TimeoutError)
    print(await asyncio.wait_for(slow("no timeout", 0.01), None))

    # a timeout of zero or less
    try:
        await asyncio.wait_for(slow("zero", 1), 0)
    except TimeoutError:
        print("timed out at once")

    # wait_for on a task: the task is cancelled too
    task = asyncio.create_task(slow("task", 1))
    try:
        await asyncio.wait_for(task, 0.02)
    except TimeoutError:
        print("task cancelled:", task.cancelled())

    # shield protects the inner task from the timeout
    inner = asyncio.create_task(slow("shielded", 0.05))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("timed out; inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    # asyncio.timeout()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("  timeout active:", repr(cm).startswith("<Timeout [active]"))
            await slow("in timeout", 1)
    except TimeoutError:
        print("timeout expired:", cm.expired(), repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("not expired:", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("  rescheduled deadline hit")
            raise
    print("unreachable")


async def outer():
    try:
        await main()
    except TimeoutError:
        print("the rescheduled timeout raised TimeoutError")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at in the past expires at once")
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(outer())

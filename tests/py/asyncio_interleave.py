# The exact order in which tasks, callbacks and futures take turns.
import asyncio


async def chatty(name, steps):
    for i in range(steps):
        print(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def waiter(fut, name):
    print(f"{name} waits")
    v = await fut
    print(f"{name} got {v}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback scheduled before the tasks")
    a = asyncio.create_task(chatty("a", 3))
    b = asyncio.create_task(chatty("b", 2))
    loop.call_soon(print, "callback scheduled after the tasks")
    print("main before await")
    await asyncio.sleep(0)
    print("main after first yield")
    await a
    print("a finished; b done:", b.done())
    await b

    fut = loop.create_future()
    w1 = asyncio.create_task(waiter(fut, "w1"))
    w2 = asyncio.create_task(waiter(fut, "w2"))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("plain callback sees", f.result()))
    print("setting the result")
    fut.set_result("R")
    print("result set; nobody woke yet")
    await asyncio.gather(w1, w2)

    # a chain of tasks awaiting each other
    async def link(n):
        print(f"link {n} starts")
        if n:
            await asyncio.create_task(link(n - 1))
        print(f"link {n} ends")

    await link(3)

    # timers with equal delays fire in the order they were scheduled
    for i in range(4):
        loop.call_later(0.01, print, "timer", i)
    await asyncio.sleep(0.02)


asyncio.run(main())

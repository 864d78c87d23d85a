# Task objects: names, current_task, all_tasks, ensure_future, reprs.
import asyncio


async def child(n):
    await asyncio.sleep(0.15 * n)
    return n


async def main():
    me = asyncio.current_task()
    print(type(me), me.get_name(), me.done())
    print(repr(me).startswith("<Task pending name='Task-1' coro=<main() running at "))
    t = asyncio.create_task(child(1))
    named = asyncio.create_task(child(2), name="worker")
    print(t.get_name(), named.get_name())
    named.set_name(42)
    print(repr(named.get_name()))
    print(t.get_coro().__name__, t.get_loop() is asyncio.get_running_loop())
    print(sorted(task.get_name() for task in asyncio.all_tasks()))
    await t
    print(repr(t).startswith("<Task finished name='Task-2' coro=<child() done, defined at "),
          repr(t).endswith(" result=1>"))
    print(sorted(task.get_name() for task in asyncio.all_tasks()))
    await named

    # ensure_future wraps coroutines and awaitables in tasks
    fut = asyncio.ensure_future(child(0))
    print(type(fut).__name__, fut.get_name(), await fut)

    class Awaitable:
        def __await__(self):
            return child(0).__await__()

    wrapped = asyncio.ensure_future(Awaitable())
    print(type(wrapped).__name__, await wrapped)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    # Task() and create_task() need coroutines
    for bad in (42, child):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", str(e).split(" at 0x")[0])

    # Tasks do not support set_result/set_exception
    for method, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            method(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)

    # a task awaiting itself
    async def await_self():
        await asyncio.current_task()

    try:
        await asyncio.create_task(await_self())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    # bad yields inside a task
    class BadYield:
        def __await__(self):
            yield "not a future"

    try:
        await asyncio.create_task((lambda: (yield))() if False else bad_yield(BadYield()))
    except RuntimeError as e:
        print("RuntimeError:", e)

    # done callbacks on tasks
    t = asyncio.create_task(child(0))
    t.add_done_callback(lambda task: print("  done callback:", task.result()))
    await t
    await asyncio.sleep(0)

    # current_task() outside a task
    print(asyncio.current_task(asyncio.get_running_loop()).get_name())
    print("coroutine check:", asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))
    c = child(0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(42))
    c.close()


async def bad_yield(aw):
    await aw


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)

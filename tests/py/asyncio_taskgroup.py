# asyncio.TaskGroup (3.11): tasks that end together, errors as a group.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        print(f"  {name} done")
        return name
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01))
        print("inside the group:", repr(tg))
    print("results:", t1.result(), t2.result())

    # one failure cancels the rest and raises an ExceptionGroup
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.01, ValueError("bad input")))
            await asyncio.sleep(1)
            print("  body not resumed")
    except* ValueError as eg:
        print("caught:", type(eg).__name__, [repr(e) for e in eg.exceptions])

    # two failures collected
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0, KeyError("x")))
            tg.create_task(job("y", 0, IndexError("y")))
    except ExceptionGroup as eg:
        print(eg, sorted(type(e).__name__ for e in eg.exceptions))

    # an error in the body itself
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("victim", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error:", eg.exceptions)

    # names, and the group is single-use
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job("named", 0), name="my-task")
    print(t.get_name())
    try:
        tg.create_task(job("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

# Cancelling tasks: CancelledError inside the coroutine, cleanup, refusal.
import asyncio


async def worker(name):
    try:
        print(f"  {name} working")
        await asyncio.sleep(1)
        print(f"  {name} finished")
    except asyncio.CancelledError as e:
        print(f"  {name} got CancelledError{e.args}")
        raise
    finally:
        print(f"  {name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  stubborn ignores the cancellation")
    return "finished anyway"


async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel(), "cancelling:", t.cancelling())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done(), "cancel() again:", t.cancel())

    # cancelled before it ever ran
    t = asyncio.create_task(worker("never ran"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before running:", t.cancelled())

    # with a message
    t = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # a task can refuse
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("result:", await t, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())
    print("uncancel:", t.uncancel(), t.uncancel())

    # cancellation propagates through awaits
    async def middle():
        await worker("deep")

    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("middle cancelled:", t.cancelled())

    # the task that cancels itself
    async def self_cancel():
        asyncio.current_task().cancel()
        print("  still running until the next await")
        await asyncio.sleep(0)
        print("  not printed")

    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled")

    # result() and exception() of a cancelled task
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(method.__name__, "raises CancelledError")

    # catching CancelledError with except Exception does not work
    async def broad():
        try:
            await asyncio.sleep(1)
        except Exception:
            print("  not reached")

    t = asyncio.create_task(broad())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("except Exception does not catch CancelledError")


asyncio.run(main())

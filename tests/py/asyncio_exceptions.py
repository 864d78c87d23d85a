# Exceptions in tasks propagate to whoever awaits them; the loop's
# exception handler sees the ones nobody retrieves.
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()

    # awaiting a task re-raises its exception
    t = asyncio.create_task(fail("from task"))
    try:
        await t
    except ValueError as e:
        print("caught:", e, "| task done:", t.done(), "exception:", repr(t.exception()))

    # exception chaining through awaits
    async def wrapper():
        try:
            await fail("inner")
        except ValueError as e:
            raise RuntimeError("outer") from e

    try:
        await wrapper()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    # the traceback goes through the coroutine frames
    try:
        await asyncio.create_task(wrapper())
    except RuntimeError as e:
        tb, names = e.__traceback__, []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("frames:", [n for n in names if n in ("main", "wrapper", "fail")])

    # a custom exception handler sees unretrieved exceptions and failing callbacks
    def handler(loop, context):
        exc = context.get("exception")
        print("  handler:", context["message"].split(" at ")[0], "|", repr(exc),
              "|", sorted(k for k in context if k not in ("message", "exception")))

    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    def bad_callback():
        raise KeyError("in callback")

    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print("the loop survived the failing callback")

    t = asyncio.create_task(fail("never retrieved"))
    await asyncio.sleep(0.01)
    del t
    print("dropped the failed task")

    f = loop.create_future()
    f.set_exception(OSError("future never retrieved"))
    del f

    # retrieving the exception silences it
    t = asyncio.create_task(fail("retrieved"))
    await asyncio.sleep(0.01)
    t.exception()
    del t

    # call_exception_handler directly
    loop.call_exception_handler({"message": "custom message", "extra": 1})

    # the default handler again
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    # exceptions that end the loop: SystemExit from a task
    return "main ends"


print(asyncio.run(main()))

# KeyboardInterrupt-like BaseExceptions propagate out of run()
async def exits():
    raise SystemExit(3)

try:
    asyncio.run(exits())
except SystemExit as e:
    print("SystemExit", e.code)

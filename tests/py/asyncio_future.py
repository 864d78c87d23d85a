# asyncio.Future: result, exception, cancel, done, callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut), fut)
    print(fut.done(), fut.cancelled(), fut.get_loop() is loop)
    for method in (fut.result, fut.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)

    def on_done(f):
        print("  callback sees", f)

    fut.add_done_callback(on_done)
    fut.add_done_callback(lambda f: print("  lambda callback"))
    print(len(fut._callbacks), "callbacks")
    loop.call_soon(fut.set_result, 42)
    print("awaited:", await fut)
    print(fut, fut.result(), fut.exception())
    await asyncio.sleep(0)      # the callbacks run in the next iteration
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    # exceptions
    bad = loop.create_future()
    bad.set_exception(ValueError("broken"))
    print(bad, repr(bad.exception()))
    try:
        await bad
    except ValueError as e:
        print("await raised:", e)
    cls = loop.create_future()
    cls.set_exception(KeyError)          # a class is instantiated
    print(repr(cls.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    # cancel
    c = loop.create_future()
    c.add_done_callback(lambda f: print("  cancelled callback, cancelled =", f.cancelled()))
    print(c.cancel(), c.cancel(), c.cancelled(), c.done(), c)
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    m = loop.create_future()
    m.cancel(msg="with a reason")
    try:
        await m
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    done = loop.create_future()
    done.set_result(None)
    print("cancel a done future:", done.cancel())

    # a callback added to a done future is scheduled at once
    done.add_done_callback(lambda f: print("  late callback"))
    await asyncio.sleep(0)

    # remove_done_callback
    r = loop.create_future()
    r.add_done_callback(on_done)
    r.add_done_callback(on_done)
    print("removed", r.remove_done_callback(on_done), r.remove_done_callback(on_done))
    r.set_result("quiet")
    await asyncio.sleep(0)

    # isfuture, wrap in a task with ensure_future
    print(asyncio.isfuture(fut), asyncio.isfuture(42), asyncio.ensure_future(fut) is fut)
    print(asyncio.Future is type(fut), issubclass(asyncio.Task, asyncio.Future))

    # a Future made outside a coroutine, bound to the loop given
    f2 = asyncio.Future(loop=loop)
    loop.call_later(0.01, f2.set_result, "later")
    print(await f2)

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())

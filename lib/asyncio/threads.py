"""High-level support for working with threads in asyncio"""

__all__ = "to_thread",

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread.

    Any *args and **kwargs supplied for this function are directly passed
    to *func*.

    Return a coroutine that can be awaited to get the eventual result of *func*.
    """
    # (CPython runs func in a copy of the current contextvars context;
    # minipy has no contextvars.)
    loop = events.get_running_loop()
    if kwargs:
        def func_call():
            return func(*args, **kwargs)
    else:
        def func_call():
            return func(*args)
    return await loop.run_in_executor(None, func_call)

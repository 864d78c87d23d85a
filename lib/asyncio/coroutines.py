"""Telling coroutines and coroutine functions apart."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

# The flags of code objects (inspect.CO_COROUTINE, CO_ITERABLE_COROUTINE).
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# A marker for iscoroutinefunction.
_is_coroutine = object()


async def _coro():
    pass


_c = _coro()
_CoroutineType = type(_c)
_c.close()
del _c


def _gen():
    yield


_GeneratorType = type(_gen())


def _unwrap_function(func):
    # What inspect.iscoroutinefunction looks through: bound methods and
    # functools.partial objects.
    while True:
        if hasattr(func, '__func__') and hasattr(func, '__self__'):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    f = _unwrap_function(func)
    code = getattr(f, '__code__', None)
    if code is not None and type(f).__name__ == 'function' and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def _has_methods(cls, *names):
    # collections.abc's subclass hooks: each method defined along the MRO
    # and not set to None.
    for name in names:
        for base in cls.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    # Coroutines, generators (the old generator-based coroutines), and
    # anything with the methods of collections.abc.Coroutine.
    cls = type(obj)
    if cls is _CoroutineType or cls is _GeneratorType:
        return True
    return _has_methods(cls, '__await__', 'send', 'throw', 'close')


def _isawaitable(obj):
    # inspect.isawaitable
    cls = type(obj)
    if cls is _CoroutineType:
        return True
    if cls is _GeneratorType:
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return _has_methods(cls, '__await__')


def _format_coroutine(coro):
    # How a task's repr shows its coroutine: "main() running at f.py:3"
    # or "main() done, defined at f.py:1".
    def get_name(coro):
        if hasattr(coro, '__qualname__') and coro.__qualname__:
            coro_name = coro.__qualname__
        elif hasattr(coro, '__name__') and coro.__name__:
            coro_name = coro.__name__
        else:
            coro_name = f'<{type(coro).__name__} without __name__>'
        return f'{coro_name}()'

    def is_running(coro):
        try:
            return coro.cr_running
        except AttributeError:
            try:
                return coro.gi_running
            except AttributeError:
                return False

    coro_code = None
    if hasattr(coro, 'cr_code') and coro.cr_code:
        coro_code = coro.cr_code
    elif hasattr(coro, 'gi_code') and coro.gi_code:
        coro_code = coro.gi_code

    coro_name = get_name(coro)
    if not coro_code:
        if is_running(coro):
            return f'{coro_name} running'
        return coro_name

    coro_frame = None
    if hasattr(coro, 'gi_frame') and coro.gi_frame:
        coro_frame = coro.gi_frame
    elif hasattr(coro, 'cr_frame') and coro.cr_frame:
        coro_frame = coro.cr_frame

    filename = coro_code.co_filename or '<empty co_filename>'
    if coro_frame is not None:
        return f'{coro_name} running at {filename}:{coro_frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{coro_code.co_firstlineno}'

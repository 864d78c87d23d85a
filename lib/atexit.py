"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

# minipy: written in Python (CPython's is in C).  At exit, after
# threading's non-daemon threads are joined, the interpreter calls
# _run_exitfuncs() if the program imported this module
# (src/vm/lifecycle.c), as CPython does.

import sys as _sys

# (func, args, kwargs), in the order they were registered.
_exithandlers = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered"""
    # Every registration of func goes, compared with ==, as CPython does.
    _exithandlers[:] = [h for h in _exithandlers if not h[0] == func]


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with sys.unraisablehook."""
    # Newest first; an exception is reported and the others still run.
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException:
            exc_type, exc, tb = _sys.exc_info()
            _report(func, exc_type, exc, tb)
            exc = tb = None


def _report(func, exc_type, exc, tb):
    # "Exception ignored in atexit callback: <func>" and the traceback,
    # as CPython's unraisable hook writes it.
    stderr = _sys.stderr
    if stderr is None:
        return
    try:
        where = repr(func)
    except Exception:
        where = "<object repr() failed>"
    _sys.stdout.flush()
    stderr.write("Exception ignored in atexit callback: %s\n" % where)
    stderr.flush()
    _sys.excepthook(exc_type, exc, tb)


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)

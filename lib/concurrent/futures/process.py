"""ProcessPoolExecutor: not supported by minipy."""

# CPython's runs calls in worker processes, sending them and their results
# through pipes with pickle; minipy has neither the pickling of functions
# nor the inter-process queues this needs.

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "minipy does not support ProcessPoolExecutor: "
            "use concurrent.futures.ThreadPoolExecutor, or multiprocessing.Process")

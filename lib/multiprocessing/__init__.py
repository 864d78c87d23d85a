#
# Package analogous to 'threading.py' but using processes
#

# minipy: processes made with fork() (the only start method), as
# multiprocessing.Process, current_process(), parent_process(),
# active_children() and cpu_count().  What needs data passed between
# processes (Pool, Queue, Pipe, Manager, shared Value and Array, locks
# shared by processes) is not supported: those names raise
# NotImplementedError when used, saying so.

import os
import sys

from multiprocessing.process import (Process, current_process, parent_process,
                                     active_children)

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore',
    'BufferTooShort', 'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager',
    'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue', 'RLock', 'RawArray',
    'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value',
    'active_children', 'cpu_count', 'current_process', 'freeze_support',
    'get_all_start_methods', 'get_context', 'get_start_method',
    'parent_process', 'set_start_method',
]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    '''Returns the number of CPUs in the system'''
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    else:
        return num


def freeze_support():
    '''Check whether this is a fake forked process in a frozen executable.
    If so then run code specified by commandline and exit.
    '''
    # Only Windows executables need this; elsewhere it does nothing.
    pass


def get_all_start_methods():
    # fork is the only one minipy has.
    return ['fork']


def get_start_method(allow_none=False):
    return 'fork'


def set_start_method(method, force=False):
    if method is None or method == 'fork':
        return
    if method in ('spawn', 'forkserver'):
        raise NotImplementedError(
            "minipy's multiprocessing starts processes with fork only, not %r" % method)
    raise ValueError('cannot find context for %r' % method)


class _ForkContext:
    # What get_context() returns: the module's functions for the one
    # start method there is.
    _name = 'fork'

    def __getattr__(self, name):
        if name in __all__:
            return globals()[name]
        raise AttributeError(name)

    def get_start_method(self, allow_none=False):
        return self._name

    def __repr__(self):
        return '<multiprocessing.context.ForkContext object at %#x>' % id(self)


_fork_context = _ForkContext()


def get_context(method=None):
    if method is None or method == 'fork':
        return _fork_context
    set_start_method(method)


def _unsupported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(
            "minipy's multiprocessing supports Process only: "
            "multiprocessing.%s is not implemented" % name)
    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


# Everything that passes data or locks between processes.
Pool = _unsupported('Pool')
Queue = _unsupported('Queue')
SimpleQueue = _unsupported('SimpleQueue')
JoinableQueue = _unsupported('JoinableQueue')
Pipe = _unsupported('Pipe')
Manager = _unsupported('Manager')
Lock = _unsupported('Lock')
RLock = _unsupported('RLock')
Semaphore = _unsupported('Semaphore')
BoundedSemaphore = _unsupported('BoundedSemaphore')
Condition = _unsupported('Condition')
Event = _unsupported('Event')
Barrier = _unsupported('Barrier')
Value = _unsupported('Value')
Array = _unsupported('Array')
RawValue = _unsupported('RawValue')
RawArray = _unsupported('RawArray')

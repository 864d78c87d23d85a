"""The event loop and policy asyncio uses on Unix."""

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
)

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """Unix event loop.

    (CPython's selects on sockets, pipes and signals; minipy's has no I/O to
    watch: see base_events.)
    """


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy"""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

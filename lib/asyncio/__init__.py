"""The asyncio package, tracking PEP 3156."""

# minipy's asyncio: the event loop, futures, tasks and their tools, the
# synchronization primitives and queues, written in Python over minipy's
# coroutines, behaving as CPython 3.11's (the same scheduling order, so the
# same interleaving of output).  There is no networking (streams,
# transports, subprocesses): the loop only runs callbacks and timers.

import sys

# This relies on each of the submodules having an __all__ variable.
from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .streams import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           unix_events.__all__)

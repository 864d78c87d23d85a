"""Functions to convert between Python values and C structs.

The work is done by the _struct module, written in C; this module only
gives it its public name, as CPython's struct.py does.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]

from _struct import *
from _struct import _clearcache
from _struct import __doc__

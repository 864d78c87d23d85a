"""The Abstract Base Classes of containers (written in _collections_abc)."""
from _collections_abc import *
from _collections_abc import __all__

# Warnings from a module: named by its path, with its source line; a
# stacklevel of 2 points at the caller (<string> under -c: no line).
import warnings

warnings.warn("at import")


def deprecated():
    warnings.warn("deprecated() is deprecated", DeprecationWarning, stacklevel=2)

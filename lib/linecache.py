"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.

minipy's version: source files are read as UTF-8 (no coding cookies); the
modules embedded in the interpreter (its lib/, whose files are named
<minipy>/lib/...) are read through _imp.find_source.  module_globals is
accepted and not needed.  There is no lazycache().
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache"]


# filename -> (size, mtime, lines, fullname); mtime is None for a source
# that came from the interpreter rather than from a file.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        size, mtime, lines, fullname = cache[filename]
        if mtime is None:
            continue    # nothing on disk to compare with
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


# Where the modules embedded in the interpreter say they come from.
_EMBEDDED_PREFIX = '<minipy>/lib/'


def _embedded_source(filename):
    """The source of the embedded module filename names, or None."""
    if not filename.startswith(_EMBEDDED_PREFIX) or not filename.endswith('.py'):
        return None
    parts = filename[len(_EMBEDDED_PREFIX):-3].split('/')
    if parts[-1] == '__init__':
        parts.pop()
    try:
        import _imp
        found, source, is_package = _imp.find_source('.'.join(parts))
    except Exception:
        return None
    if found != filename:
        return None     # a module of the same name on sys.path
    return source.decode('utf-8', 'replace')


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except (OSError, TypeError, ValueError):
        data = _embedded_source(filename) if isinstance(filename, str) else None
        if data is not None:
            lines = [line + '\n' for line in data.splitlines()]
            cache[filename] = len(data), None, lines, fullname
            return lines
        if not isinstance(filename, str) or os.path.isabs(filename):
            return []
        # A relative name: look for it along the module search path.
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
                stat = os.stat(fullname)
                break
            except (OSError, TypeError, AttributeError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, encoding='utf-8') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines

"""Support for regular expressions (RE), as CPython 3.11's re module.

The pattern is parsed (_parser.py) and compiled (_compiler.py) in Python
into a program that the _sre engine, written in C, runs.  Pattern and
Match are Python classes here (C types in CPython) with the same names,
methods and reprs.
"""

import enum
import sys
import _sre
from . import _compiler, _parser
from ._constants import error, MAXREPEAT

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
    'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
    'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256             # assume ascii "locale"
    IGNORECASE = I = 2          # ignore case
    LOCALE = L = 4              # assume current 8-bit locale
    UNICODE = U = 32            # assume unicode "locale"
    MULTILINE = M = 8           # make anchors look for newline
    DOTALL = S = 16             # make dot match newline
    VERBOSE = X = 64            # ignore whitespace and comments
    __str__ = object.__str__


# The engine's modes (src/modules/_sre.c).
_MATCH, _FULLMATCH, _SEARCH, _MUST_ADVANCE = 0, 1, 2, 4


def _piece(string, start, end):
    """string[start:end] as CPython's getslice gives it: bytes for any
    bytes-like subject (a bytearray or memoryview too), str for a str."""
    piece = string[start:end]
    if type(piece) is not str and type(piece) is not bytes:
        piece = bytes(piece)
    return piece


def _check_string(pattern, string):
    if isinstance(string, str):
        if not pattern._istext:
            raise TypeError('cannot use a bytes pattern on a string-like object')
    elif isinstance(string, (bytes, bytearray, memoryview)):
        if pattern._istext:
            raise TypeError('cannot use a string pattern on a bytes-like object')
    else:
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        self._program, parsed = _compiler.compile(pattern, flags)
        self._istext = isinstance(pattern, str)
        self._uni = 1 if self._istext and not parsed.state.flags & ASCII else 0
        self.pattern = pattern
        self.flags = int(parsed.state.flags)
        self.groups = parsed.state.groups - 1
        self._groupindex = dict(parsed.state.groupdict)
        self._names = {index: name for name, index in self._groupindex.items()}

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if self._istext:
            flags &= ~UNICODE  # implied for str patterns, left out as CPython does
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return 're.compile(%s)' % text
        return 're.compile(%s, %s)' % (text, repr(RegexFlag(flags)))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _run(self, string, pos, endpos, mode, wide=None):
        _check_string(self, string)
        # The engine reads str, bytes and bytearray; a memoryview is read
        # from a copy of its bytes (the match keeps the view itself).
        subject = string.tobytes() if type(string) is memoryview else string
        marks = _sre.match(self._program, subject, pos, endpos, mode, self._uni, wide)
        if marks is None:
            return None
        return Match(self, string, pos, endpos, marks)

    def match(self, string, pos=0, endpos=sys.maxsize):
        """Matches zero or more characters at the beginning of the string."""
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        """Matches against all of the string."""
        return self._run(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=sys.maxsize):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches."""
        return self._run(string, pos, endpos, _SEARCH)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

        For each match, the iterator returns a match object."""
        _check_string(self, string)
        return _finditer(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        """Return a list of all non-overlapping matches of pattern in string."""
        result = []
        empty = '' if self._istext else b''
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) if m.group(1) is not None else empty)
            else:
                result.append(tuple(g if g is not None else empty for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        _check_string(self, string)
        result = []
        last = 0
        for m in _finditer(self, string, 0, sys.maxsize):
            if maxsplit and len(result) // (self.groups + 1) >= maxsplit:
                break
            result.append(_piece(string, last, m.start()))
            result.extend(m.groups())
            last = m.end()
        result.append(_piece(string, last, len(string)))
        return result

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        _check_string(self, string)
        if callable(repl):
            expand = repl
        else:
            if not isinstance(repl, (str, bytes, bytearray)):
                raise TypeError('decoding to str: need a bytes-like object, %s found'
                                % type(repl).__name__)
            # A template of the other kind fails in the join below, as in CPython.
            if isinstance(repl, str) == self._istext and ('\\' if self._istext else b'\\') in repl:
                template = _compile_template(self, repl)
                expand = lambda m: _expand_template(template, m)
            else:
                expand = lambda m: repl
        pieces = []
        last = 0
        n = 0
        for m in _finditer(self, string, 0, sys.maxsize):
            if count and n >= count:
                break
            if last < m.start():
                pieces.append(string[last:m.start()])
            piece = expand(m)
            if piece:
                pieces.append(piece)
            last = m.end()
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        empty = '' if self._istext else b''
        return empty.join(pieces), n

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        raise NotImplementedError('minipy does not support Pattern.scanner()')


Pattern.__module__ = 're'


class _MappingProxy:
    """A read-only view of a dict (CPython's mappingproxy)."""
    # A real mappingproxy can only wrap a class's dict in minipy.

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


def _finditer(pattern, string, pos, endpos):
    mode = _SEARCH
    # The engine reads a non-ASCII str from a UTF-32 copy made once here,
    # not decoding it again for each match.
    wide = None
    if isinstance(string, str) and not string.isascii():
        wide = string.encode('utf-32-le', 'surrogatepass')
    while True:
        m = pattern._run(string, pos, endpos, mode, wide)
        if m is None:
            return
        yield m
        pos = m.end()
        # After an empty match, the next one may not be empty at the same place.
        mode = _SEARCH | _MUST_ADVANCE if m.start() == pos else _SEARCH


class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""

    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        length = len(string)
        pos = min(max(pos, 0), length)
        self.pos = pos
        self.endpos = min(max(endpos, pos), length)
        self._marks = marks[1:]
        self.lastindex = marks[0] if marks[0] > 0 else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool) or hasattr(group, '__index__') and not isinstance(group, str):
            try:
                index = group.__index__()
            except (AttributeError, TypeError):
                index = -1
            if 0 <= index <= self.re.groups:
                return index
        elif isinstance(group, (str, bytes)):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, index, default=None):
        start = self._marks[2 * index]
        end = self._marks[2 * index + 1]
        if start < 0 or end < 0:
            return default
        return _piece(self.string, start, end)

    def group(self, *groups):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1.

          default
            Is used for groups that did not participate in the match."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

          default
            Is used for groups that did not participate in the match."""
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        index = self._index(group)
        return self._marks[2 * index], self._marks[2 * index + 1]

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        return _expand_template(_compile_template(self.re, template), self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'


def _compile_template(pattern, repl):
    return _parser.parse_template(repl, pattern)


def _expand_template(template, match):
    empty = '' if match.re._istext else b''
    pieces = []
    for item in template:
        if isinstance(item, int):
            text = match.group(item)
            if text is not None:
                pieces.append(text)
        else:
            pieces.append(item)
    return empty.join(pieces)


# --------------------------------------------------------------------
# the module-level functions

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


# Characters escape() puts a backslash before (CPython 3.7+'s set).
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass  # an unhashable pattern: the checks below explain
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry.
        del _cache[next(iter(_cache))]
    _cache[type(pattern), pattern, flags] = p
    return p

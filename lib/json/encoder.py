"""Implementation of JSONEncoder (minipy's json.encoder).

CPython's json.encoder escapes strings with regular expressions or its C
accelerator; minipy uses str.translate, which does the same work in C.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# The escapes every JSON string needs: the quote, the backslash, and the
# control characters (the usual five have short forms).
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

# str.translate tables: code point -> replacement text.
_ESCAPE_TABLE = {ord(ch): text for ch, text in ESCAPE_DCT.items()}
_ESCAPE_ASCII_TABLE = dict(_ESCAPE_TABLE)
_ESCAPE_ASCII_TABLE[0x7f] = '\\u007f'


def encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _escape_non_ascii(ch):
    n = ord(ch)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    # Beyond the BMP, JSON spells a character as a UTF-16 surrogate pair.
    n -= 0x10000
    high = 0xd800 | ((n >> 10) & 0x3ff)
    low = 0xdc00 | (n & 0x3ff)
    return '\\u{0:04x}\\u{1:04x}'.format(high, low)


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    if s.isascii():
        return '"' + s.translate(_ESCAPE_ASCII_TABLE) + '"'
    parts = []
    for ch in s:
        if ch > '~':
            parts.append(_escape_non_ascii(ch))
        else:
            parts.append(_ESCAPE_ASCII_TABLE.get(ord(ch), ch))
    return '"' + ''.join(parts) + '"'


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults.

        skipkeys: skip dict keys that are not str, int, float, bool or None
        (otherwise TypeError).  ensure_ascii: escape every non-ASCII
        character.  check_circular: detect circular references (otherwise
        they end in RecursionError).  allow_nan: write NaN, Infinity and
        -Infinity (otherwise ValueError).  sort_keys: write dicts sorted by
        key.  indent: a number of spaces or a string to pretty-print with.
        separators: an (item_separator, key_separator) tuple.  default: a
        function returning a serializable version of any other object.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing spaces at the ends of indented lines.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        try:
            return ''.join(list(self.iterencode(o, _one_shot=True)))
        except RecursionError:
            if self.indent is not None:
                raise
            # The message of CPython's one-shot encoder (C code).
            raise RecursionError('maximum recursion depth exceeded while '
                                 'encoding a JSON object') from None

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        # CPython's one-shot encoder (C code) reports an out-of-range float
        # without its value; the iterative one (Python code) adds its repr.
        return _Encoding(self, _one_shot and self.indent is None).chunks(o)


class _Encoding:
    """The state of one encoding run: the options, and the ids of the
    containers being encoded (to detect circular references)."""

    def __init__(self, encoder, terse_errors):
        self.default = encoder.default
        self.markers = {} if encoder.check_circular else None
        if encoder.ensure_ascii:
            self.encode_str = encode_basestring_ascii
        else:
            self.encode_str = encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        self.terse_errors = terse_errors

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            # float.__repr__, not repr(): a float subclass's own __repr__
            # must not change the JSON.
            return float.__repr__(o)
        if not self.allow_nan:
            msg = 'Out of range float values are not JSON compliant'
            if not self.terse_errors:
                msg += ': ' + repr(o)
            raise ValueError(msg)
        return text

    def scalar(self, o):
        """The JSON text of a str, None, bool, int or float, else None."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            # int.__repr__ for the same reason as float.__repr__ above.
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def chunks(self, o, level=0):
        """Yield the JSON text of o in pieces."""
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            # Anything else goes through default(), which returns something
            # serializable (or raises TypeError).
            self.enter(o)
            yield from self.chunks(self.default(o), level)
            self.leave(o)

    def newline(self, level):
        """The line break and indentation before an item at this nesting
        level, or None when not indenting."""
        if self.indent is None:
            return None
        return '\n' + self.indent * level

    def list_chunks(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        newline = self.newline(level + 1)
        if newline is None:
            prefix = '['
            separator = self.item_separator
        else:
            prefix = '[' + newline
            separator = self.item_separator + newline
        for value in lst:
            text = self.scalar(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.chunks(value, level + 1)
            prefix = separator
        if newline is not None:
            yield self.newline(level)
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        """The JSON text of a dict key, or None to skip it."""
        if isinstance(key, str):
            return self.encode_str(key)
        # JavaScript is weakly typed for these, so JSON encoders accept
        # numbers, booleans and None as keys and write them as strings.
        if isinstance(key, float):
            text = self.floatstr(key)
        elif key is True:
            text = 'true'
        elif key is False:
            text = 'false'
        elif key is None:
            text = 'null'
        elif isinstance(key, int):
            text = int.__repr__(key)
        elif self.skipkeys:
            return None
        else:
            raise TypeError(f'keys must be str, int, float, bool or None, '
                            f'not {key.__class__.__name__}')
        return self.encode_str(text)

    def dict_chunks(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        newline = self.newline(level + 1)
        separator = self.item_separator
        if newline is not None:
            yield newline
            separator += newline
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield key
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.chunks(value, level + 1)
        if newline is not None:
            yield self.newline(level)
        yield '}'
        self.leave(dct)

"""Implementation of JSONDecoder (minipy's json.decoder).

CPython scans JSON with a C accelerator (_json.scanner) and falls back on
regular expressions; minipy has neither, so this module scans the text by
hand.  Its results, error messages and error positions are those of the C
scanner, which is what CPython 3.11 runs by default.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

# The only whitespace JSON allows between tokens.
_WHITESPACE = ' \t\n\r'

# Characters a string may not hold literally when strict is true.
_CONTROL = frozenset(chr(i) for i in range(0x20))

_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEXDIGITS = '0123456789abcdefABCDEF'


def _skip_ws(s, end):
    """Return the index of the first non-whitespace character at or after end."""
    n = len(s)
    while end < n and s[end] in _WHITESPACE:
        end += 1
    return end


class _Document:
    """A JSON text made ready for scanning by index.

    minipy finds the i-th character of a non-ASCII str by walking from its
    start, so scanning such a text index by index would take quadratic
    time.  Instead the scanner reads an ASCII stand-in, `text`, in which
    every non-ASCII character is replaced by '?' (a character that plays no
    part in JSON's syntax, so every position and error is the same), and
    takes the characters of strings from a list of the real ones."""

    def __init__(self, doc):
        self.doc = doc
        if doc.isascii():
            self.text = doc
            self.chars = None
        else:
            self.text = doc.encode('ascii', 'replace').decode('ascii')
            self.chars = list(doc)

    def slice(self, start, stop):
        piece = self.text[start:stop]
        if self.chars is not None and '?' in piece:
            return ''.join(self.chars[start:stop])
        return piece


def _hex4(s, pos):
    """The value of the four hex digits at s[pos:pos+4], or None.

    int(x, 16) would also take signs, underscores and spaces, which the
    C scanner rejects, so every digit is checked first."""
    digits = s[pos:pos + 4]
    for ch in digits:
        if ch not in _HEXDIGITS:
            return None
    return int(digits, 16)


def _scanstring(d, end, strict):
    """scanstring on a _Document."""
    s = d.text
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    begin = end - 1
    chunks = []
    while True:
        # The next quote or backslash ends the plain run of characters
        # (the backslash is looked for only before the quote, so that each
        # string costs its own length, not the rest of the document's).
        stop = s.find('"', end)
        if stop < 0:
            stop = n
        backslash = s.find('\\', end, stop)
        if backslash >= 0:
            stop = backslash
        plain = s[end:stop]
        if strict and not _CONTROL.isdisjoint(plain):
            for i, ch in enumerate(plain):
                if ch in _CONTROL:
                    raise JSONDecodeError('Invalid control character at',
                                          d.doc, end + i)
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at',
                                  d.doc, begin)
        if plain:
            chunks.append(d.slice(end, stop))
        if s[stop] == '"':
            return ''.join(chunks), stop + 1
        # A backslash: decode one escape sequence.
        pos = stop + 1
        if pos == n:
            raise JSONDecodeError('Unterminated string starting at',
                                  d.doc, begin)
        esc = s[pos]
        if esc != 'u':
            try:
                chunks.append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', d.doc, stop) from None
            end = pos + 1
            continue
        # \uXXXX; the C scanner wants at least one character after it.
        if pos + 5 >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', d.doc, pos)
        code = _hex4(s, pos + 1)
        if code is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', d.doc, pos)
        end = pos + 5
        # A high surrogate followed by \u and a low surrogate is one
        # character; any other second escape is decoded on its own.
        if (0xd800 <= code <= 0xdbff and end + 6 < n
                and s[end] == '\\' and s[end + 1] == 'u'):
            low = _hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', d.doc, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    return _scanstring(_Document(s), end, strict)


def _match_number(s, start):
    """Scan a JSON number at s[start]: return (text, is_float, end), or
    None when no number starts there."""
    n = len(s)
    idx = start
    if idx < n and s[idx] == '-':
        idx += 1
    if idx >= n:
        return None
    ch = s[idx]
    if '1' <= ch <= '9':
        idx += 1
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    elif ch == '0':
        # A leading zero stands alone: "012" is 0 followed by extra data.
        idx += 1
    else:
        return None
    is_float = False
    if idx + 1 < n and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
        is_float = True
        idx += 2
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
    if idx + 1 < n and s[idx] in 'eE':
        # An exponent counts only if it has digits; otherwise back off.
        exp = idx + 1
        if exp + 1 < n and s[exp] in '+-':
            exp += 1
        digits = exp
        while digits < n and '0' <= s[digits] <= '9':
            digits += 1
        if digits > exp:
            is_float = True
            idx = digits
    return s[start:idx], is_float, idx


def _scan_value(scan, d, end):
    """The value at end, scanned with scan(d, end); "Expecting value" when
    there is none."""
    try:
        return scan(d, end)
    except StopIteration as err:
        raise JSONDecodeError('Expecting value', d.doc, err.value) from None


def _parse_object(d, end, strict, scan, object_hook, object_pairs_hook, memo):
    """The members of a JSON object in the _Document d, from just after
    its '{': (object, index after the '}')."""
    s = d.text
    n = len(s)
    pairs = []
    end = _skip_ws(s, end)
    if end < n and s[end] == '}':
        end += 1
    else:
        while True:
            if end >= n or s[end] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes',
                    d.doc, end)
            key, end = _scanstring(d, end + 1, strict)
            # Equal keys share one string object, as CPython's memo does.
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if end >= n or s[end] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", d.doc, end)
            value, end = _scan_value(scan, d, _skip_ws(s, end + 1))
            pairs.append((key, value))
            end = _skip_ws(s, end)
            if end < n and s[end] == '}':
                end += 1
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", d.doc, end)
            end = _skip_ws(s, end + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def _parse_array(d, end, scan):
    """The items of a JSON array in the _Document d, from just after its
    '[': (list, index after the ']')."""
    s = d.text
    n = len(s)
    values = []
    end = _skip_ws(s, end)
    if end < n and s[end] == ']':
        return values, end + 1
    while True:
        value, end = _scan_value(scan, d, end)
        values.append(value)
        end = _skip_ws(s, end)
        if end < n and s[end] == ']':
            return values, end + 1
        if end >= n or s[end] != ',':
            raise JSONDecodeError("Expecting ',' delimiter", d.doc, end)
        end = _skip_ws(s, end + 1)


def _public_scan(scan_once):
    """A scan function over _Documents that calls the public
    scan_once(string, idx)."""
    return lambda d, idx: scan_once(d.doc, idx)


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Decode the members of a JSON object; s_and_end is (s, end) with end
    just after the '{', and scan_once(s, idx) decodes each value.
    Returns (object, index after the '}')."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    return _parse_object(_Document(s), end, strict, _public_scan(scan_once),
                         object_hook, object_pairs_hook, memo)


def JSONArray(s_and_end, scan_once):
    """Decode the items of a JSON array; s_and_end is (s, end) with end just
    after the '[', and scan_once(s, idx) decodes each value.
    Returns (list, index after the ']')."""
    s, end = s_and_end
    return _parse_array(_Document(s), end, _public_scan(scan_once))


def _recursion_error(err, kind):
    """Re-raise a RecursionError met while decoding a nested JSON object or
    array with the C scanner's message, naming the innermost one."""
    if 'while decoding a JSON' in str(err):
        raise err
    raise RecursionError('maximum recursion depth exceeded while decoding '
                         'a JSON %s from a unicode string' % kind) from None


class Scanner:
    """scan_once(string, idx) -> (value, end) for the JSON value at idx.

    Raises StopIteration(idx) when no value starts at idx (the decoder turns
    it into "Expecting value").  The options are read from the decoder
    when the scanner is made, as CPython's C scanner does."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = context.memo

    def __call__(self, string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %s'
                            % type(string).__name__)
        try:
            return self._scan(_Document(string), idx)
        finally:
            self.memo.clear()

    def _scan(self, d, idx):
        s = d.text
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= len(s):
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return _scanstring(d, idx + 1, self.strict)
        if ch == '{':
            try:
                return _parse_object(d, idx + 1, self.strict, self._scan,
                                     self.object_hook, self.object_pairs_hook,
                                     self.memo)
            except RecursionError as err:
                _recursion_error(err, 'object')
        if ch == '[':
            try:
                return _parse_array(d, idx + 1, self._scan)
            except RecursionError as err:
                _recursion_error(err, 'array')
        if ch == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if ch == 't' and s.startswith('true', idx):
            return True, idx + 4
        if ch == 'f' and s.startswith('false', idx):
            return False, idx + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if ch == name[0] and s.startswith(name, idx):
                return self.parse_constant(name), idx + len(name)
        number = _match_number(s, idx)
        if number is None:
            raise StopIteration(idx)
        text, is_float, end = number
        if is_float:
            return self.parse_float(text), end
        return self.parse_int(text), end


make_scanner = Scanner


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """``object_hook`` is called with the result of every JSON object
        decoded (a dict) and its return value is used instead of the dict.
        ``object_pairs_hook`` is called with the ordered list of pairs
        instead, and takes priority over ``object_hook``.
        ``parse_float``, ``parse_int`` and ``parse_constant`` are called with
        the text of every float, int and NaN/Infinity/-Infinity.
        If ``strict`` is false, control characters are allowed in strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        # The messages of the regular expression CPython skips spaces with.
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        if not isinstance(s, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(s).__name__)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end

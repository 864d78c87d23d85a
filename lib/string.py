"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

# minipy's string module.  CPython's Template finds its placeholders with a
# regular expression, and minipy has no re module: here a small scanner
# does what that pattern does (an escaped delimiter, $identifier,
# ${identifier}, or an invalid placeholder), so a Template subclass may
# change its delimiter but not its patterns.  Formatter parses format
# strings in Python, as CPython's C helpers in _string do for it.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
_sentinel_dict = {}

_ID_FIRST = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


def _identifier_end(text, i):
    # Where the ASCII identifier starting at text[i] ends (i if there is
    # none): the default idpattern, (?a:[_a-z][_a-z0-9]*) ignoring case.
    n = len(text)
    if i >= n or text[i] not in _ID_FIRST:
        return i
    i += 1
    while i < n and text[i] in _ID_REST:
        i += 1
    return i


class _Lookup:
    # The keyword arguments in front of the mapping, as CPython's ChainMap
    # does for substitute(mapping, **kws).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            pass
        try:
            return self.second[key]
        except KeyError:
            pass
        raise KeyError(key)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # The identifier pattern CPython's regular expression uses; minipy
    # matches it by hand (see _identifier_end) and refuses other patterns.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        changed = [name for name in ('pattern', 'flags') if name in cls.__dict__]
        if cls.idpattern != Template.idpattern:
            changed.append('idpattern')
        if cls.braceidpattern is not None:
            changed.append('braceidpattern')
        if changed:
            raise NotImplementedError(
                f"minipy has no re module: a Template subclass may change "
                f"its delimiter but not {', '.join(changed)}")
        if not isinstance(cls.delimiter, str) or not cls.delimiter:
            raise NotImplementedError(
                "minipy's Template needs a non-empty str delimiter")

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (start, end, kind, name) for each placeholder, left to right.

        kind is 'escaped' (the delimiter twice), 'named' ($name), 'braced'
        (${name}) or 'invalid' (a delimiter followed by none of these);
        the span of an invalid one is the delimiter alone.
        """
        text = self.template
        delim = self.delimiter
        n = len(text)
        i = 0
        while True:
            start = text.find(delim, i)
            if start < 0:
                return
            i = start + len(delim)
            if text.startswith(delim, i):
                i += len(delim)
                yield start, i, 'escaped', None
                continue
            end = _identifier_end(text, i)
            if end > i:
                yield start, end, 'named', text[i:end]
                i = end
                continue
            if i < n and text[i] == '{':
                end = _identifier_end(text, i + 1)
                if end > i + 1 and end < n and text[end] == '}':
                    yield start, end + 1, 'braced', text[i + 1:end]
                    i = end + 1
                    continue
            yield start, i, 'invalid', None

    def _invalid(self, i):
        # i is where the invalid placeholder's text begins (just after the
        # delimiter); the message counts lines and columns from 1.
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _replace(self, mapping, safe):
        text = self.template
        pieces = []
        last = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(text[last:start])
            last = end
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                pieces.append(text[start:end])
            elif safe:
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(text[start:end])
            else:
                pieces.append(str(mapping[name]))
        pieces.append(text[last:])
        return ''.join(pieces)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._replace(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._replace(mapping, True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            # each name once, in the order of first appearance
            if name is not None and name not in ids:
                ids.append(name)
        return ids


########################################################################
# The Formatter class
# see PEP 3101 for details and purpose of this class

# The parsing below is what CPython's _string.formatter_parser and
# _string.formatter_field_name_split do (in C, shared with str.format):
# the same pieces, the same errors.

def _parse_field(text, i):
    # Parse a replacement field whose text starts at text[i] (just after
    # its '{'); return (field_name, format_spec, conversion, next index).
    n = len(text)
    start = i
    c = ''
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            # an index may hold ':', '!' or '}' (not ']')
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        c = ''
    field_name = text[start:i - 1] if c else text[start:i]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for "
                                 "conversion specifier")
            conversion = text[i]
            i += 1
            if i < n:
                c = text[i]
                i += 1
                if c == '}':
                    return field_name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion "
                                     "specifier")
        # The format spec runs to the '}' that balances the field's '{'.
        spec_start = i
        depth = 1
        while i < n:
            c = text[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field_name, text[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, i


def _formatter_parser(text):
    # Yield (literal_text, field_name, format_spec, conversion) for each
    # piece of the format string; the last three are None when a piece
    # has no replacement field (as with an escaped '{{' or '}}').
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    n = len(text)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = text[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            c = ''
        at_end = i >= n
        end = i
        if c == '}' and (at_end or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        markup = c != ''
        if not at_end and markup:
            if text[i] == c:
                i += 1              # a doubled brace is one literal brace
                markup = False
            else:
                end -= 1
        literal = text[start:end]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, i = _parse_field(text, i)
        yield (literal, field_name, format_spec, conversion)


def _field_name_rest(name, i):
    # The '.attr' and '[key]' parts of a field name after its first part.
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            is_attr = True
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            key = name[start:i]
        elif c == '[':
            is_attr = False
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        if not is_attr:
            number = _decimal(key)
            if number is not None:
                key = number
        yield is_attr, key


def _decimal(s):
    # The value of s if it is all decimal digits (as CPython's get_integer
    # reads them), else None.
    if not s:
        return None
    value = 0
    for ch in s:
        if not ch.isdecimal():
            return None
        value = value * 10 + int(ch)
    if value > (1 << 63) - 1:
        raise ValueError("Too many decimal digits in format string")
    return value


def _formatter_field_name_split(name):
    # Split a field name into its first part (an int if it is a number)
    # and an iterator over the rest, as (is_attribute, key) pairs.
    if not isinstance(name, str):
        raise TypeError(f"expected str, got {type(name).__name__}")
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    number = _decimal(first)
    return (first if number is None else number), _field_name_rest(name, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first

"""The regular expression parser: pattern text to a tree of (op, arg) nodes.

The tree has CPython's shape: a SubPattern is a list of nodes such as
(LITERAL, code), (IN, items), (MAX_REPEAT, (min, max, subpattern)),
(SUBPATTERN, (group, add_flags, del_flags, subpattern)).
"""

from ._constants import *

SPECIAL_CHARS = '.\\[{()*+?^$|'
REPEAT_CHARS = '*+?{'
DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset('01234567')
HEXDIGITS = frozenset('0123456789abcdefABCDEF')
ASCIILETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
WHITESPACE = frozenset(' \t\n\r\v\f')

# Escapes that stand for one character, and those that are anchors or classes.
ESCAPES = {
    r'\a': (LITERAL, 7), r'\b': (LITERAL, 8), r'\f': (LITERAL, 12), r'\n': (LITERAL, 10),
    r'\r': (LITERAL, 13), r'\t': (LITERAL, 9), r'\v': (LITERAL, 11), r'\\': (LITERAL, 92),
}
CATEGORIES = {
    r'\A': (AT, 'AT_BEGINNING_STRING'),
    r'\b': (AT, 'AT_BOUNDARY'),
    r'\B': (AT, 'AT_NON_BOUNDARY'),
    r'\d': (IN, [(CATEGORY, 'DIGIT')]),
    r'\D': (IN, [(CATEGORY, 'NOT_DIGIT')]),
    r'\s': (IN, [(CATEGORY, 'SPACE')]),
    r'\S': (IN, [(CATEGORY, 'NOT_SPACE')]),
    r'\w': (IN, [(CATEGORY, 'WORD')]),
    r'\W': (IN, [(CATEGORY, 'NOT_WORD')]),
    r'\Z': (AT, 'AT_END_STRING'),
}

FLAGS = {
    'i': SRE_FLAG_IGNORECASE, 'L': SRE_FLAG_LOCALE, 'm': SRE_FLAG_MULTILINE,
    's': SRE_FLAG_DOTALL, 'x': SRE_FLAG_VERBOSE, 'a': SRE_FLAG_ASCII,
    't': SRE_FLAG_TEMPLATE, 'u': SRE_FLAG_UNICODE,
}
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE


class State:
    """What the whole pattern shares: flags and groups."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same lookbehind subpattern')


class SubPattern:
    """A sequence of nodes, with the width range it can match."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = data if data is not None else []
        self.width = None

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def insert(self, index, code):
        self.data.insert(index, code)

    def append(self, code):
        self.data.append(code)

    def __repr__(self):
        return repr(self.data)

    def getwidth(self):
        """The (min, max) number of characters this can match."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                i = MAXREPEAT
                j = 0
                for alt in av[1]:
                    l, h = alt.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo += i
                hi += j
            elif op is ATOMIC_GROUP:
                i, j = av.getwidth()
                lo += i
                hi += j
            elif op is SUBPATTERN:
                i, j = av[-1].getwidth()
                lo += i
                hi += j
            elif op in (MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT):
                i, j = av[2].getwidth()
                lo += i * av[0]
                hi += MAXREPEAT if av[1] == MAXREPEAT and j else j * av[1]
            elif op in (ANY_NODE, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY):
                lo += 1
                hi += 1
            elif op is GROUPREF:
                i, j = self.state.groupwidths[av]
                lo += i
                hi += j
            elif op is GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo += i
                hi += j
        self.width = (min(lo, MAXREPEAT), min(hi, MAXREPEAT))
        return self.width


class Tokenizer:
    """Reads the pattern one token (a character or a backslash escape) at a time."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self.index = 0
        self.next = None
        self.__next()

    def __next(self):
        index = self.index
        try:
            char = self.decoded_string[index]
        except IndexError:
            self.next = None
            return
        if char == '\\':
            index += 1
            try:
                char += self.decoded_string[index]
            except IndexError:
                raise error('bad escape (end of pattern)', self.string, len(self.string) - 1) from None
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self.__next()
            return True
        return False

    def get(self):
        this = self.next
        self.__next()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self.__next()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self.__next()
            if c is None:
                if not result:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error('missing ' + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or '')

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self.__next()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not (self.istext or name.isascii()):
            msg = 'bad character in group name %a' % name
            raise self.error(msg, len(name) + offset)
        if not name.isidentifier():
            msg = 'bad character in group name %r' % name
            raise self.error(msg, len(name) + offset)


def _hex_escape(source, escape, digits):
    escape += source.getwhile(digits, HEXDIGITS)
    if len(escape) != digits + 2:
        raise source.error('incomplete escape %s' % escape, len(escape))
    return int(escape[2:], 16)


def _char_escape(source, escape, in_class, state=None):
    """The value of an escape that stands for one character, or None."""
    code = ESCAPES.get(escape)
    if code and (in_class or escape != r'\b'):
        return code
    c = escape[1:2]
    if c == 'x':
        return LITERAL, _hex_escape(source, escape, 2)
    if c in 'uU' and source.istext:
        value = _hex_escape(source, escape, 4 if c == 'u' else 8)
        if value > 0x10FFFF:
            raise source.error('bad escape %s' % ('\\' + c + '%0*x' % (4 if c == 'u' else 8, value)), 10)
        return LITERAL, value
    if c == 'N' and source.istext:
        raise NotImplementedError('minipy does not support \\N{...} escapes in patterns')
    if c == '0':
        escape += source.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8)
    return None


def _class_escape(source, escape):
    """An escape inside [...]: a character or a category."""
    code = _char_escape(source, escape, True)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] is IN:
        return code
    c = escape[1:2]
    if c in DIGITS:
        # Octal up to three digits; a back reference has no meaning here.
        escape += source.getwhile(2, OCTDIGITS)
        c = int(escape[1:], 8)
        if len(escape) == 2 or c > 0o377 or not escape[1:].isdigit() or set(escape[1:]) - OCTDIGITS:
            if len(escape) == 4 and c <= 0o377:
                return LITERAL, c
            if len(escape) == 4:
                raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                                   len(escape))
            raise source.error('bad escape %s' % escape, len(escape))
        return LITERAL, c
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error('bad escape %s' % escape, len(escape))


def _escape(source, escape, state):
    """An escape outside a class: a character, a category, an anchor or a back reference."""
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = _char_escape(source, escape, False)
    if code:
        return code
    c = escape[1:2]
    if c in DIGITS:
        if c != '0' and source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and source.next in OCTDIGITS):
                # Three octal digits: a character.
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377'
                                       % escape, len(escape))
                return LITERAL, c
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error('cannot refer to an open group', len(escape))
            state.checklookbehindgroup(group, source)
            return GROUPREF, group
        raise source.error('invalid group reference %d' % group, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error('bad escape %s' % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    """Alternatives separated by |."""
    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match('|'):
            break
    if len(items) == 1:
        return items[0]
    subpattern = SubPattern(state)
    # A common first character of every alternative is taken out in front.
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            for item in items:
                del item[0]
            subpattern.append(prefix)
            continue
        break
    subpattern.append((BRANCH, (None, items)))
    return subpattern


def _parse(source, state, verbose, nested, first=False):
    """One alternative: a sequence of items with their repeats."""
    subpattern = SubPattern(state)
    sourceget = source.get
    sourcematch = source.match
    while True:
        this = source.next
        if this is None:
            break
        if this in '|)':
            break
        sourceget()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = sourceget()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            subpattern.append(_escape(source, this, state))
        elif this not in SPECIAL_CHARS:
            subpattern.append((LITERAL, ord(this)))
        elif this == '[':
            subpattern.append(_parse_class(source, state))
        elif this in REPEAT_CHARS:
            _parse_repeat(source, state, subpattern, this)
        elif this == '.':
            subpattern.append((ANY_NODE, None))
        elif this == '(':
            node = _parse_group(source, state, verbose, nested, first and not subpattern)
            if node is None:
                continue
            if node == 'flags':
                # Global flags changed: VERBOSE may now be on.
                verbose = state.flags & SRE_FLAG_VERBOSE
                continue
            subpattern.append(node)
        elif this == '^':
            subpattern.append((AT, 'AT_BEGINNING'))
        elif this == '$':
            subpattern.append((AT, 'AT_END'))
        else:
            raise AssertionError('unsupported special character %r' % (this,))
    return subpattern


def _parse_class(source, state):
    here = source.tell() - 1
    items = []
    negate = source.match('^')
    first = source.tell()
    while True:
        this = source.get()
        if this is None:
            raise source.error('unterminated character set', source.tell() - here)
        # ']' first in the set is a literal.
        if this == ']' and source.tell() != first + 1:
            break
        if this[0] == '\\':
            code1 = _class_escape(source, this)
        else:
            code1 = LITERAL, ord(this)
        if source.match('-'):
            that = source.get()
            if that is None:
                raise source.error('unterminated character set', source.tell() - here)
            if that == ']':
                if code1[0] is IN:
                    code1 = code1[1][0]
                items.append(code1)
                items.append((LITERAL, ord('-')))
                break
            if that[0] == '\\':
                code2 = _class_escape(source, that)
            else:
                code2 = LITERAL, ord(that)
            if code1[0] != LITERAL or code2[0] != LITERAL:
                msg = 'bad character range %s-%s' % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            lo = code1[1]
            hi = code2[1]
            if hi < lo:
                msg = 'bad character range %s-%s' % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            items.append((RANGE, (lo, hi)))
        else:
            if code1[0] is IN:
                code1 = code1[1][0]
            items.append(code1)
    items = _uniq(items)
    if len(items) == 1 and items[0][0] is LITERAL:
        return (NOT_LITERAL if negate else LITERAL), items[0][1]
    if negate:
        items.insert(0, (NEGATE, None))
    return IN, items


def _parse_repeat(source, state, subpattern, this):
    here = source.tell()
    if this == '?':
        lo, hi = 0, 1
    elif this == '*':
        lo, hi = 0, MAXREPEAT
    elif this == '+':
        lo, hi = 1, MAXREPEAT
    else:  # '{'
        if source.next == '}':
            subpattern.append((LITERAL, ord(this)))
            return
        lo, hi = 0, MAXREPEAT
        lo_text = hi_text = ''
        while source.next in DIGITS:
            lo_text += source.get()
        if source.match(','):
            while source.next in DIGITS:
                hi_text += source.get()
        else:
            hi_text = lo_text
        if not source.match('}'):
            # Not a repeat after all: '{' is a literal.
            subpattern.append((LITERAL, ord(this)))
            source.seek(here)
            return
        if lo_text:
            lo = int(lo_text)
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
        if hi_text:
            hi = int(hi_text)
            if hi >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi < lo:
                raise source.error('min repeat greater than max repeat', source.tell() - here)
    item = subpattern[-1:] if subpattern else None
    if not item or item[0][0] is AT:
        raise source.error('nothing to repeat', source.tell() - here + len(this))
    if item[0][0] in (MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT):
        raise source.error('multiple repeat', source.tell() - here + len(this))
    if item[0][0] is SUBPATTERN:
        group, add_flags, del_flags, p = item[0][1]
        if group is None and not add_flags and not del_flags:
            item = p
    if source.match('?'):
        subpattern[-1] = (MIN_REPEAT, (lo, hi, item))
    elif source.match('+'):
        subpattern[-1] = (POSSESSIVE_REPEAT, (lo, hi, item))
    else:
        subpattern[-1] = (MAX_REPEAT, (lo, hi, item))


def _parse_group(source, state, verbose, nested, first):
    """After '(': a group, an extension, or None for a comment."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = 0
    del_flags = 0
    if source.match('?'):
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char == 'P':
            if source.match('<'):
                name = source.getuntil('>', 'group name')
                source.checkgroupname(name, 1)
            elif source.match('='):
                name = source.getuntil(')', 'group name')
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error('unknown group name %r' % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error('cannot refer to an open group', len(name) + 1)
                state.checklookbehindgroup(gid, source)
                return GROUPREF, gid
            else:
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                raise source.error('unknown extension ?P' + char, len(char) + 2)
        elif char == ':':
            capture = False
        elif char == '#':
            while True:
                if source.next is None:
                    raise source.error('missing ), unterminated comment', source.tell() - start)
                if source.get() == ')':
                    break
            return None
        elif char in '=!<':
            dir = 1
            if char == '<':
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                if char not in '=!':
                    raise source.error('unknown extension ?<' + char, len(char) + 2)
                dir = -1
                lookbehindgroups = state.lookbehindgroups
                if lookbehindgroups is None:
                    state.lookbehindgroups = state.groups
            p = _parse_sub(source, state, verbose, nested + 1)
            if dir < 0 and lookbehindgroups is None:
                state.lookbehindgroups = None
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            return (ASSERT if char == '=' else ASSERT_NOT), (dir, p)
        elif char == '(':
            condname = source.getuntil(')', 'group name')
            if condname.isidentifier():
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    raise source.error('unknown group name %r' % condname, len(condname) + 1)
            else:
                try:
                    condgroup = int(condname)
                    if condgroup < 0:
                        raise ValueError
                except ValueError:
                    raise source.error('bad character in group name %r' % condname,
                                       len(condname) + 1) from None
                if not condgroup:
                    raise source.error('bad group number', len(condname) + 1)
                if condgroup >= MAXGROUPS:
                    raise source.error('invalid group reference %d' % condgroup,
                                       len(condname) + 1)
                if condgroup not in state.grouprefpos:
                    state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
            state.checklookbehindgroup(condgroup, source)
            item_yes = _parse(source, state, verbose, nested + 1)
            if source.match('|'):
                item_no = _parse(source, state, verbose, nested + 1)
                if source.next == '|':
                    raise source.error('conditional backref with more than two branches')
            else:
                item_no = None
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            return GROUPREF_EXISTS, (condgroup, item_yes, item_no)
        elif char == '>':
            capture = False
            atomic = True
        elif char in FLAGS or char == '-':
            flags = _parse_flags(source, state, char)
            if flags is None:  # global flags
                if not first:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return 'flags'
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error('unknown extension ?' + char, len(char) + 1)

    group = None
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                   not (del_flags & SRE_FLAG_VERBOSE))
    p = _parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    if group is not None:
        state.closegroup(group, p)
    if atomic:
        return ATOMIC_GROUP, p
    return SUBPATTERN, (group, add_flags, del_flags, p)


def _parse_flags(source, state, char):
    """After '(?': flags for the whole pattern ((?i)) or for a group ((?i:...)).
    Returns None for global flags, else (add, delete)."""
    add_flags = 0
    del_flags = 0
    if char != '-':
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            else:
                if char == 'u':
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in ')-:':
                break
            if char not in FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                raise source.error(msg, len(char))
    if char == ')':
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in FLAGS:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in FLAGS:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag', 1)
    if add_flags & del_flags:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add_flags, del_flags


def fix_flags(src, flags):
    """Checks the flags for the kind of pattern, adding UNICODE to str ones."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(text, flags=0):
    """Parses pattern text into a SubPattern (its .state holds flags and groups)."""
    source = Tokenizer(text)
    state = State()
    state.flags = flags
    state.text = text
    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    p.state.flags = fix_flags(text, p.state.flags)
    if source.next is not None:
        assert source.next == ')'
        raise source.error('unbalanced parenthesis')
    for g in p.state.grouprefpos:
        if g >= p.state.groups:
            msg = 'invalid group reference %d' % g
            raise error(msg, text, p.state.grouprefpos[g])
    if flags & SRE_FLAG_DEBUG:
        raise NotImplementedError('minipy does not support re.DEBUG')
    return p


def parse_template(source, pattern):
    """A replacement template (r'\\1 \\g<name>') as a list of literals and group numbers."""
    s = Tokenizer(source)
    groupindex = pattern.groupindex
    result = []
    literal = []
    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error('invalid group reference %d' % index, pos)
        if literal:
            result.append(''.join(literal))
            del literal[:]
        result.append(index)
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] != '\\':
            literal.append(this)
            continue
        c = this[1]
        if c == 'g':
            if not s.match('<'):
                raise s.error('missing <')
            name = s.getuntil('>', 'group name')
            if name.isidentifier():
                s.checkgroupname(name, 1)
                try:
                    index = groupindex[name]
                except KeyError:
                    raise IndexError('unknown group name %r' % name) from None
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise s.error('bad character in group name %r' % name,
                                  len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise s.error('invalid group reference %d' % index, len(name) + 1)
            addgroup(index, len(name) + 1)
        elif c == '0':
            if s.next in OCTDIGITS:
                this += s.get()
                if s.next in OCTDIGITS:
                    this += s.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in DIGITS:
            isoctal = False
            if s.next in DIGITS:
                this += s.get()
                if (c in OCTDIGITS and this[2] in OCTDIGITS and s.next in OCTDIGITS):
                    this += s.get()
                    isoctal = True
                    c = int(this[1:], 8)
                    if c > 0o377:
                        raise s.error('octal escape value %s outside of range 0-0o377' % this,
                                      len(this))
                    literal.append(chr(c))
            if not isoctal:
                addgroup(int(this[1:]), len(this) - 1)
        else:
            try:
                this = chr(ESCAPES[this][1])
            except KeyError:
                if c in ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this)) from None
            literal.append(this)
    if literal:
        result.append(''.join(literal))
    if not isinstance(source, str):
        # A bytes template gives bytes pieces.
        result = [x if isinstance(x, int) else x.encode('latin1') for x in result]
    return result

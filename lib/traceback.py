"""Extract, format and print information about Python stack traces.

minipy's version of CPython 3.11's module: what it prints is what the
interpreter prints for an uncaught exception (src/vm/traceback.c),
including the ~~~^^^ markers under the failing part of a line, which come
from code.co_positions().  CPython finds the operator of a binary
operation or the [...] of a subscript with the ast module; minipy has no
ast module, so _caret_anchors() below finds them with a small scanner of
the expression's text.  print_last() finds no last exception: minipy's
prompt does not set sys.last_type.
"""

import collections.abc
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---- formatting and printing lists of frames -----------------------------------------------

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing.

    Each string in the resulting list corresponds to the item with the
    same index in the argument list, and ends in a newline.
    """
    return StackSummary.from_list(extracted_list).format()


# ---- printing and formatting tracebacks ----------------------------------------------------

def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'.

    If 'limit' is omitted or None, all entries are printed.  If 'file'
    is omitted or None, the output goes to sys.stderr.
    """
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed
    entries from traceback: a FrameSummary per frame, with the attributes
    filename, lineno, name and line."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---- exceptions ----------------------------------------------------------------------------

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    """(value, tb) from the two ways of calling: with the exception alone
    (3.10 and later) or with (type, value, tb)."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'.

    This prints what the interpreter prints for an uncaught exception: the
    chained exceptions first (see __cause__ and __context__), each with its
    "Traceback (most recent call last):" block, then the exception itself.
    """
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information.

    The arguments have the same meaning as the corresponding arguments
    to print_exception().  The return value is a list of strings, each
    ending in a newline; when joined they are what print_exception()
    prints.
    """
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback.

    The return value is a list of strings, each ending in a newline: one
    for most exceptions, several for a SyntaxError (where it happened),
    the message always last.
    """
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- the stack of the running program ------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point.

    The optional 'f' argument can be used to specify an alternate
    stack frame at which to start.
    """
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame.

    The return value is a StackSummary, oldest frame first.
    """
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass    # the frame is still running
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback.

    - :attr:`filename` The filename for the frame.
    - :attr:`lineno` The line within filename for the frame that was
      active when the frame was captured.
    - :attr:`name` The name of the function or method that was executing
      when the frame was captured.
    - :attr:`line` The text from the linecache module for the
      of code that was running when the frame was captured.
    - :attr:`locals` Either None if locals were not supplied, or a dict
      mapping the name to the repr() of the variable.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    # A FrameSummary still reads as the 4-tuple older code expects.
    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The line as it is in the source, whitespace and all.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame.

    This will follow f.f_back from the given frame. If no frame is given, the
    current stack is used. Usually used with StackSummary.extract.
    """
    if f is None:
        # The caller of whoever called this: skip this generator's frame,
        # StackSummary.extract's two and the one that called it.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame.

    This will follow tb.tb_next (and thus is in the opposite order to
    walk_stack). Usually used with StackSummary.extract.
    """
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # Each frame with the positions of the instruction that failed:
    # (lineno, end_lineno, colno, end_colno).
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno, ) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for i, position in enumerate(code.co_positions()):
        if i == instruction_index // 2:
            return position
    return (None, None, None, None)


_RECURSIVE_CUTOFF = 3   # also in src/vm/traceback.c


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object.

        :param frame_gen: A generator that yields (frame, lineno) tuples
            whose summaries are to be included in the stack.
        :param limit: None to include all frames or the number of frames to
            include.
        :param lookup_lines: If True, lookup lines for each frame immediately,
            otherwise lookup is deferred until the frame is rendered.
        :param capture_locals: If True, the local variables from each frame will
            be captured as object representations into the FrameSummary.
        """
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno)).
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen) if limit is None or limit < 0 else []
        if limit is not None:
            if limit >= 0:
                # The first 'limit' entries, without walking the rest.
                for item in frame_gen:
                    if len(frames) >= limit:
                        break
                    frames.append(item)
            else:
                frames = frames[limit:]     # the last -limit entries
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            result.append(FrameSummary(
                filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary.

        Returns a string representing one frame involved in the stack. This
        gets called for every frame to be printed in the stack summary.
        """
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            line = frame_summary._original_line
            stripped_characters = len(line) - len(frame_summary.line.lstrip())
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                row.extend(_carets(frame_summary, line, stripped_line,
                                   stripped_characters))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing.

        Returns a list of strings ready for printing, one per frame.  For
        long sequences of the same frame and line, the first few
        repetitions are shown, followed by a summary line stating the exact
        number of further repetitions.
        """
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _carets(frame_summary, line, stripped_line, stripped_characters):
    """The line of markers under a frame's source line, as a list of
    strings (empty when they would cover the whole line)."""
    start_offset = _byte_offset_to_character_offset(line, frame_summary.colno)
    end_offset = _byte_offset_to_character_offset(line, frame_summary.end_colno)
    code_segment = line[start_offset:end_offset]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _caret_anchors(code_segment)
        except Exception:
            anchors = None
    else:
        # Over several lines: mark to the end of the first.
        end_offset = len(line.rstrip())
    if not (end_offset - start_offset < len(stripped_line) or
            (anchors and anchors[1] - anchors[0] > 0)):
        return []
    # Column widths, not characters (CPython counts East Asian wide
    # characters twice; minipy has no unicodedata and counts them once).
    start_col = start_offset + 1
    end_col = end_offset + 1
    row = ['    ', ' ' * (start_col - stripped_characters)]
    if anchors:
        left, right = anchors
        row.append('~' * left)
        row.append('^' * (right - left))
        row.append('~' * (end_col - start_col - right))
    else:
        row.append('^' * (end_col - start_col))
    row.append('\n')
    return row


# ---- finding the operator or the subscript in a failing expression -------------------------
#
# CPython parses the expression's text with ast and, for a binary operation,
# marks the operator (1 or 2 characters) found after the end of the left
# operand's node; for a subscript, the [...] after the value's node.  A
# node's span leaves out the parentheses around it, which the scanner below
# reproduces.

_BINARY_LEVELS = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
                  '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8}
_UNARY_LEVEL = 7
# Operators and keywords that make the expression something other than a
# binary operation or a subscript (comparisons, boolean operations,
# conditionals, lambdas, tuples, assignments...).
_OTHER = {'<', '>', '==', '!=', '<=', '>=', '<>', '=', ':=', ',', ';', ':',
          '->', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=',
          '>>=', '<<=', '**=', 'if', 'else', 'lambda', 'and', 'or', 'not',
          'in', 'is', 'for', 'yield', 'del', 'pass', 'return', 'import',
          'from', 'assert', 'raise', 'global', 'nonlocal', 'while', 'with',
          'def', 'class', 'try', 'except', 'finally', 'break', 'continue',
          'elif', 'async', 'as'}
_OPERATORS = sorted(['**=', '//=', '>>=', '<<=', '...', '**', '//', '<<', '>>',
                     '<=', '>=', '==', '!=', '->', ':=', '+=', '-=', '*=', '/=',
                     '%=', '@=', '&=', '|=', '^=', '+', '-', '*', '/', '%', '@',
                     '&', '|', '^', '~', '<', '>', '=', '.', ',', ':', ';',
                     '(', ')', '[', ']', '{', '}'], key=len, reverse=True)
_STRING_PREFIXES = {'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'}


def _tokens(text):
    """The tokens of an expression: (kind, text, start, end, depth) with
    kind 'name', 'number', 'string' or 'op'; depth counts the brackets
    around the token.  Raises ValueError where the text cannot be one
    expression (unbalanced brackets, several lines)."""
    tokens = []
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in ' \t\f':
            i += 1
            continue
        if c == '\\' and text[i + 1:i + 2] == '\n':
            i += 2
            continue
        if c in '\r\n':
            if depth == 0:
                raise ValueError("several lines")
            i += 1
            continue
        if c == '#':
            while i < n and text[i] != '\n':
                i += 1
            continue
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (text[i].isalnum() or text[i] == '_' or ord(text[i]) > 127):
                i += 1
            if i < n and text[i] in '\'"' and text[start:i].lower() in _STRING_PREFIXES:
                i = _skip_string(text, i)
                tokens.append(('string', text[start:i], start, i, depth))
            else:
                tokens.append(('name', text[start:i], start, i, depth))
            continue
        if c.isdigit() or (c == '.' and text[i + 1:i + 2].isdigit()):
            while i < n and (text[i].isalnum() or text[i] in '._' or
                             (text[i] in '+-' and text[i - 1] in 'eE' and
                              not text[start:i].lower().startswith('0x'))):
                i += 1
            tokens.append(('number', text[start:i], start, i, depth))
            continue
        if c in '\'"':
            i = _skip_string(text, i)
            tokens.append(('string', text[start:i], start, i, depth))
            continue
        for op in _OPERATORS:
            if text.startswith(op, i):
                break
        else:
            raise ValueError("unknown character")
        if op in ')]}':
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced")
        tokens.append(('op', op, i, i + len(op), depth))
        if op in '([{':
            depth += 1
        i += len(op)
    if depth:
        raise ValueError("unbalanced")
    return tokens


def _skip_string(text, i):
    """The index after the string literal whose quote is at text[i]."""
    quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else text[i]
    i += len(quote)
    while i < len(text):
        if text[i] == '\\':
            i += 2
        elif text.startswith(quote, i):
            return i + len(quote)
        elif len(quote) == 1 and text[i] == '\n':
            break
        else:
            i += 1
    raise ValueError("unterminated string")


def _ends_operand(token):
    kind, text = token[0], token[1]
    if kind == 'op':
        return text in (')', ']', '}', '...')
    return kind != 'name' or text not in _OTHER and text != 'await'


def _strip_parens(tokens):
    """The tokens of a node without the parentheses around it (a
    parenthesized tuple, generator or empty tuple keeps them)."""
    while (len(tokens) > 2 and tokens[0][1] == '(' and tokens[-1][1] == ')' and
           tokens[0][0] == 'op' and _closing(tokens, 0) == len(tokens) - 1):
        inner = tokens[1:-1]
        depth = tokens[0][4] + 1
        if any(t[4] == depth and (t[1] == ',' or t[1] == 'for' or t[1] == 'yield')
               for t in inner):
            break
        tokens = inner
    return tokens


def _closing(tokens, k):
    """The index of the bracket that closes tokens[k]."""
    depth = tokens[k][4]
    for j in range(k + 1, len(tokens)):
        if tokens[j][4] == depth and tokens[j][1] in ')]}' and tokens[j][0] == 'op':
            return j
    return -1


def _caret_anchors(segment):
    """(left, right): where the secondary markers (^) go in the failing
    expression segment, or None when the whole of it is marked."""
    tokens = _tokens(segment)
    if not tokens:
        return None
    top = [k for k, t in enumerate(tokens) if t[4] == 0]
    if any(tokens[k][1] in _OTHER for k in top):
        return None
    # The binary operators at the top: an operator that follows an operand.
    binary = [k for k in top if k > 0 and tokens[k][0] == 'op' and
              tokens[k][1] in _BINARY_LEVELS and _ends_operand(tokens[k - 1])]
    if binary:
        level = min(_BINARY_LEVELS[tokens[k][1]] for k in binary)
        if level > _UNARY_LEVEL and tokens[0][1] in ('-', '+', '~'):
            return None     # -a ** b is a unary operation
        chosen = [k for k in binary if _BINARY_LEVELS[tokens[k][1]] == level]
        # ** groups to the right, the others to the left.
        k = chosen[0] if level == _BINARY_LEVELS['**'] else chosen[-1]
        left = _strip_parens(tokens[:k])
        right = _strip_parens(tokens[k + 1:])
        if not left or not right:
            return None
        operator_start = left[-1][3]
        operator_str = segment[operator_start:right[0][2]]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = operator_start + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        # Past the parentheses that close the left operand.
        while left_anchor < len(segment) and (segment[left_anchor].isspace() or
                                               segment[left_anchor] in ")#"):
            left_anchor += 1
            right_anchor += 1
        return left_anchor, right_anchor
    # A subscript: the expression ends with [...] that follows an operand.
    last = tokens[-1]
    if last[0] != 'op' or last[1] != ']' or last[4] != 0:
        return None
    opening = max(k for k in top if tokens[k][1] == '[' and tokens[k][0] == 'op')
    if opening == 0 or tokens[0][1] in ('-', '+', '~', 'await'):
        return None
    value = _strip_parens(tokens[:opening])
    index = _strip_parens(tokens[opening + 1:-1])
    if not value or not index:
        return None
    left_anchor = value[-1][3]
    right_anchor = index[-1][3] + 1
    while left_anchor < len(segment) and segment[left_anchor] != "[":
        left_anchor += 1
    while right_anchor < len(segment) and segment[right_anchor] != "]":
        right_anchor += 1
    if right_anchor < len(segment):
        right_anchor += 1
    return left_anchor, right_anchor


# ---- TracebackException --------------------------------------------------------------------

class _ExceptionPrintContext:
    # How deep in exception groups the printing is, for their margins.
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            # Every line gets the margin, as textwrap.indent(..., lambda: True).
            yield ''.join(indent_str + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering.

    The traceback module captures enough attributes from the original
    exception to this intermediary form to ensure that no references are
    held, while still being able to fully print or format it.

    - :attr:`__cause__` A TracebackException of the original *__cause__*.
    - :attr:`__context__` A TracebackException of the original *__context__*.
    - :attr:`__suppress_context__` The *__suppress_context__* value from the
      original exception.
    - :attr:`stack` A `StackSummary` representing the traceback.
    - :attr:`exc_type` The class of the original traceback.
    - :attr:`filename`, :attr:`lineno`, :attr:`end_lineno`, :attr:`text`,
      :attr:`offset`, :attr:`end_offset`, :attr:`msg` For syntax errors:
      where it occurred and the compiler's message.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # _seen holds the ids of the exceptions already converted, so that
        # a cycle of causes or contexts ends.
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        # Convert the chain with a queue rather than by recursion, so that
        # a long chain does not exhaust the stack.
        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = self._convert(e.__cause__, limit, lookup_lines,
                                          capture_locals, _seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e is not None and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = self._convert(e.__context__, limit, lookup_lines,
                                            capture_locals, _seen)
                else:
                    context = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    exceptions = [self._convert(exc, limit, lookup_lines,
                                                capture_locals, _seen)
                                  for exc in e.exceptions]
                else:
                    exceptions = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    def _convert(self, exc, limit, lookup_lines, capture_locals, seen):
        return TracebackException(
            type(exc), exc, exc.__traceback__, limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals,
            max_group_width=self.max_group_width,
            max_group_depth=self.max_group_depth, _seen=seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        """Private API. force all lines in the stack to be loaded."""
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback.

        The return value is a generator of strings, each ending in a
        newline: one normally, several for a SyntaxError (where it
        happened).  The message is always the last string, followed by the
        exception's notes.
        """
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, collections.abc.Sequence):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        """Format SyntaxError exceptions (internal helper)."""
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            # The text without its indentation; the carets move with it.
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs stay tabs, so that the carets line up.
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(caretspace, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception.

        If chain is not *True*, *__cause__* and *__context__* will not be
        formatted.  The return value is a generator of strings, each ending
        in a newline; print_exception() prints them.  The message indicating
        which exception occurred is always the last string in the output.
        """
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        # The chain, newest first; printed oldest first.
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        # An exception group: its own traceback, then each of its
        # exceptions in a numbered box.
        is_toplevel = (_ctx.exception_group_depth == 0)
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = (i == n - 1)
            if last_exc:
                # The box is closed after the last one, unless a nested
                # group closed it already.
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

"""Logging package for Python.

minipy's logging, written for minipy: the same classes, behaviour and
messages as CPython 3.11's logging package for what is here.  Left out: the
logging.config and logging.handlers submodules, captureWarnings (minipy has
no warnings module), the deprecated warn()/Logger.warn aliases, and
QueueHandler-style helpers.  Tracebacks are printed by the interpreter's own
printer (sys.__excepthook__), as minipy has no traceback module.
"""

import sys
import os
import time
import weakref
import threading
from collections.abc import Mapping

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# ---------------------------------------------------------------------------
#   Miscellaneous module data
# ---------------------------------------------------------------------------

# When the module was loaded: LogRecord.relativeCreated counts from here.
_startTime = time.time()

# Whether errors during logging are reported (Handler.handleError).  A
# production program may set it to False to keep logging silent.
raiseExceptions = True

# Whether LogRecords collect the thread, process and process name.
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------------------
#   Level related stuff
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the textual or numeric representation of logging level 'level'.

    A number gives its name ("Level %s" for a number without one); a name
    gives its number, which is why the function works both ways."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate 'levelName' with 'level' (both ways)."""
    _acquireLock()
    try:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level
    finally:
        _releaseLock()


def currentframe():
    # The frame of the caller of the function that calls currentframe().
    return sys._getframe(1)


# The file of this module: findCaller skips the frames running in it, so
# that a record names the line that called logging, not logging itself.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    """Whether frame belongs to logging itself (or the import machinery)."""
    filename = os.path.normcase(frame.f_code.co_filename)
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


def _checkLevel(level):
    if isinstance(level, int):
        rv = level
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        rv = _nameToLevel[level]
    else:
        raise TypeError("Level not an integer or a valid string: %r"
                        % (level,))
    return rv

# ---------------------------------------------------------------------------
#   Thread-related stuff
# ---------------------------------------------------------------------------

# One re-entrant lock guards the module's shared data (the logger tree, the
# handler lists, the level names): a handler may log while it is held.
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()

# ---------------------------------------------------------------------------
#   Printing exceptions and stacks
# ---------------------------------------------------------------------------


class _StringWriter:
    # What io.StringIO gives CPython's logging: a file that collects text.

    def __init__(self):
        self._parts = []

    def write(self, s):
        self._parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self._parts)


def _print_exception(value, file):
    # traceback.print_exception(type(value), value, value.__traceback__):
    # minipy has no traceback module, so the interpreter's own printer
    # (sys.__excepthook__, which writes what CPython's does, carets and
    # chained exceptions included) writes to file, as sys.stderr meanwhile.
    if value is None:
        # exc_info=(None, None, None): no exception was being handled.
        file.write("NoneType: None\n")
        return
    saved = sys.stderr
    sys.stderr = file
    try:
        sys.__excepthook__(type(value), value, value.__traceback__)
    finally:
        sys.stderr = saved


def _source_line(filename, lineno):
    # The text of line lineno of a source file, or '' (linecache's job).
    try:
        with open(filename, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line.rstrip("\r\n")
    except (OSError, ValueError):
        pass
    return ""


def _print_stack(frame, file):
    # traceback.print_stack(frame, file=file): the frames from the
    # outermost down to frame, each with its source line, and carets
    # under the running call when it does not span the whole line.
    frames = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    for f in reversed(frames):
        code = f.f_code
        file.write('  File "%s", line %d, in %s\n'
                   % (code.co_filename, f.f_lineno, code.co_name))
        line = _source_line(code.co_filename, f.f_lineno)
        stripped = line.strip()
        if not stripped:
            continue
        file.write("    %s\n" % stripped)
        positions = list(code.co_positions())
        index = f.f_lasti // 2
        if index >= len(positions):
            continue
        start_line, end_line, start_col, end_col = positions[index]
        if None in (start_line, end_line, start_col, end_col):
            continue
        indent = len(line) - len(line.lstrip())
        data = line.encode("utf-8")
        start = len(data[:start_col].decode("utf-8", "replace"))
        if start_line == end_line:
            end = len(data[:end_col].decode("utf-8", "replace"))
        else:
            end = len(line.rstrip())
        if end - start < len(stripped):
            file.write("    " + " " * (start - indent) + "^" * (end - start) + "\n")

# ---------------------------------------------------------------------------
#   The logging record
# ---------------------------------------------------------------------------


class LogRecord(object):
    """A LogRecord instance represents an event being logged.

    It holds everything about the event: the message and its arguments,
    where it was logged from (pathname, lineno, funcName), when (created,
    msecs, relativeCreated) and by whom (thread, process)."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # logger.info("%(a)s", {"a": 1}): a lone non-empty mapping is the
        # argument of %-formatting by key.
        if (args and len(args) == 1 and isinstance(args[0], Mapping)
                and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None      # the formatted traceback, cached
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message, with the arguments merged into it by %."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


# The function that makes records (setLogRecordFactory replaces it).
_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are those of dict (say, unpickled from
    a socket)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv

# ---------------------------------------------------------------------------
#   Formatter classes and functions
# ---------------------------------------------------------------------------


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _parse_braces(fmt):
    # The replacement fields of a str.format string as (name, conversion,
    # spec), with the errors string.Formatter.parse raises.
    fields = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == "{":
            i += 2
            continue
        # A field: up to the matching brace (the spec may nest one level).
        depth, j = 1, i + 1
        while j < n and depth:
            if fmt[j] == "{":
                depth += 1
            elif fmt[j] == "}":
                depth -= 1
            j += 1
        if depth:
            if j >= n and "}" not in fmt[i + 1:]:
                raise ValueError("expected '}' before end of string")
            raise ValueError("unmatched '{' in format spec")
        body = fmt[i + 1:j - 1]
        spec = conversion = None
        colon = body.find(":")
        if colon >= 0:
            body, spec = body[:colon], body[colon + 1:]
        bang = body.find("!")
        if bang >= 0:
            body, conversion = body[:bang], body[bang + 1:]
            if len(conversion) != 1:
                raise ValueError("expected ':' after conversion specifier")
        fields.append((body, conversion, spec))
        i = j
    return fields


def _valid_field_name(name):
    # CPython's field_spec: ^(\d+|\w+)(\.\w+|\[[^]]+\])*$
    i, n = 0, len(name)
    while i < n and _is_word_char(name[i]):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and _is_word_char(name[j]):
                j += 1
            if j == i + 1:
                return False
        elif name[i] == "[":
            j = name.find("]", i + 1)
            if j <= i + 1:
                return False
            j += 1
        else:
            return False
        i = j
    return True


def _valid_format_spec(spec):
    # CPython's fmt_spec:
    # ^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$
    i, n = 0, len(spec)

    def number_or_field(i):
        if i < n and spec[i] == "{":
            j = i + 1
            while j < n and _is_word_char(spec[j]):
                j += 1
            if j == i + 1 or j >= n or spec[j] != "}":
                return -1
            return j + 1
        while i < n and spec[i].isdigit():
            i += 1
        return i

    if n >= 2 and spec[1] in "<>=^":
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        i = 1
    if i < n and spec[i] in "+ -":
        i += 1
    if i < n and spec[i] == "#":
        i += 1
    if i < n and spec[i] == "0":
        i += 1
    i = number_or_field(i)
    if i < 0:
        return False
    if i < n and spec[i] in ",_":
        i += 1
    if i < n and spec[i] == ".":
        j = number_or_field(i + 1)
        if j <= i + 1:
            return False
        i = j
    if i < n and spec[i].lower() in "bcdefgnosx%":
        i += 1
    return i == n


def _has_percent_field(fmt):
    # CPython's search for %\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]
    # (case-insensitive) anywhere in fmt.
    start = fmt.find("%(")
    while start >= 0:
        i = start + 2
        j = i
        while j < len(fmt) and _is_word_char(fmt[j]):
            j += 1
        if j > i and j < len(fmt) and fmt[j] == ")":
            j += 1
            while j < len(fmt) and fmt[j] in "#0+ -":
                j += 1
            if j < len(fmt) and fmt[j] == "*":
                j += 1
            else:
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
            if j < len(fmt) and fmt[j] == ".":
                k = j + 1
                if k < len(fmt) and fmt[k] == "*":
                    k += 1
                else:
                    while k < len(fmt) and fmt[k].isdigit():
                        k += 1
                if k > j + 1:
                    j = k
            if j < len(fmt) and fmt[j].lower() in "diouxefgcrsa%":
                return True
        start = fmt.find("%(", start + 1)
    return False


def _is_identifier_start(c):
    return c == "_" or ("a" <= c.lower() <= "z")


def _template_parts(fmt):
    # The pieces of a string.Template string: ("text", s) for literal text
    # and ("name", n) for $n or ${n}; a '$' that starts neither is
    # ("invalid", index).
    parts = []
    i, n, text = 0, len(fmt), []
    while i < n:
        c = fmt[i]
        if c != "$":
            text.append(c)
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == "$":
            text.append("$")
            i += 2
            continue
        j = i + 1
        braced = j < n and fmt[j] == "{"
        if braced:
            j += 1
        k = j
        if k < n and _is_identifier_start(fmt[k]) and fmt[k].isascii():
            k += 1
            while k < n and fmt[k].isascii() and _is_word_char(fmt[k]):
                k += 1
        if k == j or (braced and (k >= n or fmt[k] != "}")):
            if text:
                parts.append(("text", "".join(text)))
                text = []
            parts.append(("invalid", i))
            i += 1
            continue
        if text:
            parts.append(("text", "".join(text)))
            text = []
        parts.append(("name", fmt[j:k]))
        i = k + 1 if braced else k
    if text:
        parts.append(("text", "".join(text)))
    return parts


class _Template:
    # What string.Template(fmt).substitute(**values) does, for the $ style.

    def __init__(self, template):
        self.template = template
        self._parts = _template_parts(template)

    def substitute(self, **mapping):
        out = []
        for kind, value in self._parts:
            if kind == "text":
                out.append(value)
            elif kind == "name":
                out.append(str(mapping[value]))
            else:
                lines = self.template[:value].splitlines(keepends=True)
                if not lines:
                    colno, lineno = 1, 1
                else:
                    colno = value - len(''.join(lines[:-1]))
                    lineno = len(lines)
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (lineno, colno))
        return "".join(out)


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Validate the input format, ensure it matches the correct style"""
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._fmt.format(**values)

    def validate(self):
        """Validate the input format, ensure it is the correct string
        formatting style"""
        fields = set()
        try:
            for fieldname, conversion, spec in _parse_braces(self._fmt):
                if fieldname:
                    if not _valid_field_name(fieldname):
                        raise ValueError('invalid field name/expression: %r'
                                         % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        for kind, value in _template_parts(self._fmt):
            if kind == "name":
                fields.add(value)
            elif kind == "invalid":
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if defaults := self._defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._tpl.substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Formatter instances turn a LogRecord into text.

    The format string names record attributes in one of three styles:
    %(name)s (the default), {name} or $name.  Besides the record's own
    attributes, %(message)s is the merged message and %(asctime)s the time,
    by formatTime()."""

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                             _STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """The creation time of the record, by datefmt (time.strftime) or
        as "2003-07-08 16:49:45,896"."""
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The text of an exception (a sys.exc_info() triple), as
        traceback.print_exception prints it, without the final newline."""
        sio = _StringWriter()
        _print_exception(ei[1], sio)
        s = sio.getvalue()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format uses the creation time of the record."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text of stack information (already formatted)."""
        return stack_info

    def format(self, record):
        """The text of the record: its message, by the format string, and
        then any exception and stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The traceback text is cached: it does not change.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


# The formatter a handler uses when it was given none.
_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """A formatter for a batch of records."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv

# ---------------------------------------------------------------------------
#   Filter classes and functions
# ---------------------------------------------------------------------------


class Filter(object):
    """Filter instances let through the records of one logger and its
    children: Filter("A.B") passes "A.B" and "A.B.C" but not "A.BB"; the
    empty name passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether the record is to be logged."""
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return (record.name[self.nlen] == ".")


class Filterer(object):
    """The base class of loggers and handlers: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter lets the record through.  A filter is an
        object with a filter() method or a plain callable."""
        rv = True
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                rv = False
                break
        return rv

# ---------------------------------------------------------------------------
#   Handler classes and functions
# ---------------------------------------------------------------------------

_handlers = weakref.WeakValueDictionary()  # handlers by name
_handlerList = []  # weak references to every handler, for shutdown()


def _removeHandlerRef(wr):
    # The callback of a handler's weak reference: the handler is gone.
    acquire, release, handlers = _acquireLock, _releaseLock, _handlerList
    if acquire and release and handlers:
        acquire()
        try:
            handlers.remove(wr)
        except ValueError:
            pass
        finally:
            release()


def _addHandlerRef(handler):
    _acquireLock()
    try:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))
    finally:
        _releaseLock()


class Handler(Filterer):
    """Handler instances send records somewhere: the base class of
    StreamHandler, FileHandler and NullHandler, whose emit() does the
    sending."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _acquireLock()
        try:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self
        finally:
            _releaseLock()

    name = property(get_name, set_name)

    def createLock(self):
        """A lock to serialize access to the underlying I/O."""
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters let it through, under the
        handler's lock; returns whether they did."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        """Subclasses that buffer output flush it here."""
        pass

    def close(self):
        """Tidy up: forget the handler's name."""
        _acquireLock()
        try:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]
        finally:
            _releaseLock()

    def handleError(self, record):
        """Report an exception raised during emit(): the traceback, where
        the logging call was made, and the message and its arguments, on
        sys.stderr, when raiseExceptions is true.  The program goes on."""
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                _print_exception(v, sys.stderr)
                sys.stderr.write('Call stack:\n')
                # The calling context: the stack up to the first frame
                # outside the logging package.
                frame = tb.tb_frame
                while (frame and os.path.dirname(frame.f_code.co_filename) ==
                       __path__[0]):
                    frame = frame.f_back
                if frame:
                    _print_stack(frame, sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (
                                     record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\n'
                                     'Arguments: %s\n' % (record.msg,
                                                          record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n'
                                     )
            except OSError:
                pass
            finally:
                del t, v, tb

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """A handler that writes formatted records to a stream: anything with
    write() (and flush()), sys.stderr when none is given."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        """Write the formatted record and the terminator, then flush.
        An exception goes to handleError()."""
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; returns the old stream, or None if
        it was already stream."""
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.acquire()
            try:
                self.flush()
                self.stream = stream
            finally:
                self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    """A handler that writes formatted records to a file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        filename = os.fspath(filename)
        # The absolute path: a later chdir does not move the log.
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode and encoding is None:
            self.encoding = "locale"
        self.errors = errors
        self.delay = delay
        # The file is opened here, or on the first record with delay.
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        self.acquire()
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        open_func = self._builtin_open
        encoding = None if self.encoding == "locale" else self.encoding
        return open_func(self.baseFilename, self.mode,
                         encoding=encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """The last resort: writes to sys.stderr as it is at each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort

# ---------------------------------------------------------------------------
#   Manager classes and functions
# ---------------------------------------------------------------------------


class PlaceHolder(object):
    """Stands in the logger tree for a logger not yet made ("a.b" when only
    "a.b.c" was asked for), remembering the loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """The class getLogger() makes loggers of from now on."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the tree of loggers, by dotted name."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger named name, made (and hooked into the tree) if need
        be."""
        rv = None
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        _acquireLock()
        try:
            if name in self.loggerDict:
                rv = self.loggerDict[name]
                if isinstance(rv, PlaceHolder):
                    ph = rv
                    rv = (self.loggerClass or _loggerClass)(name)
                    rv.manager = self
                    self.loggerDict[name] = rv
                    self._fixupChildren(ph, rv)
                    self._fixupParents(rv)
            else:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        finally:
            _releaseLock()
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The parent is the nearest existing logger above; placeholders are
        # left on the way for the names in between.
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        # A new logger takes its place between the loggers below its
        # placeholder and their old parent.
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        # The loggers' isEnabledFor caches, after a level changes.
        _acquireLock()
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()
        _releaseLock()

# ---------------------------------------------------------------------------
#   Logger classes and functions
# ---------------------------------------------------------------------------


class Logger(Filterer):
    """A logger: a named channel a program logs to.  Loggers form a tree by
    their dotted names; a record goes to the handlers of its logger and then,
    while propagate is true, of each ancestor's.  Made by getLogger(), never
    directly."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR level with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """The file name, line number, function name and stack information
        of the caller, skipping the frames of logging itself."""
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            sio = _StringWriter()
            sio.write("Stack (most recent call last):\n")
            _print_stack(f, sio)
            sinfo = sio.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """A LogRecord (by the record factory), with the extra attributes."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func,
                               sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers, unless the logger is disabled or
        a filter stops it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        _acquireLock()
        try:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)
        finally:
            _releaseLock()

    def removeHandler(self, hdlr):
        _acquireLock()
        try:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)
        finally:
            _releaseLock()

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        """Give the record to the handlers of this logger and of its
        ancestors up to the first with propagate false.  With no handler
        at all, lastResort has it (warnings and above, to sys.stderr)."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if (found == 0):
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the logger, or of the nearest ancestor with one."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of this level would be processed (cached until
        a level changes)."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            _acquireLock()
            try:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (
                        level >= self.getEffectiveLevel()
                    )
            finally:
                _releaseLock()
            return is_enabled

    def getChild(self, suffix):
        """The logger below this one: getLogger("a").getChild("b.c") is
        getLogger("a.b.c")."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The root of the logger tree: one, named "root", with a level (WARNING
    by default)."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to its records."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keyword arguments to log: by default, extra is
        replaced by the adapter's."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)

# ---------------------------------------------------------------------------
# Configuration classes and functions
# ---------------------------------------------------------------------------


def basicConfig(**kwargs):
    """Set up the root logger in one call, if it has no handlers yet (or
    with force=True): a StreamHandler (stream, or sys.stderr) or a
    FileHandler (filename, filemode), or the given handlers, with a
    Formatter of format, datefmt and style; and the root's level."""
    _acquireLock()
    try:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    h = FileHandler(filename, mode,
                                    encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(
                                 _STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)
    finally:
        _releaseLock()

# ---------------------------------------------------------------------------
# Utility functions at module level: they log to the root logger, which
# basicConfig() sets up first when it has no handlers.
# ---------------------------------------------------------------------------


def getLogger(name=None):
    """The logger of that name, or the root logger."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Turn off every record of this level and below, whatever the loggers'
    levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (registered with atexit,
    so that it runs when the program ends)."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    # The stream may already be closed at exit.
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


class NullHandler(Handler):
    """A handler that does nothing: a library adds it to its logger so that
    its records are dropped unless the application configures logging."""

    def handle(self, record):
        """Stub."""

    def emit(self, record):
        """Stub."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

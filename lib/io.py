"""The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.

At the top of the I/O hierarchy is the abstract base class IOBase. It
defines the basic interface to a stream. RawIOBase deals with raw bytes,
BufferedIOBase with buffered bytes, TextIOBase with text.

minipy's files (what open() returns) are the C types of the _io module,
registered here under the abstract classes as CPython's are.  StringIO and
BytesIO, the in-memory streams, are written below in Python.  Not in
minipy: FileIO, BufferedRWPair, IncrementalNewlineDecoder, open_code,
text_encoding.
"""

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase",
           "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

import abc
import builtins
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, TextIOWrapper,
                 BufferedReader, BufferedWriter, BufferedRandom)

BlockingIOError = builtins.BlockingIOError
# io.open is the built-in open itself, as in CPython.
open = builtins.open

# The values of seek()'s whence.
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _index(value):
    """An int from value, as the C functions take a position or size."""
    if not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value.__index__()


def _size(size):
    """The size argument of read() and friends: an int, or None for -1."""
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return size.__index__()


def _bytes_like(b):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview...)."""
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(b))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__) from None


# ---- the abstract classes ------------------------------------------------------------------

class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes.

    Its methods give the common behaviour: closing (once), the context
    manager, iteration by lines, readline() over read(), and
    UnsupportedOperation for what a stream cannot do.
    """

    __closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    @property
    def closed(self):
        return self.__closed

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # One byte at a time, through read(): the subclasses do better.
        size = _size(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def readlines(self, hint=None):
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def write(self, s):
        raise UnsupportedOperation("write")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# open()'s objects count as these, as in CPython.
TextIOBase.register(TextIOWrapper)
for _cls in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
del _cls


# ---- StringIO ------------------------------------------------------------------------------

# The kinds of newline a universal-newlines StringIO has seen, as bits,
# and what its newlines attribute says for each combination.
_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
             ("\r", "\r\n"), ("\r", "\n", "\r\n"))


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor.
    """

    # CPython's StringIO is the C type _io.StringIO.
    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        # None and '' split lines at \r, \n and \r\n; None also turns
        # \r and \r\n into \n as they are written.  '\r' and '\r\n' are
        # what a written \n becomes.
        self._universal = newline is None or newline == ""
        self._translate = newline is None
        self._readnl = newline
        self._writenl = newline if newline in ("\r", "\r\n") else None
        self._seennl = 0
        self._closed = False
        # The text is _buf followed by the pieces in _tail: writes at the
        # end only append a piece (print() makes many small writes).
        self._buf = ""
        self._tail = []
        self._size = 0      # len(_buf) + the lengths of the pieces in _tail
        self._pos = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        # StringIO's own methods say it without the period.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._tail:
            self._buf += "".join(self._tail)
            self._tail = []
        return self._buf

    def _write(self, s):
        if self._universal:
            # Which newlines came in, before any are translated.
            single = s.replace("\r\n", "")
            if "\r\n" in s:
                self._seennl |= _CRLF
            if "\r" in single:
                self._seennl |= _CR
            if "\n" in single:
                self._seennl |= _LF
            if self._translate and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        if self._writenl is not None:
            s = s.replace("\n", self._writenl)
        n = len(s)
        end = self._size
        if self._pos == end:
            self._tail.append(s)
            self._size += n
        else:
            value = self._value()
            if self._pos > end:
                value += "\0" * (self._pos - end)
            self._buf = value[:self._pos] + s + value[self._pos + n:]
            self._size = len(self._buf)
        self._pos += n

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = ""
        self._tail = []
        self._size = 0

    def flush(self):
        pass

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _size(size)
        value = self._value()
        start = min(self._pos, len(value))
        end = len(value) if size < 0 else min(start + size, len(value))
        self._pos = max(self._pos, end)
        return value[start:end]

    def _line_end(self, value, start, limit):
        """Where the line from start ends (after its newline), up to limit."""
        if self._universal and not self._translate:
            # newline='': a line ends at \n, \r or \r\n, kept as they are.
            lf = value.find("\n", start, limit)
            cr = value.find("\r", start, limit)
            if cr < 0 or 0 <= lf < cr:
                return limit if lf < 0 else lf + 1
            if cr + 1 < len(value) and value[cr + 1] == "\n":
                return min(cr + 2, limit)
            return cr + 1
        # newline=None has turned every newline into \n.
        nl = self._readnl or "\n"
        i = value.find(nl, start, limit)
        if i < 0:
            # A \r\n cut by the limit still ends at the limit.
            return limit
        return i + len(nl)

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        value = self._value()
        start = min(self._pos, len(value))
        limit = len(value) if size < 0 else min(start + size, len(value))
        end = self._line_end(value, start, limit)
        self._pos = max(self._pos, end)
        return value[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to
        the length of the string.
        """
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        if n:
            self._write(s)
        return n

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check()
        pos = self._pos if pos is None else _size(pos)
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        value = self._value()
        if pos < len(value):
            self._buf = value[:pos]
            self._size = pos
        return pos

    def seekable(self):
        self._check()
        return True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return _NEWLINES[self._seennl] if self._universal else None


# ---- BytesIO -------------------------------------------------------------------------------

class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def flush(self):
        self._check()

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._check()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    # Everything is in memory: one read is as good as another.
    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        start = min(self._pos, len(self._buf))
        limit = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        i = self._buf.find(b"\n", start, limit)
        end = limit if i < 0 else i + 1
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def readlines(self, hint=None):
        # Unlike IOBase's, stops as soon as hint bytes are read.
        self._check()
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, buffer):
        self._check()
        view = memoryview(buffer)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    # A closed BytesIO still gives an iterator (that fails when used).
    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if n:
            if self._pos > len(self._buf):
                self._buf += bytes(self._pos - len(self._buf))
            self._buf[self._pos:self._pos + n] = data
            self._pos += n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def seekable(self):
        self._check()
        return True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

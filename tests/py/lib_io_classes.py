# The io module's classes: open()'s files are io.TextIOWrapper and friends,
# StringIO stands in for sys.stdout, and IOBase subclasses get its methods.
import contextlib
import io
import os
import sys
import tempfile

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.BlockingIOError is BlockingIOError)

with open(__file__) as f:
    print(type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase),
          isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
with open(__file__, "rb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase),
          isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedWriter))
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(path, "r+b") as f:
    print(type(f).__name__, isinstance(f, io.BufferedRandom))
os.remove(path)
os.rmdir(os.path.dirname(path))

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.StringIO(), io.RawIOBase))

# print(file=...) and redirect_stdout.
buf = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=buf)
with contextlib.redirect_stdout(io.StringIO()) as captured:
    print("captured line")
    sys.stdout.write("written\n")
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print(repr(buf.getvalue()), repr(captured.getvalue()), repr(err.getvalue()))


# A class of one's own on IOBase: readline, iteration, the context manager.
class Numbers(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


with Numbers(b"1\n22\n333") as r:
    print(r.readline(), r.read(2), list(r), r.closed)
print(r.closed)
for call in (lambda: r.read(), lambda: iter(r), lambda: r.fileno(), lambda: Numbers(b"").seek(0),
             lambda: Numbers(b"").truncate(), lambda: Numbers(b"").write(b"x"),
             lambda: io.BufferedIOBase().read(), lambda: io.TextIOBase().write("x"),
             lambda: io.TextIOBase().detach()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(Numbers(b"").seekable(), Numbers(b"").writable(), Numbers(b"").isatty(),
      io.TextIOBase().encoding, io.TextIOBase().newlines)
for hint in (0, 2, 3, 4, 6):
    print(hint, Numbers(b"ab\ncd\nef").readlines(hint))

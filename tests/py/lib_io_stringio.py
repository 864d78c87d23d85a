# io.StringIO: reading, writing, seeking, newline=, closing, and the errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("line one\nline two\nline three")
print(s.read(4), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print(list(s))
s.seek(5)
print(s.write("ONE"), s.getvalue())
print(s.seek(0, 2), s.write("!"), s.getvalue())
s.seek(0)
print(repr(s.readline(3)), repr(s.readline(-1)), repr(s.read(None)))
print(s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(12)
s.write("x")
print(repr(s.getvalue()))
s.writelines(["a", "b\n", "c"])
print(repr(s.getvalue()))
for hint in (0, 2, 3, 4, 6, 7):
    print(hint, io.StringIO("ab\ncd\nef").readlines(hint))

# Many small writes, as print() makes.
out = io.StringIO()
for i in range(5):
    print(i, "squared is", i * i, file=out)
print(out.getvalue(), end="")
print(out.tell(), len(out.getvalue()))

# newline=
text = "a\r\nb\rc\nd"
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO(text, newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
t = io.StringIO(newline=None)
t.write("x\r\ny\n")
print(repr(t.getvalue()), t.newlines)
print(repr(io.StringIO("a\nb", newline="\r\n").getvalue()))

# Attributes.
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering,
      s.encoding, s.errors, s.newlines, s.closed)
print(type(s).__name__, type(s).__module__)

# Context manager and close.
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
c.close()
for name in ("read", "readline", "readlines", "getvalue", "tell", "seekable",
             "readable", "writable", "truncate", "__next__", "__enter__", "isatty"):
    attempt(name, getattr(c, name))
attempt("write", lambda: c.write("x"))
attempt("seek", lambda: c.seek(0))
attempt("iter", lambda: iter(c))
attempt("flush", c.flush)

# Errors.
s = io.StringIO("abc")
attempt("init int", lambda: io.StringIO(1))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("newline bad", lambda: io.StringIO(newline="x"))
attempt("newline int", lambda: io.StringIO(newline=1))
attempt("write int", lambda: s.write(1))
attempt("writelines int", lambda: s.writelines([1]))
attempt("seek neg", lambda: s.seek(-1))
attempt("seek cur", lambda: s.seek(1, 1))
attempt("seek end", lambda: s.seek(-1, 2))
attempt("seek whence", lambda: s.seek(0, 3))
attempt("seek str", lambda: s.seek("a"))
attempt("seek float", lambda: s.seek(1.5))
attempt("truncate neg", lambda: s.truncate(-1))
attempt("read str", lambda: s.read("x"))
attempt("readline str", lambda: s.readline("x"))
attempt("fileno", s.fileno)
attempt("detach", s.detach)
attempt("init kw", lambda: io.StringIO(initial_value="kw", newline=None).getvalue())
attempt("None", lambda: io.StringIO(None).getvalue())

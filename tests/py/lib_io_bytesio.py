# io.BytesIO: bytes in memory, and its errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(5), b.readline(), b.tell())
print(b.readlines(), b.read())
b.seek(0)
print(list(b))
print(b.seek(-5, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(6)
print(b.write(b"SECOND"), b.getvalue())
print(b.write(bytearray(b"!")), b.write(memoryview(b"?")), b.getvalue())
b.seek(30)
b.write(b"z")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.truncate(), b.getvalue())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.read1(), b.read1(10))
b.writelines([b"x", b"y"])
print(b.getvalue(), io.BytesIO(bytearray(b"ab")).getvalue(), io.BytesIO(memoryview(b"cd")).getvalue())
print(io.BytesIO(initial_bytes=b"kw").getvalue(), io.BytesIO(None).getvalue(), io.BytesIO().getvalue())
for hint in (0, 2, 3, 4, 6, 7):
    print(hint, io.BytesIO(b"ab\ncd\nef").readlines(hint))
print(io.BytesIO(b"ab\ncd").readline(-5))
b = io.BytesIO()
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, type(b).__name__, type(b).__module__)
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for name in ("read", "read1", "readline", "readlines", "getvalue", "tell", "seekable",
             "readable", "writable", "truncate", "__next__", "__enter__", "isatty", "flush"):
    attempt(name, getattr(c, name))
attempt("write", lambda: c.write(b"x"))
attempt("seek", lambda: c.seek(0))
attempt("iter", lambda: iter(c) is c)
b = io.BytesIO(b"abc")
attempt("init str", lambda: io.BytesIO("x"))
attempt("init int", lambda: io.BytesIO(1))
attempt("write str", lambda: b.write("x"))
attempt("write int", lambda: b.write(1))
attempt("seek neg", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 3))
attempt("seek str", lambda: b.seek("a"))
attempt("truncate neg", lambda: b.truncate(-1))
attempt("truncate str", lambda: b.truncate("a"))
attempt("read str", lambda: b.read("x"))
attempt("fileno", b.fileno)

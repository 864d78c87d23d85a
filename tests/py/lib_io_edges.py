# io: StringIO and BytesIO at their edges: newlines seen and translated across
# writes, positions past the end, truncate, the standard streams' classes.
import io
s = io.StringIO(newline=None); s.write("a\r"); s.write("\nb"); print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline=""); s.write("a\r"); s.write("\nb"); print(repr(s.getvalue()), s.newlines, s.readlines())
s.seek(0); print(s.readlines())
s = io.StringIO("abc"); s.seek(10); print(repr(s.read()), repr(s.readline()), s.tell(), s.getvalue())
s = io.StringIO("x\ny"); print(s.readline(0), repr(s.readline(0)), s.tell())
s = io.StringIO("a\r\nb", newline="\r\n"); print(s.readlines(), repr(s.getvalue()))
s = io.StringIO("a\r\nb", newline="\r\n"); print(repr(s.readline(2)), repr(s.readline()))
s = io.StringIO("abc"); s.seek(1); s.truncate(); print(repr(s.getvalue()), s.tell()); s.write("Z"); print(repr(s.getvalue()))
s = io.StringIO("abc"); s.seek(2); print(s.truncate(1), s.tell()); s.write("Q"); print(repr(s.getvalue()))
b = io.BytesIO(b"abc"); b.seek(2); print(b.truncate(1), b.tell()); b.write(b"Q"); print(b.getvalue())
s = io.StringIO(); print(s.write(""), s.getvalue() == "", s.tell())
print(io.StringIO("a\nb\n").readlines(), list(io.StringIO("")))
s = io.StringIO("hello"); s.seek(0, 2); s.write(" world"); s.seek(0); print(s.read())
s = io.StringIO("a\rb", newline=None); print(repr(s.newlines), repr(s.read()))
s = io.StringIO("a\nb\r\n", newline=""); print(repr(s.newlines))
b = io.BytesIO(b"12345"); print(b.read(-1), b.read(0), b.seek(2), b.read(2), b.readinto(memoryview(bytearray(5))))
import sys
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stderr, io.TextIOBase), isinstance(sys.stdin, io.IOBase))
for init in ['a\rb', 'a\nb', 'a\r\nb', 'ab', 'a\rb\nc']:
    for nl in (None, ''):
        s = io.StringIO(init, newline=nl)
        w = io.StringIO(newline=nl)
        w.write(init)
        print(repr(init), repr(nl), repr(s.newlines), repr(w.newlines), s.readlines())

# readline(size) with every newline= and sizes that cut a line or a \r\n.
for nl in (None,'','\n','\r','\r\n'):
  for sz in (-1,1,2,3,4):
    s=io.StringIO('ab\r\ncd\ref\ngh\r', newline=nl); out=[]
    while True:
        l=s.readline(sz)
        if not l: break
        out.append(l)
    print(repr(nl), sz, out)

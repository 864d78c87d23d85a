# os: names and constants, fspath and PathLike, fsencode, low-level descriptors, stat_result.
import os
import stat
print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.SEEK_END, os.F_OK, os.W_OK)
class P:
    def __fspath__(self):
        return "from_pathlike"
print(os.fspath("s"), os.fspath(b"b"), os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
for bad in [1, None, []]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __fspath__(self):
        return 5
try:
    os.fspath(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(os.fsencode("héllo"), os.fsdecode(b"h\xc3\xa9llo"), os.fsencode(b"x"), os.fsdecode("y"))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
print(type(os.getpid()).__name__, os.getpid() == os.getpid(), os.cpu_count() >= 1, os.strerror(2))
name = "os_misc.tmp"
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
st = os.stat(name)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)
print(st.st_size, st[6], stat.filemode(st.st_mode)[0], stat.S_IMODE(0o100644), oct(stat.S_IFMT(0o100644)))
print(stat.filemode(0o40755), stat.filemode(0o100644), stat.filemode(0o120777), stat.filemode(0o104755))
print(os.access(name, os.R_OK), os.access("no_such.tmp", os.F_OK))
os.remove(name)
print(os.path.exists(name), callable(os.walk), os.sep in os.getcwd())

# traceback: printing and formatting exceptions and their frames, as the
# interpreter prints an uncaught exception.
import os
import sys


class _Relative:
    """Prints paths relative to the test's folder, as they were recorded."""
    def __init__(self, out):
        self.out = out
        self.folder = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, s):
        return self.out.write(s.replace(self.folder, ""))

    def flush(self):
        self.out.flush()


sys.stdout = _Relative(sys.stdout)
import traceback, sys

def f(x):
    return x[1] + 2

def g(a, b):
    return a / b

def h():
    d = {}
    return d["k"] * 3

try:
    f([1, "a"])
except TypeError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s, end="")

try:
    g(1, 0)
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename == __file__, fs.lineno, fs.name, fs.line)
    print(traceback.format_tb(tb))
    print([ (fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(tb)])

try:
    try:
        h()
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)

try:
    try:
        1/0
    except ZeroDivisionError:
        undefined_name
except NameError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)
    traceback.print_exc(limit=1, file=sys.stdout)

def stack():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack())
    st = traceback.extract_stack()
    print(type(st).__name__, [f.name for f in st])
stack()
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("x.py", 3, 5, "  a b c\n", 3, 8))))
print(traceback.format_exception(None))
try:
    traceback.format_exception(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    traceback.format_exception(ValueError, 1)
except ValueError as e:
    print(type(e).__name__, e)
te = traceback.TracebackException.from_exception(ZeroDivisionError("z"))
print(str(te), te.exc_type, te.stack, list(te.format()))
e = KeyError("k"); e.add_note("a note\nsecond")
print(traceback.format_exception_only(e))
class MyErr(Exception): pass
print(traceback.format_exception_only(MyErr()))
def rec(n):
    return rec(n - 1) if n else 1/0
try:
    rec(10)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

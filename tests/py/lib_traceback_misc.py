# traceback: messages of odd exceptions, notes, SyntaxError details, captured
# locals, clear_frames and print_last.
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
class BadStr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(BadStr()))
e = ValueError("v"); e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e = ValueError("v"); e.__notes__ = [1, "two\nlines"]
print(traceback.format_exception_only(e))
def f(a, b=2):
    c = [a, b]
    raise KeyError(c)
try:
    f(1)
except KeyError as ex:
    te = traceback.TracebackException.from_exception(ex, capture_locals=True)
    print("".join(te.stack.format()[-1:]))
    print(te.stack[-1].locals)
    traceback.clear_frames(ex.__traceback__)
try:
    traceback.print_last()
except ValueError as e:
    print(type(e).__name__, e)
e = SyntaxError("msg")
print(traceback.format_exception_only(e))
e = SyntaxError("msg", ("f.py", None, None, None))
print(traceback.format_exception_only(e))
e = SyntaxError("msg", ("f.py", 2, 0, "\tx = (\n", 2, 3))
print(traceback.format_exception_only(e))
class Inner:
    class Err(Exception): pass
print(traceback.format_exception_only(Inner.Err("q")))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(Exception("")))
import collections
print(traceback.format_exception_only(StopIteration(None)))
print(repr(traceback.TracebackException(KeyError, KeyError(), None)._str))

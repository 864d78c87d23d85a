# traceback: stacks, FrameSummary, limits, syntax errors, exception groups,
# chaining with __cause__, __context__ and from None.
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
def multi(n):
    return len(
        n)
def deep():
    x = None
    return (x
            + 1)
for fn in (lambda: multi(None), deep, lambda: [1][2]  # comment
           ):
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)))
def gen():
    yield from traceback.walk_stack(None)
def caller():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]
print(caller())
s = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1)
print(s, s.format())
fs = traceback.FrameSummary("f.py", 3, "fn", line="  x = 1  ")
print(repr(fs), fs.line, list(fs), fs[2], len(fs), fs == ("f.py", 3, "fn", "x = 1"))
print(traceback.format_list([("a.py", 1, "m", "pass"), fs]))
sys.tracebacklimit = 1
try:
    deep()
except TypeError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(e))
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
try:
    raise eg
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)
te = traceback.TracebackException(ValueError, ValueError("v"), None)
print(te == traceback.TracebackException(ValueError, ValueError("v"), None), te.__cause__, te.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from None
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(te.__context__ is not None, te.__suppress_context__)
    print("".join(te.format()))
    print("".join(te.format(chain=False)))

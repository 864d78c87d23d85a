# __exit__ receives the exception and may suppress it by returning true.

class Catch:
    def __init__(self, *types, verdict=True):
        self.types = types
        self.verdict = verdict

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  __exit__ got", exc_type.__name__ if exc_type else None,
              repr(exc), type(tb).__name__)
        if exc_type is not None and issubclass(exc_type, self.types):
            return self.verdict
        return None


with Catch(ZeroDivisionError):
    1 / 0
print("suppressed")

try:
    with Catch(ZeroDivisionError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

with Catch(ZeroDivisionError):
    pass
print("no exception: tb is None")

# Any true value suppresses; a false one does not
for verdict in (1, "yes", [0], 0, "", None, []):
    try:
        with Catch(Exception, verdict=verdict):
            raise ValueError(verdict)
        print(repr(verdict), "suppressed")
    except ValueError:
        print(repr(verdict), "propagated")

# The traceback passed is the exception's
class CheckTb:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print("  same traceback:", tb is e.__traceback__, tb.tb_lineno > 0)
        return True

with CheckTb():
    raise RuntimeError("x")

# Suppression inside a function: execution continues after the with
def f():
    with Catch(KeyError):
        {}["missing"]
        print("never")
    return "returned normally"

print(f())

# return, break and continue go through __exit__ with no exception
class Note:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("  exit with", exc)

def early():
    with Note():
        return "from inside"

print(early())
for i in range(3):
    with Note():
        if i == 0:
            continue
        if i == 2:
            break
        print("  body", i)

# An exception suppressed in a loop does not stop the loop
results = []
for n in [2, 0, 5]:
    with Catch(ZeroDivisionError):
        results.append(10 // n)
print(results)

# sys.exc_info() inside __exit__ is the exception being handled
import sys
class ShowExcInfo:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print("  exc_info:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True

with ShowExcInfo():
    raise OSError("io")
with ShowExcInfo():
    pass

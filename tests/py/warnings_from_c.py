# Warnings the interpreter raises itself (a DeprecationWarning from int(),
# the RuntimeWarning of a coroutine never awaited) obey the filters a
# program sets and are recorded by catch_warnings.
import gc
import warnings


class Truncates:
    def __trunc__(self):
        return 7


print(int(Truncates()))       # DeprecationWarning shown: we are __main__
print(int(Truncates()))       # another line: shown again

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(Truncates())
    except DeprecationWarning as e:
        print(type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(int(Truncates()))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    int(Truncates())
    int(Truncates())
    for w in log:
        print(w.category.__name__, w.message, w.lineno)


async def f():
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    gc.collect()
    for w in log:
        print(w.category.__name__, w.message, w.lineno, type(w.source).__name__)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    f()
    print("ignored")

f()                            # shown, with the tracemalloc hint
print("done")

# Filters and actions: error, ignore, always, default, once, module; the
# registry and its version; catch_warnings recording and restoring.
import warnings


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__, w.line)


def emit(text, category=UserWarning):
    warnings.warn(text, category)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        emit("always")
    print(len(log))
    show(log)
    print(str(log[0]).startswith("{message : UserWarning('always'), category : 'UserWarning'"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        emit("default a")
        emit("default b")
    warnings.warn("default c")
    warnings.warn("default c")
    print(len(log), [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    emit("once")
    warnings.warn("once")
    emit("once", RuntimeWarning)
    print(len(log), [(w.category.__name__, str(w.message)) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    emit("module")
    warnings.warn("module")
    warnings.warn("module", FutureWarning)
    print(len(log), [(w.category.__name__, str(w.message)) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    emit("ignored")
    warnings.simplefilter("always", RuntimeWarning)
    emit("ignored")
    emit("not ignored", RuntimeWarning)
    print(len(log), [str(w.message) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn(DeprecationWarning("instance boom"))
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", RuntimeWarning)
    emit("quiet", RuntimeWarning)
    print(warnings.filters[:2])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="Spam")
    emit("spam and eggs")
    emit("eggs and spam")
    warnings.filterwarnings("error", category=FutureWarning, module="__main__")
    try:
        emit("future", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("always", category=BytesWarning, append=True)
    print(len(warnings.filters), warnings.filters[-1])
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    emit("after reset")      # the default action: "default"
    warnings.simplefilter("always", lineno=9999)
    print(warnings.filters)
    show(log)

# catch_warnings(action=...) (new in 3.11) and nesting
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        emit("action arg", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        emit("inner", RuntimeWarning)
    print(len(inner), str(inner[0].message))
print(len(warnings.filters), warnings.filters[0])

# the registry: a warning shown once per location under "default", and
# shown again after the filters change (the version is bumped)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        emit("again")
    warnings.simplefilter("default")
    emit("again")
    print(len(log))

# a replaced showwarning gets the old arguments; formatwarning too
shown = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno, file, line))


old = warnings.showwarning
warnings.showwarning = my_showwarning
warnings.simplefilter("always")
emit("to my hook")
warnings.showwarning = old
print(shown)


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s\n" % (category.__name__, message)


warnings.formatwarning = my_format
emit("formatted")
warnings.formatwarning = warnings._formatwarning_orig

c = warnings.catch_warnings(record=True)
print(repr(c))
try:
    c.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with c:
    try:
        c.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)

for bad in [("bogus",), ("error", "message", UserWarning, "", -1)]:
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print(type(e).__name__, e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print(type(e).__name__, e)

warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    emit("bad filter")
except RuntimeError as e:
    print(type(e).__name__, e)
warnings.filters[0] = "not a tuple"
try:
    emit("bad filter")
except ValueError as e:
    print(type(e).__name__, e)
del warnings.filters[0]
print("done")

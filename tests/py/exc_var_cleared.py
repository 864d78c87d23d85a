# The name bound by "except ... as e" is deleted when the handler ends.
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err} / saved {saved!r}"
print(f())
try:
    raise KeyError("k")
except KeyError as kept:
    alias = kept
print(repr(alias))
print("kept" in dir())

# sys.setprofile hears calls of C functions: c_call before, then c_return
# or c_exception, with the function (a method descriptor bound to its
# self, as CPython shows it); calls of types and of Python functions have
# none of these.
import sys

events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        self = getattr(arg, "__self__", None)
        owner = type(self).__name__ if self is not None else None
        events.append((event, frame.f_code.co_name, arg.__name__, owner))
    else:
        events.append((event, frame.f_code.co_name))


def py_func(x):
    return x + 1


def calls():
    n = len("abc")                      # a builtin function
    s = "abc".upper()                   # a method descriptor, bound to "abc"
    items = []
    app = items.append                  # a bound builtin method
    app(1)
    lst = list((1, 2))                  # a type: no c_call
    py_func(1)                          # a Python function: call and return
    m = max(*[3, 1, 2])                 # CALL_FUNCTION_EX
    j = str.join(*("-", ["a", "b"]))    # CALL_FUNCTION_EX, a method descriptor
    k = sorted([3, 1], reverse=True)    # with keywords
    try:
        int.from_bytes(1)               # a C function that raises
    except TypeError:
        pass
    try:
        len(5)
    except TypeError as e:
        print("caught", e)
    return n, s, items, lst, m, j, k


sys.setprofile(prof)
r = calls()
sys.setprofile(None)
print(r)
for e in events:
    print(*e)


# A profile function that raises in c_call: the call is not made, the
# profile function is removed, and its exception propagates.
def bad(frame, event, arg):
    if event == "c_call" and arg.__name__ == "abs":
        raise RuntimeError("no abs today")


def uses_abs():
    return abs(-3)


sys.setprofile(bad)
try:
    uses_abs()
except RuntimeError as e:
    print("RuntimeError", e)
print(sys.getprofile())

# A trace function (sys.settrace) does not hear c_call.
seen = []


def tr(frame, event, arg):
    seen.append(event)
    return tr


def traced():
    return len([1])


sys.settrace(tr)
traced()
sys.settrace(None)
print(sorted(set(seen)))

# Tracing that starts (or stops) while frames are running: the frames go
# on traced from their next instruction, as in CPython, however the
# tracer was started (a call, a dunder method, a generator, a thread).
import sys
import threading


def tr(frame, event, arg):
    print("trace", event, frame.f_code.co_name, frame.f_lineno)
    return tr


def set_trace_here():
    # as pdb.set_trace: the callers' frames get f_trace, then settrace
    f = sys._getframe().f_back
    while f:
        f.f_trace = tr
        f = f.f_back
    sys.settrace(tr)


def inner():
    set_trace_here()
    a = 1
    b = a + 1
    return b


def outer():
    x = inner()
    y = x * 2
    return y


print(outer())
sys.settrace(None)


def looped():
    total = 0
    for i in range(3):
        if i == 1:
            sys.settrace(tr)
            sys._getframe().f_trace = tr
        total += i
    sys.settrace(None)
    return total


print(looped())


class Adder:
    def __add__(self, other):
        sys.settrace(tr)
        sys._getframe().f_back.f_trace = tr
        return 5


def via_dunder():
    r = Adder() + 1
    s = r + 1
    return s


print(via_dunder())
sys.settrace(None)


def gen():
    yield 1
    sys.settrace(tr)
    sys._getframe().f_trace = tr
    yield 2
    yield 3


g = gen()
print(next(g), next(g), next(g))
sys.settrace(None)


# Stopped by the trace function itself, mid-frame.
def stopper(frame, event, arg):
    print("stopper", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == stop_line:
        sys.settrace(None)
    return stopper


def runs_on():
    p = 1
    q = 2   # the trace stops here
    r = 3
    for i in range(2):
        r += i
    return p + q + r


stop_line = runs_on.__code__.co_firstlineno + 2
sys.settrace(stopper)
print(runs_on())
print(sys.gettrace())


# Started inside a callback called from C (sorted's key), seen by the
# frame that called sorted when it goes on.
def key(v):
    if v == 2:
        sys.settrace(tr)
        sys._getframe().f_back.f_trace = tr
    return -v


def sorts():
    out = sorted([1, 2, 3], key=key)
    n = len(out)
    return out, n


print(sorts())
sys.settrace(None)


# A thread's tracer (threading.settrace) starts with the thread only
# (threading.py's own frames left out: its lines are not CPython's).
def mine(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    return tr(frame, event, arg)


def work():
    w = 1
    return w + 1


threading.settrace(mine)
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)
print("done")

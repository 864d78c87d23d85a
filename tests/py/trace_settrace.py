# sys.settrace and sys.setprofile: the events a Python-written tracer sees.
import sys

events = []

def tracer(frame, event, arg):
    if event == "exception":
        arg = arg[0].__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def add(a, b):
    c = a + b
    return c

def gen(n):
    for i in range(n):
        yield i

def fails():
    raise KeyError("k")

def catches():
    try:
        fails()
    except KeyError:
        return "caught"

sys.settrace(tracer)
add(1, 2)
list(gen(2))
catches()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())

# The local trace function can be turned off by returning None.
seen = []
def only_calls(frame, event, arg):
    seen.append((event, frame.f_code.co_name))
    return None

sys.settrace(only_calls)
add(3, 4)
sys.settrace(None)
print(seen)

# Frames seen from a tracer: f_back, f_locals, f_code.
def show(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "add":
        print("locals", sorted(frame.f_locals.items()), "back", frame.f_back.f_code.co_name)
    return show

def caller():
    return add(5, 6)

sys.settrace(show)
caller()
sys.settrace(None)

# Opcode events when f_trace_opcodes is set.
ops = []
def opcodes(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == "opcode":
        ops.append(frame.f_lasti)
    return opcodes

def tiny():
    return 1

sys.settrace(opcodes)
tiny()
sys.settrace(None)
print("opcode events", len(ops) > 0, ops == sorted(ops))

# A profile function hears calls and returns.
prof = []
def profiler(frame, event, arg):
    if event in ("call", "return"):
        prof.append((event, frame.f_code.co_name))

sys.setprofile(profiler)
add(1, 1)
sys.setprofile(None)
print(prof)

# A trace function that raises is removed, and its error propagates.
def broken(frame, event, arg):
    raise RuntimeError("tracer failed")

sys.settrace(broken)
try:
    add(1, 2)
except RuntimeError as e:
    print("error", e)
print(sys.gettrace())

# A suspended generator that is dropped is closed: its finally blocks run.

def resource(name):
    print("  open", name)
    try:
        yield name
        yield name + "!"
    finally:
        print("  close", name)

g = resource("a")
next(g)
print("dropping a")
del g
print("dropped a")

# Rebinding the name drops the old generator
g = resource("b")
next(g)
g = resource("c")
print("rebound")
next(g)
g = None

# Breaking out of a for loop over a generator
for x in resource("d"):
    print("  loop body", x)
    break
print("after break")

# A generator abandoned in a function is closed when the function returns
def first_item():
    return next(resource("e"))

print("first:", first_item())

# with GeneratorExit visible
def watcher():
    try:
        yield
    except GeneratorExit:
        print("  GeneratorExit delivered")
        raise

w = watcher()
next(w)
w = None

# A generator that was never started is not run when dropped
h = resource("never")
del h
print("never started: no output")

# An exception in the finalizer is reported, not raised
def bad():
    try:
        yield
    finally:
        raise ValueError("in finally")

b = bad()
next(b)
del b
print("still running")

# In a reference cycle, the collector closes it
import gc
def cyclic():
    try:
        yield
    finally:
        print("  cyclic closed")

c = cyclic()
next(c)
holder = [c]
holder.append(holder)
c.gi_frame.f_locals
del c, holder
gc.collect()
print("end")

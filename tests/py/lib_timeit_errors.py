# timeit: the errors of Timer's arguments and of the timed code.
import timeit

class FakeTimer:
    def __init__(self):
        self.t = 0
    def __call__(self):
        self.t += 1
        return self.t

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: timeit.Timer(5))
show(lambda: timeit.Timer("pass", 5))
show(lambda: timeit.Timer(None))
show(lambda: timeit.Timer("return 1"))
show(lambda: timeit.Timer("pass", "return"))
show(lambda: timeit.Timer("x = ("))
show(lambda: timeit.Timer("yield 1"))
show(lambda: timeit.Timer("break"))
show(lambda: timeit.timeit("1 / 0", number=3))
show(lambda: timeit.timeit("undefined_name", number=1))
show(lambda: timeit.timeit("pass", number=-1, timer=FakeTimer()))
show(lambda: timeit.timeit("pass", number="x"))
show(lambda: timeit.Timer("pass").repeat(0, 1))
show(lambda: timeit.timeit(lambda: [][1], number=1))

# The timer is called for the two readings only.
reads = []
def timer():
    reads.append(1)
    return 1.0
show(lambda: timeit.timeit("pass", number=50, timer=timer))
print(len(reads))

# gc is enabled again after the loop, even when the statement fails.
import gc
show(lambda: timeit.timeit("1 / 0", number=1))
print(gc.isenabled())
gc.disable()
show(lambda: timeit.timeit("pass", number=1, timer=timer))
print(gc.isenabled())
gc.enable()

# timeit: Timer, timeit, repeat, autorange with a fake clock, so that the
# times printed are the same on every run.
import timeit


class FakeClock:
    """A timer that advances by `step` seconds each time it is read."""
    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now


print(timeit.__all__)
print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)

# The statement really runs `number` times, after the setup once.
counter = []
t = timeit.Timer("counter.append(1)", "counter.clear()", timer=FakeClock(0.5),
                 globals={"counter": counter})
print(t.timeit(7), len(counter))
print(t.repeat(3, 4), len(counter))

# A callable statement and setup.
calls = []
t = timeit.Timer(lambda: calls.append("s"), lambda: calls.append("setup"),
                 timer=FakeClock(0.25))
print(t.timeit(3), calls)

# Module-level helpers; the default namespace is timeit's own.
print(timeit.timeit("x = 2 ** 10", number=5, timer=FakeClock(1)))
print(timeit.repeat("y = [i for i in range(3)]", "z = 1", repeat=2, number=3,
                    timer=FakeClock(2)))
print(timeit.timeit("a + b", "a = 1; b = 2", number=10, timer=FakeClock(0.125)))
print(timeit.timeit("v * 2", number=2, timer=FakeClock(1), globals={"v": 21}))

# Multi-line statements are indented into the loop.
print(timeit.timeit("for i in range(3):\n    s = i\nt = 1", number=2,
                    timer=FakeClock(1)))

# autorange: 1, 2, 5, 10, ... until the time is at least 0.2 s.
class LoopClock:
    """A clock that moves 0.01 s for every loop that ran since its last read."""
    def __init__(self):
        self.t = 0.0
        self.loops = 0
    def __call__(self):
        self.t += self.loops * 0.01
        self.loops = 0
        return self.t

clock = LoopClock()
seen = []
t = timeit.Timer("clock.loops += 1", timer=clock, globals={"clock": clock})
print(t.autorange(lambda n, taken: seen.append((n, taken))))
print([n for n, taken in seen])
print(timeit.Timer("pass", timer=FakeClock(0.5)).autorange())

# A real clock: only the type and sign of the result are stable.
r = timeit.timeit("pass", number=100)
print(type(r).__name__, r >= 0)
print(len(timeit.repeat("pass", number=10, repeat=3)))
r = timeit.Timer("pass").autorange()
print(type(r[0]).__name__, r[1] >= 0.2)

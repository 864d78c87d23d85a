# Writing a context manager class and using it
import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        return False


with Timer() as t:
    total = sum(range(100_000))

with Timer() as outer, Timer() as inner: print(total)
print(t.elapsed >= 0)

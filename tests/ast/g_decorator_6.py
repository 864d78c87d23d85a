# A timing decorator with optional arguments
import time
from functools import wraps


def timed(fn=None, *, label=None):
    if fn is None:
        return lambda f: timed(f, label=label)

    @wraps(fn)
    def inner(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            name = label or fn.__name__
            print(f"{name} took {time.perf_counter() - start >= 0}")
    return inner


@timed
def quick(): return 1


@timed(label="slow one")
def slow(): return sum(range(10_000))


print(quick(), slow())

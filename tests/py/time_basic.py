# time.time, time.perf_counter and time.sleep: only relations are printed, never values.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, p1 > p0, m1 >= m0)
print(p1 - p0 >= 0.009, p1 - p0 < 5)
print(type(t0).__name__, type(p0).__name__, t0 > 1_600_000_000)
print(time.sleep(0), type(time.time_ns()).__name__, time.time_ns() > 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)

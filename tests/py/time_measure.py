# Measuring elapsed time around work, printing booleans only.
import time
def busy(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
start = time.perf_counter()
result = busy(20000)
elapsed = time.perf_counter() - start
print(result, elapsed > 0, elapsed < 10)
durations = []
for _ in range(3):
    s = time.perf_counter()
    time.sleep(0.002)
    durations.append(time.perf_counter() - s)
print(all(d >= 0.0015 for d in durations), len(durations))
print(time.perf_counter() > start, isinstance(elapsed, float))

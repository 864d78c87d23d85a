# Generators chained into a lazy pipeline: each stage pulls from the last.

def numbers(limit):
    for n in range(1, limit + 1):
        print(f"  numbers -> {n}")
        yield n

def evens(source):
    for n in source:
        if n % 2 == 0:
            print(f"  evens   -> {n}")
            yield n

def squared(source):
    for n in source:
        print(f"  squared -> {n * n}")
        yield n * n

def take(n, source):
    for i, v in enumerate(source):
        if i == n:
            return
        yield v

pipeline = take(2, squared(evens(numbers(10))))
print("built the pipeline; nothing has run")
for value in pipeline:
    print("got", value)

# Infinite generators are fine when consumed lazily
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(10, fib())))
print(next(n for n in naturals() if n * n > 50))

# A generator-based running average (send)
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in (10, 20, 60):
    print("average", avg.send(v))

# Round-robin scheduling of generators, the idea under asyncio
from heapq import heappush, heappop

def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")

queue = [task("A", 2), task("B", 3), task("C", 1)]
while queue:
    t = queue.pop(0)
    try:
        next(t)
    except StopIteration:
        continue
    queue.append(t)

# Timed scheduling with a heap: (time, order, generator)
def sleeper(name, delays):
    for d in delays:
        print(f"{name} sleeps {d}")
        yield d
    print(f"{name} wakes for good")

heap = []
order = 0
for g in (sleeper("x", [3, 1]), sleeper("y", [1, 1, 1]), sleeper("z", [2])):
    heappush(heap, (0, order, g))
    order += 1
while heap:
    now, _, g = heappop(heap)
    try:
        delay = next(g)
    except StopIteration:
        print("  at", now)
        continue
    heappush(heap, (now + delay, order, g))
    order += 1

# Condition, Event, Semaphore and BoundedSemaphore between threads.
import threading

# A producer and a consumer around a Condition.
items = []
cond = threading.Condition()
got = []

def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))

c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print(got)

with cond:
    print(cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(threading.Condition(threading.Lock())).startswith('<Condition(<unlocked _thread.lock object at'))

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
waiting = []
def waiter(i):
    waiting.append((i, ev.wait()))
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(waiting), ev.is_set())
ev.clear()
print(ev.is_set())
print(repr(ev)[:22], repr(ev)[-7:])

# Semaphore: at most two inside at once.
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
lock = threading.Lock()
def guarded():
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        threading.Event().wait(0.02)
        with lock:
            inside[0] -= 1
ts = [threading.Thread(target=guarded) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 2, inside[0])
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
print(sem.acquire(timeout=0.01))
sem.release(2)
print(repr(sem)[-10:])
for bad in [lambda: threading.Semaphore(-1), lambda: sem.release(0),
            lambda: sem.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
print(repr(b)[-12:])

# queue: producers and consumers, task_done and join, timeouts, and the
# queue kinds.
import queue
import threading

q = queue.Queue()
results = []

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(10):
    q.put(i)
q.join()
print(sorted(results), q.unfinished_tasks, q.empty(), q.qsize())
for _ in workers:
    q.put(None)
for w in workers:
    w.join()

# Bounded queues block, or raise Full / Empty.
b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize())
for f in [lambda: b.put(3, block=False), lambda: b.put(3, timeout=0.01)]:
    try:
        f()
    except queue.Full as e:
        print('Full', repr(e))
print(b.get(), b.get_nowait())
for f in [b.get_nowait, lambda: b.get(timeout=0.01)]:
    try:
        f()
    except queue.Empty as e:
        print('Empty', repr(e))
for f in [lambda: b.get(timeout=-1), lambda: b.put(1) or b.put(2) or b.put(3, timeout=-1)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    queue.Queue().task_done()
except ValueError as e:
    print('ValueError', e)

# A consumer blocked on get() wakes up when an item arrives.
q2 = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q2.get(timeout=5)))
t.start()
q2.put('hello')
t.join()
print(got)

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('Empty')
try:
    sq.get(block=False)
except queue.Empty:
    print('Empty')
print(issubclass(queue.Empty, Exception), queue.Full.__mro__[1].__name__)

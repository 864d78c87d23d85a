# Producer and consumer threads with a queue, and a thread pool
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

tasks = queue.Queue()
results = []


def consumer():
    while (item := tasks.get()) is not None:
        results.append(item * item)
        tasks.task_done()


worker = threading.Thread(target=consumer, daemon=True)
worker.start()
for n in range(5):
    tasks.put(n)
tasks.put(None)
worker.join()
with ThreadPoolExecutor(max_workers=2) as pool:
    lengths = list(pool.map(len, ["a", "bb", "ccc"]))
print(sorted(results), lengths)

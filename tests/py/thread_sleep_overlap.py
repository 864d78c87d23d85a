# time.sleep releases the GIL: four threads sleeping half a second each
# finish together, in about half a second, not two.
import threading
import time

done = []
def nap(i):
    time.sleep(0.5)
    done.append(i)

start = time.perf_counter()
threads = [threading.Thread(target=nap, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(sorted(done))
print(elapsed < 2 * 0.5)
print(elapsed >= 0.5)

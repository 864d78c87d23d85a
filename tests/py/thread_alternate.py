# Two threads that never block still take turns: the GIL passes from one
# to the other every switch interval, so each makes progress before the
# other finishes.
import threading

N = 1_000_000
progress = [0, 0]
seen_at_finish = [None, None]
start = threading.Barrier(2)

def count(i):
    start.wait()
    for k in range(N):
        progress[i] = k
    seen_at_finish[i] = progress[1 - i]

threads = [threading.Thread(target=count, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(progress == [N - 1, N - 1])
first = 0 if seen_at_finish[0] < N - 1 else 1
# When the first one finished, the other had started and was not done.
print(0 < seen_at_finish[first] < N - 1)
print(sum(1 for s in seen_at_finish if s == N - 1) <= 1)

# threading.Barrier: parties wait for each other; an action runs once per
# round; abort() and a timeout break it.
import threading

order = []
lock = threading.Lock()
b = threading.Barrier(3, action=lambda: order.append('action'))
print(b.parties, b.n_waiting, b.broken)

def party(i):
    with lock:
        order.append('in')
    idx = b.wait()
    with lock:
        order.append(('out', idx in (0, 1, 2)))

ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order[:4])
print(sorted(map(str, order[4:])))

# A timeout breaks the barrier for everybody.
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('still broken')
b2.reset()
print(b2.broken, b2.n_waiting)
b2.abort()
print(b2.broken, repr(b2)[-7:])
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError', e)

# threading.RLock: the owning thread may take it again; only the owner
# releases it.
import threading

r = threading.RLock()
print(type(r).__name__, type(r).__module__)
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
me = threading.get_ident()
print(repr(r).replace(str(me), 'ME')[:46])
r.release()
r.release()
print(repr(r)[:45], r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

# Another thread can neither take it nor release it.
r.acquire()
res = []
def other():
    res.append(r.acquire(False))
    res.append(r.acquire(timeout=0.01))
    res.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(res)
r.release()

with r:
    with r:
        print('nested', r._recursion_count())
print(r._recursion_count())

# Condition uses _release_save/_acquire_restore to let go entirely.
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == me, r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
try:
    r._release_save()
except RuntimeError as e:
    print('RuntimeError', e)

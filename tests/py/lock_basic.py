# threading.Lock (_thread.lock): acquire, release, timeouts, the context
# manager protocol, and CPython's errors.
import threading
import _thread

lock = threading.Lock()
print(type(lock), lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
print(repr(lock)[:22])
lock.release()
print(repr(lock)[:24])
with lock:
    print('inside', lock.locked())
print(lock.locked())

def check(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

check(lock.release)
check(lock.acquire, False, 1)
check(lock.acquire, True, -5)
check(lock.acquire, timeout=1e300)
check(lock.acquire, timeout=1e10)
check(lock.acquire, 1, 2, 3)
check(lock.acquire, timeout='x')
check(lock.acquire, blocking=0)
lock.release()
check(lock.acquire, timeout=-1)
lock.release()

# Another thread may release a lock it did not take.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print(lock.locked())

# A blocked acquire waits for the release from another thread.
lock.acquire()
order = []
def releaser():
    order.append('release')
    lock.release()
t = threading.Thread(target=releaser)
t.start()
print(lock.acquire(timeout=5))
order.append('acquired')
t.join()
print(order)
lock.release()

print(_thread.allocate_lock is _thread.allocate, _thread.LockType is type(lock))
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
check(_thread.LockType)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)

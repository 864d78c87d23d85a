# threading.Thread: targets with args and kwargs, names, join, is_alive,
# the registry of threads, and the errors CPython gives.
import threading

results = []

def work(n, scale=1):
    results.append(n * scale)

t = threading.Thread(target=work, args=(3,), kwargs={'scale': 10})
print(t.name, t.daemon, t.ident, t.is_alive())
print(t)
t.start()
t.join()
print(results, t.is_alive())
print(repr(t).replace(str(t.ident), 'IDENT'))

named = threading.Thread(target=work, args=(1,), name='worker')
print(named.name)
named.start()
named.join()
print(results)

# Names count up from the threads made without one.
a = threading.Thread(target=work, args=(2,))
b = threading.Thread()
print(a.name, b.name)
b.name = 42
print(repr(b.name))

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(repr(main).replace(str(main.ident), 'IDENT'))
print(threading.active_count(), threading.enumerate() == [main])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)

def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

check(a.join)
a.start()
check(a.start)
a.join()
check(lambda: main.join())
c = threading.Thread(target=work, args=(4,))
c.start()
c.join()
check(lambda: setattr(c, 'daemon', True))
print(sorted(results))

# A thread sees itself as the current thread.
seen = []
def who():
    me = threading.current_thread()
    seen.append((me.name, me is threading.main_thread(), me.is_alive()))
    seen.append(threading.active_count())
d = threading.Thread(target=who, name='me')
d.start()
d.join()
print(seen)

# join(timeout) returns None; is_alive tells whether the thread ended.
ev = threading.Event()
e = threading.Thread(target=ev.wait)
e.start()
print(e.join(0.05), e.is_alive())
ev.set()
e.join()
print(e.is_alive())

# The target and its arguments are dropped once the thread has run.
print(hasattr(c, '_target'), hasattr(c, '_args'))
print(isinstance(threading.Lock(), type(threading.Lock())), threading.TIMEOUT_MAX > 0)
print(threading.ThreadError is RuntimeError)

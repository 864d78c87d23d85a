# threading.Timer: a thread that calls a function after a delay, unless
# cancelled first.
import threading
import time

calls = []
t = threading.Timer(0.1, calls.append, args=['fired'])
print(type(t).__name__, isinstance(t, threading.Thread))
t.start()
t.join()
print(calls, t.finished.is_set())

c = threading.Timer(5.0, calls.append, args=['never'])
c.start()
start = time.monotonic()
c.cancel()
c.join()
print(calls, time.monotonic() - start < 2)

k = threading.Timer(0.01, lambda **kw: calls.append(sorted(kw.items())), kwargs={'a': 1})
k.start()
k.join()
print(calls)
print(repr(k).split('(')[0])

# concurrent.futures.ThreadPoolExecutor: submit, map, as_completed, wait,
# exceptions, cancellation and shutdown.
import concurrent.futures as cf
import threading
import time

def square(x):
    return x * x

def fail(x):
    raise ValueError('bad %d' % x)

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    bad = ex.submit(fail, 3)
    try:
        bad.result()
    except ValueError as e:
        print('ValueError', e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.running())
    print(repr(bad).split(' at ')[0], repr(bad).split(' state=')[1])
    print(repr(futures[0]).split(' state=')[1])

    done, not_done = cf.wait(futures)
    print(len(done), len(not_done))
    r = cf.wait([ex.submit(time.sleep, 0.01)], return_when=cf.FIRST_COMPLETED)
    print(type(r).__name__, len(r.done), r.not_done)
    r = cf.wait([bad, ex.submit(square, 2)], return_when=cf.FIRST_EXCEPTION)
    print(len(r.done) >= 1)

# map() raises the first failure when its result is reached.
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 1, 0])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)

# Callbacks, and a future that is cancelled before it runs.
gate = threading.Event()
calls = []
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(gate.wait)
    second = ex.submit(square, 5)
    second.add_done_callback(lambda f: calls.append(('cb', f.cancelled())))
    print(second.cancel(), second.cancelled(), second.done())
    gate.set()
    print(first.result())
    try:
        second.result()
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
print(calls)

ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool')
names = ex.submit(lambda: threading.current_thread().name).result()
print(names)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError', e)

# A future by hand.
f = cf.Future()
print(repr(f).split(' state=')[1], f.done())
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', type(e) is TimeoutError)
f.set_result(42)
print(f.result(), repr(f).split(' state=')[1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e)[:10])
late = []
f.add_done_callback(lambda fut: late.append(fut.result()))
print(late)
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)

# The low-level _thread module: start_new_thread, locks, identities.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
out = []

def work(a, b=0, *, c=0):
    out.append((a, b, c, _thread.get_ident() != MAIN))
    done.release()

MAIN = _thread.get_ident()
ident = _thread.start_new_thread(work, (1,), {'b': 2, 'c': 3})
done.acquire()
print(out, type(ident).__name__, ident != MAIN)

# An exception ends the thread (reported on stderr); SystemExit ends it quietly.
def fail():
    try:
        raise ValueError('in thread')
    finally:
        done.release()
_thread.start_new_thread(fail, ())
done.acquire()
def leave():
    done.release()
    _thread.exit()
_thread.start_new_thread(leave, ())
done.acquire()
time.sleep(0.1)
print(_thread._count())

for args in [(1, ()), (print, []), (print, (), 1), (print,)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError', e)

print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError', e)
print(_thread.stack_size(1 << 20), _thread.stack_size(0))
print(_thread.get_native_id() > 0, isinstance(_thread.TIMEOUT_MAX, float))
print(_thread.start_new is _thread.start_new_thread or _thread.start_new.__name__)
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)
print(sorted(n for n in dir(_thread) if not n.startswith('__')))

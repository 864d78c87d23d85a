# What the default threading.excepthook writes, caught through a stderr
# replacement: the header, and the exception's last line.
import sys
import threading

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def fail(x):
    raise ValueError('bad value %d' % x)

cap = Capture()
saved = sys.stderr
sys.stderr = cap
t = threading.Thread(target=fail, args=(7,), name='T1')
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
sys.stderr = saved
text = ''.join(cap.parts)
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(len([l for l in lines if l.startswith('Exception in thread')]))

# The hook's argument type.
args = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(type(args).__name__, args.exc_type.__name__, args.exc_value, args.thread)
try:
    threading.excepthook((1, 2, 3, 4))
except TypeError as e:
    print('TypeError', e)

# A hook that fails: CPython reports it and goes on.
def bad_hook(args):
    raise RuntimeError('hook failed')
threading.excepthook = bad_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=fail, args=(1,))
t.start()
t.join()
sys.stderr = saved
lines = ''.join(cap.parts).splitlines()
print(lines[0])
print(lines[-1])

# Subclassing threading.Thread: run() overridden, __init__ extended.
import threading

class Counter(threading.Thread):
    def __init__(self, name, n):
        super().__init__(name=name)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i

threads = [Counter('c%d' % i, 1000 * (i + 1)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in threads:
    print(t.name, t.total, t.is_alive())

class Bad(threading.Thread):
    def run(self):
        raise KeyError('k')

# Exceptions go to threading.excepthook, with the thread.
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))
threading.excepthook = hook
b = Bad(name='bad')
b.start()
b.join()
print(caught)
print(b.is_alive())

class NoInit(threading.Thread):
    def __init__(self):
        pass

n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    n.join()
except RuntimeError as e:
    print('RuntimeError', e)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

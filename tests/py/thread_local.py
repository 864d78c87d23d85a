# threading.local: every thread sees its own attributes.
import threading

data = threading.local()
data.x = 'main'
out = []

def work(n):
    out.append(('before', n, hasattr(data, 'x')))
    data.x = n
    out.append(('after', n, data.x))

threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
print(data.x, data.__dict__)

# A subclass: __init__ runs again in each thread, with the same arguments.
class Config(threading.local):
    def __init__(self, level, name='cfg'):
        self.level = level
        self.name = name
        inits.append(level)

inits = []
cfg = Config(3, name='c')
cfg.level = 9
seen = []
def look():
    seen.append((cfg.level, cfg.name))
    cfg.level = 5
    seen.append(cfg.level)
t = threading.Thread(target=look)
t.start()
t.join()
print(seen, cfg.level, inits)

try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
try:
    del data.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
print(type(data).__name__, type(data).__module__)
del data.x
print(hasattr(data, 'x'))

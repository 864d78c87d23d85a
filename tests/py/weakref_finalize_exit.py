# At exit: threads are joined first, then the atexit functions run newest
# first (weakref.finalize's among them), then the objects are freed.
import atexit
import threading
import time
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def bye(who, punct='.'):
    print('atexit', who + punct)

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='!')
f = atexit.register(lambda: print('lambda'))
atexit.register(print, 'unregistered')
atexit.unregister(print)


r = Res('r')
weakref.finalize(r, print, 'finalize r')
keep = Res('keep')

def worker():
    time.sleep(0.1)
    print('worker done')
threading.Thread(target=worker).start()

try:
    atexit.register(1)
except TypeError as e:
    print('TypeError', e)
print('end of main')

# The camelCase aliases of threading still work, with a DeprecationWarning
# each (on stderr), and _warnings.warn checks its category.
import threading
t = threading.Thread()
print(t.isDaemon())
t.setName('x')
print(t.getName(), threading.currentThread().name, threading.activeCount())
import _warnings
_warnings.warn('plain')
_warnings.warn(UserWarning('inst'))
for a in [('m', int), ('m', None, 'x')]:
    try: _warnings.warn(*a)
    except Exception as e: print(type(e).__name__, e)

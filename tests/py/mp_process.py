# multiprocessing.Process: a child made by fork runs the target, and the
# parent learns its exit code.
import multiprocessing as mp
import os
import sys

def hello(name, punct='!'):
    print('hello', name + punct)

p = mp.Process(target=hello, args=('child',), kwargs={'punct': '?'})
print(p.name, p.daemon, p.exitcode, p.pid, p.is_alive())
print(repr(p).replace(str(os.getpid()), 'PPID'))
p.start()
p.join()
print(p.exitcode, p.is_alive(), p.pid != os.getpid())
print(repr(p).replace(str(p.pid), 'PID').replace(str(os.getpid()), 'PPID'))

def fail():
    raise ValueError('boom')

for target, args in [(fail, ()), (sys.exit, (3,)), (sys.exit, ('message',)), (sys.exit, ())]:
    c = mp.Process(target=target, args=args)
    c.start()
    c.join()
    print(c.name, c.exitcode)

def where():
    print(mp.current_process().name, mp.parent_process().name, mp.parent_process().pid == PARENT)

PARENT = os.getpid()
w = mp.Process(target=where, name='worker')
w.start()
w.join()
print(mp.current_process().name, mp.parent_process(), mp.active_children())

# A child's output is its own: the parent's buffered output is flushed
# before the fork, so nothing is printed twice.
print('before', end=' ')
q = mp.Process(target=print, args=('in child',))
q.start()
q.join()
print('after')

try:
    p.start()
except AssertionError as e:
    print('AssertionError', e)
p.close()
try:
    p.is_alive()
except ValueError as e:
    print('ValueError', e)
print(mp.cpu_count() >= 1, mp.get_start_method())

# collections.deque: both ends, maxlen, rotate, indexing, comparisons and the errors.
from collections import *
import collections
d=deque([1,2,3])
for f in ['d.index(9)','d.remove(9)','deque().pop()','deque().popleft()','d[10]','deque(maxlen=-1)','deque(1)','d.rotate("x")','deque([1])<deque([2])','deque([1,2],maxlen=1)','d*2','d+deque([4])','d+[1]','deque([1,2],maxlen=2)+deque([3])','d.copy()','d.count(1)','list(reversed(d))','deque("abc",2)','d.extendleft([7,8])','d','deque(range(3))[-1]','d["x"]','deque.__name__','deque.__module__','deque([[1]]).__copy__()', 'd.rotate(2)', 'd', 'd.rotate(-1)', 'd', 'd.insert(1, 99)', 'd', 'd.remove(99)', 'd', 'd.reverse()', 'd', 'len(d)', '3 in d', 'd.maxlen', 'deque([1],3).maxlen', 'list(d)', 'd == deque(d)', 'd.clear()', 'd', 'bool(d)']:
  try: print(f, '->', repr(eval(f)))
  except Exception as e: print(f, '->', type(e).__name__, e)
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.appendleft(9)
print(d)
d.extend([7, 8])
print(d, d.pop(), d.popleft(), d)
it = iter(d)
next(it)
d.append(1)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = deque()
for i in range(10):
    d.append(i) if i % 2 else d.appendleft(i)
print(d, len(d), d[0], d[-1], d[5], list(reversed(d)))
del d[2]
d[0] = 'first'
print(d, d.index(9), 9 in d, d.count(1))
d2 = d.copy()
d2.rotate(3)
print(d2, d == d2, d != d2)
print(deque([[1]]) == deque([[1]]), deque([1, 2]) > deque([1]), bool(deque()))
dq = deque([1])
dq.append(dq)
print(dq)
dq.clear()
dq += [1, 2]
dq *= 2
print(dq, 2 * deque('ab'), deque('ab') * 0)
import copy
c = deque([[1], [2]], maxlen=4)
print(copy.copy(c), copy.deepcopy(c)[0] is c[0], copy.copy(c)[0] is c[0])
class MyDeque(deque):
    pass
md = MyDeque([1, 2])
print(md, type(md.copy()).__name__, isinstance(md, deque))
print(deque[int])

# collections: defaultdict, OrderedDict, Counter, ChainMap and the User classes.
from collections import *
import collections
dd=defaultdict(list)
for f in ['defaultdict(1)','defaultdict(list, a=1)','dd.default_factory','defaultdict(None)[1]','dd.copy()','dd | {1:2}','{1:2} | dd','repr(defaultdict(lambda: 1))[:25]','defaultdict.__module__','OrderedDict(a=1) == OrderedDict(b=1)','OrderedDict(a=1,b=2)==OrderedDict(b=2,a=1)','OrderedDict(a=1,b=2)=={"b":2,"a":1}','OrderedDict(a=1).popitem(last=False)','OrderedDict().popitem()','OrderedDict(a=1).move_to_end("z")','list(reversed(OrderedDict(a=1,b=2)))','OrderedDict(a=1) | {"b":2}','OrderedDict.fromkeys("ab")','Counter(a=1)+Counter(a=2,b=-1)','Counter(a=3)-Counter(a=1,b=2)','Counter(a=3)|Counter(a=1,b=2)','Counter(a=3)&Counter(a=1,b=2)','-Counter(a=-1,b=2)','+Counter(a=-1,b=2)','Counter("aab").total()','sorted(Counter("aab").elements())','Counter.fromkeys("ab")','Counter(a=1)==Counter(a=1,b=0)','Counter(a=1) <= Counter(a=2)','Counter()["x"]','Counter("abc").most_common()','repr(Counter({"a":1,"b":[1]}))','ChainMap({1:2},{1:3,4:5})[1]','list(ChainMap({1:2},{1:3,4:5}))','ChainMap().maps','ChainMap({1:1}).new_child()','ChainMap({1:1},{2:2}).parents','UserDict(a=1)','UserList([1,2])','UserString("ab")','UserList([1])+[2]','UserString("ab").upper()','len(ChainMap({1:2},{3:4}))', 'ChainMap({})[5]', 'OrderedDict(a=1,b=2).keys()', 'OrderedDict(a=1).items()', 'OrderedDict(a=1).values()', 'Counter("abracadabra")', 'Counter("abracadabra").most_common(2)']:
  try: print(f, '->', repr(eval(f)))
  except Exception as e: print(f, '->', type(e).__name__, e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
words = "the cat and the hat and the bat".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts, dict(counts), counts['missing'], 'missing' in counts)
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), len(nested))
c = Counter(words)
print(c, c['the'], c.most_common(1), len(c), sum(c.values()))
c.update(['cat', 'cat'])
c.subtract({'the': 3})
print(c, list(c.elements())[:4])
c2 = Counter(a=2, b=3)
c2['c'] += 1
del c2['zz']
print(c2, c2 + Counter(a=1), c2 - Counter(b=5), c2 & Counter(b=1, c=5), c2 | Counter(a=7))
c3 = Counter('mississippi')
c3 += Counter('ss')
print(c3, c3.total())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4
print(cm, cm['a'], cm['b'], cm.maps[0], len(cm), sorted(cm.items()))
try:
    del cm['b']
except KeyError as e:
    print(type(e).__name__, e)
ud = UserDict({'x': 1})
ud['y'] = 2
print(ud, len(ud), 'x' in ud, ud.data, isinstance(ud, dict))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul * 2, 3 in ul)
us = UserString("Hello")
print(us + " world", us.lower(), us[1:3], len(us), us == "Hello")
class Stats(OrderedDict):
    pass
s = Stats(b=1, a=2)
print(s, type(s.copy()).__name__)

# collections.namedtuple: fields, defaults, _make/_replace/_asdict, errors, subclasses.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, P._fields, P.__doc__, P.x.__doc__, p._asdict(), p._replace(x=5), P._make([3, 4]), p.x, p[1], P.__mro__)
for f in ['P(1)', 'P(1,2,3)', 'P._make([1])', 'p._replace(z=1)', 'namedtuple("1x", "a")', 'namedtuple("X", "class")', 'namedtuple("X", "_a")', 'namedtuple("X", "a a")', 'p.x', 'P(x=1, y=2)', 'P.__new__.__doc__', 'P._make.__doc__', 'namedtuple("X", "a b", defaults=[2])(1)', 'namedtuple("X", "a _b class", rename=True)._fields', 'P.__module__', 'P.__match_args__', 'P._field_defaults', 'type(p).__name__', 'p == (1, 2)', 'hash(p) == hash((1,2))']:
  try: print(f, '->', repr(eval(f)))
  except Exception as e: print(f, '->', type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self): return abs(self.x) + abs(self.y)
print(Pt(1, -2).norm(), Pt(1, 2))
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
x, y = p
print(p, x + y, p._asdict(), Point(**{'x': 1, 'y': 2}), p.count(3), p.index(4), len(p))
Emp = namedtuple('Emp', 'name, age, title', defaults=['staff'])
print(Emp('ann', 30), Emp._field_defaults, Emp.__new__.__defaults__)
import copy
print(copy.copy(p), copy.deepcopy(p), p.__getnewargs__())
print(isinstance(p, tuple), Point.__bases__, sorted(p))
Single = namedtuple('Single', 'only')
print(Single(1), Single._fields)

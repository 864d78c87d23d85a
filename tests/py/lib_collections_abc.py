# collections.abc: the container ABCs, registrations and the one-method protocols.
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.MutableMapping), isinstance(d, cabc.MutableSequence), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable), cabc.Iterable)
class It:
    def __iter__(self): return iter([])
print(isinstance(It(), cabc.Iterable), isinstance(It(), cabc.Iterator), cabc.Callable[[int], str])
from collections.abc import Sequence, Mapping, MutableMapping, Set, Iterable, Sized, Container, Callable, Hashable, Iterator, Generator, Reversible, Collection, MutableSequence, MutableSet
class MySeq(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, Reversible))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(dict(m), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
class Bad(Mapping):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class MySet(Set):
    def __init__(self, it): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a.isdisjoint([9]))
def gen(): yield 1
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance([], Iterator), isinstance('', Collection))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(set, MutableSet), issubclass(frozenset, Set))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set), isinstance(range(3), Sequence), isinstance(b'', Sequence))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(int, Hashable), Sized.__abstractmethods__, sorted(MutableMapping.__abstractmethods__))

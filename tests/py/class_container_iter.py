# Container protocols: __getitem__/__setitem__/__delitem__, __contains__, iteration.
class Seq:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice): return ("slice", k.start, k.stop, k.step)
        if k >= 3: raise IndexError(k)
        return k * 10
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
    def __len__(self): return 3
s = Seq()
print(s[1], s[1:2], s[::3], list(s), 20 in s, 5 in s, list(reversed(s)))
s[0] = 5
del s[2]
s[1:2] = [1]
del s[:]
for x in s: print(x, end=" ")
print()
class Cont:
    def __contains__(self, x): return x == 3
print(3 in Cont(), 4 in Cont(), 4 not in Cont())
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), [x for x in It()], max(It()))
i = iter(It())
print(next(i), next(i), next(i), next(i, "end"))
class BadIt:
    def __iter__(self): return 5
try:
    iter(BadIt())
except TypeError as e:
    print(e)
class NoIt:
    __iter__ = None
try:
    iter(NoIt())
except TypeError as e:
    print(e)
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, 2, x=3), callable(Call()))

# The iterator protocol everywhere: user classes with __iter__/__next__
# feeding for loops, unpacking, `in`, and the builtins.

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("  __iter__ called")
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for x in Countdown(3):
    print(x)
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(4)
print(first, rest)
print(2 in Countdown(3), 7 in Countdown(3))
print(list(Countdown(3)), tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
print(sum(Countdown(4)), max(Countdown(4)), min(Countdown(4)), sorted(Countdown(3)))
print(list(enumerate(Countdown(2))), list(zip(Countdown(3), "abc")))
print(list(map(str, Countdown(3))), list(filter(lambda v: v % 2, Countdown(5))))
print(any(v > 2 for v in Countdown(3)), all(Countdown(3)))
print(dict.fromkeys(Countdown(2)), "-".join(map(str, Countdown(3))))
print([*Countdown(2), *Countdown(1)], {**{"k": 1}})
print(list(reversed(list(Countdown(3)))))

# An iterator is exhausted once
it = iter(Countdown(2))
print(list(it), list(it))

# __getitem__ alone makes an object iterable (the old sequence protocol)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

# __contains__ takes precedence over iteration for `in`
class Everything:
    def __contains__(self, item):
        return True
    def __iter__(self):
        raise AssertionError("not used")

print(42 in Everything(), "x" not in Everything())

# Errors
class NotIterable:
    pass

for bad in (NotIterable(), 5, None):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 42

try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self

try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)

try:
    next(Countdown(1))
except TypeError as e:
    print("TypeError:", e)

# __iter__ = None opts out
class OptOut:
    __iter__ = None
    def __getitem__(self, i):
        return i

try:
    iter(OptOut())
except TypeError as e:
    print("TypeError:", e)

# An exception from __next__ propagates out of the for loop
class Exploding:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("boom")

try:
    for _ in Exploding():
        pass
except KeyError as e:
    print("KeyError:", e)

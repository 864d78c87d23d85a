# itertools: the infinite iterators and those that stop with their input.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress,
                       dropwhile, filterfalse, groupby, islice, pairwise,
                       starmap, takewhile, tee, zip_longest)
import operator

# count: values, reprs, steps of other types
c = count()
print(next(c), next(c), repr(c))
c = count(10, 5)
print(list(islice(c, 4)), repr(c))
print(repr(count(2.5)), repr(count(1, 1.0)), repr(count(True)), repr(count(0, 0)))
c = count(1.0, 0.5)
print([next(c) for _ in range(3)], repr(c))
c = count(start=-3, step=-1)
print(next(c), next(c), repr(c))
print(repr(count(2 ** 70)), type(count()).__name__, count.__module__)
print(iter(c) is c)

# cycle
cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(cycle([])))
def gen():
    print('gen starts')
    yield 1
    yield 2
cy = cycle(gen())
print([next(cy) for _ in range(5)])

# repeat
print(list(repeat('x', 3)), repr(repeat('x')), repr(repeat('x', 2)))
r = repeat(7, -5)
print(repr(r), list(r), r.__length_hint__())
r = repeat(None, 4)
next(r)
print(r.__length_hint__(), repr(r))
print(list(map(pow, range(5), repeat(2))))
print(list(repeat(object=1, times=2)))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], None)))

# chain
print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(['xy', 'z'])))
def sources():
    print('first source')
    yield [1]
    print('second source')
    yield [2]
ch = chain.from_iterable(sources())
print(next(ch), next(ch))
ch = chain([1], 5, [2])
print(next(ch))
try:
    next(ch)
except TypeError as e:
    print(type(e).__name__, e)
print(list(ch))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 2)))

# dropwhile, takewhile, filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', [], None])))
t = takewhile(lambda x: x < 3, [1, 2, 3, 1])
print(list(t), list(t))

# groupby
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
# a group read after the groupby moved on is empty
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
it = groupby('aaab')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g).__name__, type(g).__module__)
print(list(groupby([])))

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 30, 7)), list(islice('ab', None)))
print(list(islice(count(), 5, 8)), list(islice('abc', 5, 10)))
print(list(islice('abc', None, None, None)), list(islice('abcde', 1, 2 ** 63 - 1)))
# islice reads no further than it must
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))

# pairwise, starmap
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [[1, 2], (3,), []])))

# tee
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z))
print(tee('abc', 0), len(tee('abc', 1)), type(tee('ab')[0]).__name__)
a, b = tee(iter('xyz'))
c, = tee(a, 1)
print(c is a)
d = a.__copy__()
print(next(a), next(d), list(b))
print(list(itertools._tee('ab')))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest(fillvalue=0)), list(zip_longest('a')))

# every iterator is its own iterator, and its type is itertools'
for obj in [count(), cycle('a'), repeat(1), accumulate([]), chain(),
            compress([], []), dropwhile(None, []), filterfalse(None, []),
            groupby([]), islice([], 1), pairwise([]), starmap(None, []),
            takewhile(None, []), tee([])[0], zip_longest()]:
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj)

# Infinite generators and itertools-style helpers
import itertools


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    return [x for _, x in zip(range(n), iterable)]


def window(seq, size=2):
    it = iter(seq)
    buf = tuple(itertools.islice(it, size))
    if len(buf) == size:
        yield buf
    for item in it:
        buf = buf[1:] + (item,)
        yield buf


print(take(5, naturals(10)), list(window("abcd")), take(3, itertools.count(1, 2)))

# A generator class implementing the iterator protocol by hand
class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        current = self.start
        while (current < self.stop) if self.step > 0 else (current > self.stop):
            yield current
            current += self.step

    def __reversed__(self):
        return iter(list(self)[::-1])


class Squares:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2


print(list(Range(0, 10, 3)), list(reversed(Range(5, 0, -2))), list(Squares(4)))

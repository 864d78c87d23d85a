# Attributes set and read through self and class objects
class Counter:
    total = 0

    def __init__(self):
        self.count = 0
        self.history = []

    def tick(self):
        self.count += 1
        type(self).total += 1
        self.history.append(self.count)
        return self


c = Counter()
c.tick().tick().tick()
print(c.count, Counter.total, c.history, c.tick.__self__ is c)
print(c.__class__.__name__, c.__dict__["count"], Counter.__dict__["total"])

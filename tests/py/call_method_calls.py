# Calling methods: bound vs unbound, self binding, methods stored in variables.
class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self
    def get(self):
        return self.n
c = Counter()
c.inc().inc(5).inc(by=2)
print(c.get())
bound = c.inc
bound()
print(c.n, bound.__self__ is c, bound.__name__)
Counter.inc(c, 10)
print(c.get())
method = Counter.get
print(method(c), method(Counter(7)))
print([Counter(i).inc(i).get() for i in range(4)])
print(type(bound).__name__, type(Counter.inc).__name__)
m = "hello".upper
print(m(), "-".join(["a", "b"]), str.join("+", "xy"))

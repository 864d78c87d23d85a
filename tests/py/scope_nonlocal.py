# nonlocal: counter closures, independent instances, nonlocal through two levels.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
acc = accumulator()
acc(1)
print(acc(2))
def shared():
    n = 0
    def get():
        return n
    def bump():
        nonlocal n
        n += 1
    return get, bump
get, bump = shared()
bump()
bump()
print(get())

"""Closures and higher-order calls: counters in cells, function
composition, map/filter/sorted with lambdas, and decorators."""


def make_counter():
    count = 0

    def incr(step):
        nonlocal count
        count += step
        return count
    return incr


def compose(f, g):
    return lambda x: f(g(x))


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def apply_all(funcs, x):
    for f in funcs:
        x = f(x)
    return x


def main():
    c = make_counter()
    for i in range(2400000):
        c(i & 3)
    print("counter:", c(0))

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    f = compose(inc, dbl)
    g = compose(f, inc)
    total = 0
    for i in range(1200000):
        total += g(i)
    print("compose:", total)

    data = list(range(400000))
    m = sum(map(lambda x: x * 3, data))
    fl = len(list(filter(lambda x: x % 3 == 0, data)))
    s = sorted(data, key=lambda x: (x * 7) % 1000)[:5]
    print("map/filter/sorted:", m, fl, s)

    @memo
    def slow_square(n):
        return n * n
    t = 0
    for i in range(1600000):
        t += slow_square(i % 500)
    print("memo:", t)

    pipeline = [inc, dbl, inc, dbl, inc]
    t = 0
    for i in range(480000):
        t += apply_all(pipeline, i)
    print("pipeline:", t)


main()

def gen():
    yield 1
    yield 2
def gen2(n):
    for i in range(n):
        yield i
def gen3():
    x = yield
    y = yield x
    return y
def delegating():
    result = yield from gen()
    return result
def genexp(xs):
    return (x * 2 for x in xs)

# yield in unusual positions
def positions():
    x = yield
    y = yield x
    print((yield))
    print((yield y), (yield from ()))
    items = [(yield), (yield 1)]
    d = {"k": (yield)}
    z = (yield) + 1 if x else 0
    w = yield x, y
    v = yield *items, 3
    await_like = yield from (yield)
    f((yield))
    return x, y, items, d, z, w, v, await_like


def f(arg):
    return arg


def tuple_stmt():
    yield 1, 2
    yield from [1, 2]

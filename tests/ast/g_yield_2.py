# yield from delegates to another iterable or generator
def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [3, 4]
    yield from range(5, 7)


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(outer()), list(flatten([1, [2, [3, [4]]], 5])))

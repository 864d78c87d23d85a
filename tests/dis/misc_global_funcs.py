def f():
    return len(range(10)) + abs(-1) + max(1, 2)
def g():
    print('x', end='')
    return sorted(x, key=len, reverse=True)

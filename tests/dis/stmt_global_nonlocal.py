counter = 0
def inc():
    global counter
    counter += 1
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    return inner
def f():
    global g
    g = 1
    del g

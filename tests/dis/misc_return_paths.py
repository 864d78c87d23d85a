def f(x):
    if x:
        return 1
    else:
        return 2
def g(x):
    if x:
        return 1
def h(x):
    while x:
        if x > 1:
            return x
        x -= 1
def k(x):
    for i in x:
        return i
    return None

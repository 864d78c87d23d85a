def f(x):
    if x is None:
        return 0
    if x is not None and x:
        return 1
    while x is not None:
        x = x.next

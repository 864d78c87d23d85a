def make_adder(n):
    def add(x):
        return x + n
    return add
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def outer(a):
    b = 1
    def middle():
        def inner():
            return a + b
        return inner
    return middle
def shadow():
    x = 1
    def g(x):
        return x
    return g

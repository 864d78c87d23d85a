# global declared in a nested function skips the enclosing function's locals.
x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(outer(), x)
def outer2():
    y = "enclosing"
    def inner():
        global y
        y = "global y created"
        return y
    return inner(), y
print(outer2(), y)
def outer3():
    def inner():
        global z
        return z
    return inner()
z = "late global"
print(outer3())
count = 0
def make_incr():
    def incr():
        global count
        count += 1
    return incr
inc = make_incr()
inc()
inc()
print(count)

# UnboundLocalError: assignment anywhere in a function makes a name local everywhere in it.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    try:
        x += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
g()
def h(flag):
    if flag:
        y = "set"
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def after_del():
    z = 1
    del z
    return z
try:
    after_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def closure_unbound():
    def inner():
        return w
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
    return inner()
print(closure_unbound())

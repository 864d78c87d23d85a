# Functions are objects: default values evaluated once, closures in __closure__.
def outer():
    v = 42
    def inner():
        return v
    return inner
f = outer()
print(f(), len(f.__closure__), f.__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__)
default = "first"
def uses_default(a=default):
    return a
default = "second"
print(uses_default())
def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))
print(mutable_default.__defaults__)
def kw_defaults(*, k=5):
    return k
print(kw_defaults.__kwdefaults__, kw_defaults())
print(f.__code__.co_freevars, outer.__code__.co_cellvars, f.__name__)

# *args and **kwargs: collection, types, order, and forwarding.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
print(type(f()[0]).__name__, type(f()[1]).__name__)
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(x, y=0, *, z=0):
    return x + y + z
print(wrapper(1), wrapper(1, 2), wrapper(1, z=10), wrapper(x=5, y=5))
def count(*items):
    return len(items)
print(count(), count(*range(10)), count("abc"), count(*"abc"))
def show(**opts):
    return list(opts.items())
print(show(b=2, a=1, c=3))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*[4, 5]))
def kw_only_names(**kw):
    return sorted(kw)
print(kw_only_names(**{"x": 1}, y=2))

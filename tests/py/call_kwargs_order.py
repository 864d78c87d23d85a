# **kwargs keep the call's keyword order; dict merging at call sites.
def show(**kw):
    return list(kw)
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def f(a, **rest):
    return a, rest
print(f(rest=1, a=2), f(1, a_=2))
opts = dict(color="red", size=3)
print(f(0, **opts), f(**opts, a=5))
def defaults(**kw):
    settings = {"verbose": False, "depth": 1}
    settings.update(kw)
    return settings
print(defaults(), defaults(depth=5), defaults(extra=None, verbose=True))
def count_kwargs(**kwargs):
    return len(kwargs)
print(count_kwargs(), count_kwargs(**{str(i): i for i in range(5)}))

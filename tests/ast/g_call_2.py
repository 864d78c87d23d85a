# Unpacking into calls in every order CPython accepts
def f(*args, **kwargs):
    return args, kwargs


args = (1, 2)
more = [3]
kw = {"a": 1}
extra = {"b": 2}
print(f(*args))
print(f(0, *args, 4))
print(f(*args, *more))
print(f(**kw, **extra))
print(f(*args, key="v", **kw))
print(f(key="v", *args))
print(f(0, *args, k=1, *more, **kw, z=2, **extra))
print(f(**kw, z=1))
print(f(*args, **kw,))

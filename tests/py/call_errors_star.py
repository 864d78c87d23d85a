# TypeError messages for bad * and ** unpacking at call sites, and calling non-callables.
def f(*args, **kwargs):
    return args, kwargs
tests = [lambda: f(*1), lambda: f(**1), lambda: f(*None), lambda: f(**[1, 2]),
         lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(*[1], **"ab")]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
n = 5
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
s = "text"
try:
    s(1)
except TypeError as e:
    print(type(e).__name__, e)
d = {"k": 1}
try:
    d("k")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
print(f(*"ab", **{}))

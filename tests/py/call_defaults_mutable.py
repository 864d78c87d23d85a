# Default values are evaluated once: the mutable default pitfall and the None idiom.
def append_bad(x, target=[]):
    target.append(x)
    return target
print(append_bad(1), append_bad(2), append_bad(3))
print(append_bad.__defaults__)
def append_good(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_good(1), append_good(2))
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
import_time = 5
def captured(v=import_time * 2):
    return v
import_time = 100
print(captured())
def default_from_call(v=len("abc")):
    return v
print(default_from_call())
def f(a, b=[]):
    b = b + [a]
    return b
print(f(1), f(2))

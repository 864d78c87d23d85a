# setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"a": 1}
print(d.setdefault("a", 99), d.setdefault("b", 2), d.setdefault("c"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
d.update(x=11)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)

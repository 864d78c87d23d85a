# __missing__ on a dict subclass is called by [] but not by get().
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], c.get("z"), "z" in c)
class Default(dict):
    def __missing__(self, key):
        value = self[key] = [key]
        return value
d = Default()
d["a"].append(1)
print(d, d["b"], d)
class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try:
    Loud()["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(c).__name__, isinstance(c, dict), dict(c) == c)

# keys/values/items views: iteration, len, in, liveness and set operations on keys.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, len(v))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"c"}), sorted(k ^ {"c", "q"}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(sorted(it & {("b", 2)}))
print(list(reversed(k)), list(reversed(v)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(v == v, list(d.values()) == [2, 3, 4])

# Insertion order is kept; deletion and reinsertion moves a key to the end.
d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d, list(d))
d["apple"] = 0
print(list(d))
del d["banana"]
d["banana"] = 1
print(list(d))
d.pop("apple")
d["apple"] = 2
print(d)
n = {}
for i in [5, 3, 9, 1, 7]:
    n[i] = i * i
print(n, list(n.keys()), list(n.values()))
for i in [3, 1]:
    del n[i]
n[3] = "back"
print(n)
print({**{"b": 1}, "a": 2, **{"b": 3}})
u = {"x": 1, "y": 2}
u.update({"y": 20, "w": 4})
print(u)

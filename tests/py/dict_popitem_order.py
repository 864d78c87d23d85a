# popitem is LIFO; fromkeys keeps order; setdefault appends; copies keep order.
d = dict.fromkeys("python")
print(list(d))
while d:
    print(d.popitem(), end=" ")
print()
e = {}
for k in "cab":
    e.setdefault(k, len(e))
print(e, e.popitem(), e)
f = {"x": 1, "y": 2, "z": 3}
g = f.copy()
g.pop("x")
g["x"] = 10
print(list(f), list(g), dict(sorted(g.items())))
print(dict(reversed(list(f.items()))), list(reversed(f)))
h = {}
h[3] = "c"
h[1] = "a"
h[2] = "b"
print(h, sorted(h), dict(sorted(h.items(), key=lambda kv: kv[1])))

# Item access, get, in, KeyError messages (repr of the key).
d = {"a": 1, 2: "two", (1, 2): "pair", None: "none"}
print(d["a"], d[2], d[1, 2], d[None])
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(2, "default"))
print("a" in d, "b" in d, 2 in d, 1 not in d)
for key in ("missing", 42, (1, 3), 1.5, "it's"):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["nothere"]
except KeyError as e:
    print(type(e).__name__, e)
d["a"] += 10
print(d["a"])
d[1.0] = "float one"
print(d)

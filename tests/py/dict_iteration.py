# Iterating over dicts: keys, values, items, and mutation during iteration.
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print([v * 10 for v in d.values()], sum(d.values()))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {1: "a", 2: "b"}
for k in e:
    e[k] = e[k].upper()
print(e)
for k in list(e):
    if k == 1:
        del e[k]
print(e)
try:
    for k in e.keys():
        e.pop(k)
        e[k + 10] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(e)

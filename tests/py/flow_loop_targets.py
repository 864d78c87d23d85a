# Unusual for-loop targets: attributes, subscripts, nested tuples, starred.
class Holder:
    pass
h = Holder()
for h.value in [1, 2, 3]:
    pass
print(h.value)
slots = [None, None]
for slots[0] in "xyz":
    pass
print(slots)
d = {}
for d["k"] in range(4):
    pass
print(d)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for i, ch in enumerate("hi"):
    pass
print(i, ch)

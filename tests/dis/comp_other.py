s = {x for x in a}
d = {k: v for k, v in items}
g = (x for x in a)
total = sum(x for x in a)
m = {x: [y for y in x] for x in a}

# An uncaught AttributeError for a near-miss attribute: "Did you mean" on the last line.
items = [3, 1, 2]
items.sort()
print(items)
try:
    items.apend(4)
except AttributeError as e:
    print(type(e).__name__, e)
    print(e.name, e.obj)
items.apend(4)
print("not reached")

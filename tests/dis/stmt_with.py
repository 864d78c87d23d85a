with open(f) as fp:
    data = fp.read()
with a, b as c:
    pass
with lock:
    x = 1
with a() as (x, y):
    print(x)

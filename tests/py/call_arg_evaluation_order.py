# Arguments are evaluated left to right, defaults at definition time.
log = []
def v(x):
    log.append(x)
    return x
def f(a, b, c=None, d=None):
    return a, b, c, d
print(f(v(1), v(2), d=v(3), c=v(4)))
print(log)
log.clear()
print(f(*[v("s1"), v("s2")], **{"c": v("k1"), "d": v("k2")}))
print(log)
log.clear()
x = {v("key1"): v("val1"), v("key2"): v("val2")}
print(log)
log.clear()
r = v(1) + v(2) * v(3)
print(r, log)
log.clear()
lst = [v("a"), v("b")][v(0)]
print(lst, log)

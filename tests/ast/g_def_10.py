# Slash with defaults followed by star-args and keyword-only parameters
def f1(a, b=1, /, *args, **kwargs): return a, b, args, kwargs
def f2(a=0, /, *, k): return a, k
def f3(a, /, *, k=1): return a, k
def f4(a, b, /, c, d=4, *, e, f=6, g, **h): return locals()
def f5(a=1, /, b=2, *c, d, **e): return locals()
def f6(*, a=1, b, c=3): return a, b, c
def f7(a, b=2, *c, d=4, e, **f): return locals()
def f8(**kw): return kw
def f9(a, /): return a


print(f1(1), f2(k=2), f3(1), f4(1, 2, 3, e=5, g=7), f5(d=4))
print(f6(b=2), f7(1, e=5), f8(), f9(9))

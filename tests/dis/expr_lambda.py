f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
i = lambda: (yield)
j = lambda x: lambda y: x + y

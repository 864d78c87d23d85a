# Lambdas with every kind of parameter
no_args = lambda: 42
one = lambda x: x + 1
two = lambda x, y: x * y
with_default = lambda x, y=10: x + y
star_args = lambda *args: sum(args)
kw_args = lambda **kwargs: sorted(kwargs)
kw_only = lambda *, key: key
kw_only_default = lambda a, *, key=None, reverse=False: (a, key, reverse)
pos_only = lambda a, b, /: a - b
pos_only_default = lambda a, b=1, /, c=2: a + b + c
everything = lambda a, b=2, /, c=3, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)
star_then_kw = lambda *args, sep=" ": sep.join(args)

print(no_args(), one(1), two(2, 3), with_default(1), star_args(1, 2, 3))
print(kw_args(b=1, a=2), kw_only(key="k"), kw_only_default(1), pos_only(5, 3))
print(pos_only_default(1), everything(1, d=4), star_then_kw("a", "b"))

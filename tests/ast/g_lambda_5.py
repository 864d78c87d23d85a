# Lambda with keyword-only and slash trailing commas
a = lambda x,: x
b = lambda *args,: args
c = lambda **kw,: kw
d = lambda x, /,: x
e = lambda *, k,: k
f = lambda x=1, *, y=2, **z: (x, y, z)
g = lambda x, /, *, y: (x, y)
h = lambda x=(1, 2), y=[3], z={4: 5}: (x, y, z)
print(a(1), b(1, 2), c(k=1), d(2), e(k=3), f(), g(1, y=2), h())

# !r !s !a conversions.
a = f'{x!r}'
b = f'{x!s}'
c = f'{x!a}'
d = f'{x!r:>10}'
e = f'{x!s:}'
f = f'{x !r}'
g = f'{x!a} {y!r} {z!s}'

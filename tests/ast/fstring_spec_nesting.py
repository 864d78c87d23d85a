# Format specs that hold fields, strings and conversions.
a = f'{x:{y}.{z}f}'
b = f'{x:{"a"}}'
c = f'{x!r:^{w}}'
d = f'{x:{y!r}}'
e = f'{x:{y}{z}}'
f = f'{x:a{y}}b'
g = f'{x:{y:}}'
h = f'{x:{ {1: 2}[1] }}'

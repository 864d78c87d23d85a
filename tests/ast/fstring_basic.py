# Replacement fields and the literal text around them.
a = f'{x}'
b = f'a{x}b'
c = f'{x}{y}'
d = f'{x} and {y} and {z}'
e = f'no fields'
f = f'{x.attr}{x[0]}{x(1, k=2)}'
g = f'{1 + 2}{-x}{not x}'

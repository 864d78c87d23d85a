# Adjacent f-strings and plain strings merge into one JoinedStr.
a = 'a' f'{x}' 'b'
b = f'{x}' '' f'{y}'
c = f'' ''
d = '' f'{x}' ''
e = 'a' 'b' f'c{x}d' 'e' f'f'
f = f'{x}' f'{y}'
g = f'a' f'b'
h = r'\n' f'{x}' rf'\t{y}'
i = ('multi '
     f'{x} '
     'line')
j = f'{x}' 'tail' f'{y}'

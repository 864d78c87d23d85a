# Escapes in the literal parts of f-strings.
a = f'tab\t{x}\nnewline'
b = f'\x41{x}\u00e9\U0001F600'
c = f'\N{BULLET} {x} \N{EURO SIGN}'
d = f'\{x}'
e = f'{x}\\'
f = f'\'{x}\"'
g = f'\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}'
h = f'{x:\x3e10}'
i = f'line\
{x}'

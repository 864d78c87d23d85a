# f-strings inside f-strings' expressions.
a = f"{f'{x}'}"
b = f'''{f"{f'{x}'}"}'''
c = f"{f'{x!r:>{w}}'}"
d = f'{"".join(f"{c}" for c in s)}'

# Raw f-strings keep backslashes in their literal parts.
a = rf'\d+{x}\n'
b = fr'C:\{dir}\file'
c = rf'{x:\n}'
d = Rf'\N{{BULLET}} {x}'
e = fR'''\
{x}'''

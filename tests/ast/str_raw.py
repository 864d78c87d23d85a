# Raw strings keep backslashes.
a = r'C:\path\to\file'
b = r'\'' r"\"" r'\\'
c = r'\x41\u0041\N{BULLET}'
d = R'''raw
triple \n'''
e = r'\
'
f = rb'\x41' + Rb'\n'

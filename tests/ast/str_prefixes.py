# Every string prefix, in every case, with each kind of quote.
a = 'plain', "plain", '''plain''', """plain"""
b = u'u', U'U', u"u", U"""U"""
c = r'r\n', R'R\n', r"r\t", R"""R\t"""
d = b'b', B'B', b"b", B'''B'''
e = br'\x', Br'\x', bR'\x', BR'\x', rb'\x', Rb'\x', rB'\x', RB'\x'
f = f'{a}', F'{a}', f"{a}", F'''{a}''', f"""{a}"""
g = fr'{a}\n', Fr'{a}\n', fR'{a}\n', FR'{a}\n', rf'{a}\n', rF'{a}\n', Rf'{a}\n', RF'{a}\n'
h = '', "", '''''', """""", b'', r'', f'', u''

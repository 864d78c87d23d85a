# Unknown escapes are kept as written (CPython only warns).
a = '\d\w\s\.\(\)\['
b = '\ \é\z\%'
c = b'\d\u0041\N{BULLET}\U00000041'
d = r'\d' '\d'
e = '\8\9'

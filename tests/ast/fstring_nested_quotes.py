# Strings inside the expressions, holding ':' '!' '}' and '{'.
a = f"{'a'}"
b = f'{"a"}'
c = f'''{'a' "b"}'''
d = f"{x['key']}"
e = f"{'a:b'}"
f = f"{'a!r'}"
g = f"{d['}']}"
h = f"{'{'}"
i = f'''{"""triple"""}'''
j = f"{x['a']:{y['b']}}"
k = f'{"!=" != "!"}'

d = {}
d['a'] = 1
d.setdefault('b', []).append(2)
for k in d:
    print(k, d[k])
v = d.get('c', 0)
del d['a']
print(len(d), 'a' in d)

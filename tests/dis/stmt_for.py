for i in range(10):
    print(i)
for i in [1, 2, 3]:
    pass
for i in {1, 2}:
    pass
for k, v in d.items():
    print(k, v)
for i in x:
    if i:
        break
    if not i:
        continue
else:
    print('no break')
for i in x:
    for j in y:
        print(i, j)

i = 0
while i < 10:
    i += 1
while True:
    if i > 20:
        break
    i += 1
while i:
    i -= 1
    if i % 2:
        continue
    print(i)
else:
    print('done')
while 1:
    pass

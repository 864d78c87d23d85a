if a < b < c:
    x = 1
while a < b < c:
    a += 1
r = [x for x in y if 0 < x < 10]

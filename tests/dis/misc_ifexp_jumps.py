if (a if b else c):
    pass
x = a if b else c if d else e
while (x if y else z):
    break

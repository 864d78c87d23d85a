x = 1
if x:
    pass
else if x > 2:
    pass

r = a and b
r = a or b
r = a and b or c
r = a or b and c
r = (a or b) and c
r = a and (b or c)
r = x if c else y
r = a and b and c and d
if a and b:
    pass
if a or b:
    pass
if not a or not b:
    pass

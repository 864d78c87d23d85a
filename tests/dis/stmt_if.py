if a:
    x = 1
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a < b:
    pass
if True:
    y = 1
if False:
    y = 2
if not x:
    y = 3
if x is None:
    y = 4
if x is not None:
    y = 5

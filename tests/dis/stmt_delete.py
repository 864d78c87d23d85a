x = 1
del x
def f():
    y = 1
    del y
    z = [1]
    del z[0], z

# del of local, global and nonlocal names; del then reassign.
a = 1
del a
a = 2
print(a)
def local_del():
    v = "x"
    del v
    v = "again"
    return v
print(local_del())
g = "global"
def del_global():
    global g
    del g
del_global()
print("g" in globals())
def outer():
    n = 1
    def inner():
        nonlocal n
        del n
    inner()
    try:
        return n
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(outer())
lst = [1, 2]
alias = lst
del lst
print(alias)
x, y, z = 1, 2, 3
del x, y
print("x" in dir(), "z" in dir())
for loopvar in range(2):
    pass
del loopvar
print("loopvar" in dir())

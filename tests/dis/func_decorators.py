@dec
def f():
    pass
@dec1
@dec2(arg)
def g():
    pass
@property
def h(self):
    return self._h
@a.b.c
class C:
    pass

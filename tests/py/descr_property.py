# property: getter, setter, deleter, the decorator form and the errors.
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting"); del self._x
    @property
    def ro(self): return 1
p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x), P.x.fget.__name__, P.x.fset is not None)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
try:
    p.ro = 2
except AttributeError as e:
    print(e)
try:
    del p.ro
except AttributeError as e:
    print(e)
try:
    p.x = -1
except ValueError as e:
    print(e)
def getx(self): return 42
class P2:
    x = property(getx, doc="docx")
    y = property()
print(P2().x, P2.x.__doc__)
try:
    P2().y
except AttributeError as e:
    print(e)
try:
    P2().y = 1
except AttributeError as e:
    print(e)
print(property.__doc__[:20])
print(P.x.getter.__name__, P.x.__isabstractmethod__)

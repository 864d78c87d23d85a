# __slots__: layout, errors, inheritance, mangled names.
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, '__dict__'))
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 1
except AttributeError as e:
    print(e)
print(type(Slotted.a).__name__, Slotted.__slots__, Slotted.a)
s.b = 2
del s.b
try:
    del s.b
except AttributeError as e:
    print(e)
class SlotSub(Slotted):
    pass
ss = SlotSub()
ss.c = 5
print(ss.__dict__)
class SlotSub2(Slotted):
    __slots__ = ('c',)
s2 = SlotSub2()
s2.c = 1; s2.a = 2
print(s2.c, s2.a)
try:
    s2.d = 1
except AttributeError as e:
    print(e)
class SD:
    __slots__ = ('x', '__dict__')
sd = SD(); sd.x = 1; sd.y = 2
print(sd.x, sd.__dict__)
try:
    class SC:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
class Priv:
    __slots__ = ('__p',)
    def __init__(self): self.__p = 1
print(Priv.__slots__, [k for k in Priv.__dict__ if 'p' in k])
try:
    class BadSlots:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class BadSlots2(int):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
class TS(tuple):
    __slots__ = ()
print(TS((1,)), hasattr(TS((1,)), '__dict__'))

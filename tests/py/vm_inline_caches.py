# The inline caches of LOAD_ATTR, STORE_ATTR, LOAD_METHOD and LOAD_GLOBAL
# and the type attribute cache: every change they depend on is seen.


class P:
    kind = "p"

    def __init__(self, x):
        self.x = x

    def get(self):
        return "method"


def read_x(objs):
    return [o.x for o in objs]


def call_get(objs):
    return [o.get() for o in objs]


def read_kind(o):
    return o.kind


ps = [P(i) for i in range(3)]
print(read_x(ps), read_x(ps))
ps[1].x = 10
del ps[2].x
try:
    print(read_x(ps))
except AttributeError as e:
    print(type(e).__name__, e)
ps[2].x = 20
print(read_x(ps))

# A data descriptor added to the class wins over the instance dict.
P.x = property(lambda self: "prop")
print(read_x(ps))
del P.x
print(read_x(ps))

# Methods: shadowed by the instance, replaced on the class.
print(call_get(ps))
ps[0].get = lambda: "instance"
print(call_get(ps))
P.get = lambda self: "replaced"
print(call_get(ps))
del ps[0].get
print(call_get(ps))

# Class attributes read from the class and from instances.
for i in range(3):
    print(read_kind(P), read_kind(ps[0]))
    P.kind = "k%d" % i
ps[0].kind = "own"
print(read_kind(ps[0]), read_kind(ps[1]))


# Inheritance: a change to a base reaches the subclasses.
class Base:
    v = 1

    def m(self):
        return "base"


class Sub(Base):
    pass


s = Sub()
for i in range(2):
    print(s.v, s.m(), Sub.v)
    Base.v = 2
    Base.m = lambda self: "base2"
Sub.v = 3
print(s.v, Sub.v, Base.v)



# __slots__: read, write, unset.
class V:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def slot_a(v):
    return v.a


def set_b(v, x):
    v.b = x


vs = [V(1), V(2)]
for v in vs:
    print(slot_a(v))
    set_b(v, v.a * 10)
    print(v.b)
del vs[0].a
try:
    slot_a(vs[0])
except AttributeError as e:
    print(type(e).__name__, e)


# __getattr__ and __getattribute__ see every access.
class G:
    def __init__(self):
        self.y = 1

    def __getattr__(self, name):
        return "missing " + name


g = G()
print([g.y for _ in range(2)], g.z)


class GA:
    def __init__(self):
        self.y = 1

    def __getattribute__(self, name):
        return "always " + name


ga = GA()
print([ga.y for _ in range(2)])


# Globals and builtins.
def use_len():
    return len("abc")


print(use_len(), use_len())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump())
del counter
try:
    bump()
except NameError as e:
    print(type(e).__name__, e)

# Attributes stored with a name that is not the interned one.
name = "".join(["q", "q"])
p = P(0)
setattr(p, name, 5)
print([p.qq for _ in range(2)])
setattr(p, "get", lambda: "by setattr")
print([p.get() for _ in range(2)])

# A class's dict changed through its __dict__'s owner: type.__setattr__.
type.__setattr__(P, "kind", "via type")
print(read_kind(P))


# Many instances sharing a site, some with an extra attribute first.
class W:
    def __init__(self, extra):
        if extra:
            self.e = 0
        self.w = extra


print([o.w for o in [W(i % 2) for i in range(6)]])

# __init_subclass__ and class keywords.
class Base:
    subclasses = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.reg_name = name or cls.__name__
        Base.subclasses.append(cls.__name__)
class K1(Base, name="kay"): pass
class K2(Base): pass
print(Base.subclasses, K1.reg_name, K2.reg_name)
try:
    class K3(Base, bogus=1): pass
except TypeError as e:
    print(e)
try:
    class K4(bogus=1): pass
except TypeError as e:
    print(e)
class Plugin:
    registry = {}
    def __init_subclass__(cls, *, key, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key] = cls
class CSV(Plugin, key="csv"): pass
class JSON(Plugin, key="json"): pass
print({k: v.__name__ for k, v in Plugin.registry.items()})
try:
    class NoKey(Plugin): pass
except TypeError as e:
    print(e)
class Default:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "from", Default.__name__)
class D1(Default): pass
class D2(D1): pass
print(type(Default.__dict__['__init_subclass__']).__name__)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(e)
object.__init_subclass__()
class Both(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta new", kw)
        return super().__new__(m, name, bases, ns, **kw)
class WithKw(metaclass=Both):
    def __init_subclass__(cls, **kw):
        print("sub", cls.__name__, kw)
class Child(WithKw, flag=True): pass

# Class statements: the body's namespace, class and instance attributes,
# methods bound and unbound, and the default repr.
class Duck:
    """A duck."""
    sound = "quack"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

d = Duck("Donald")
print(d.speak())
r = repr(d)
print(r.startswith("<__main__.Duck object at 0x"), r.endswith(">"))
print(str(d) == repr(d), format(d) == repr(d))
print(Duck.__name__, Duck.__qualname__, Duck.__module__, Duck.__doc__)
print(d.__dict__)
print(d.__class__, type(d), d.__class__ is Duck)
print(sorted(Duck.__dict__))
print(type(Duck.__dict__).__name__)
print(type(d.speak).__name__, type(Duck.speak).__name__)
m = d.speak
print(m.__self__ is d, m.__func__ is Duck.speak, m.__name__, m.__qualname__)
print(Duck.speak(d))
print(Duck.__bases__, Duck.__base__, Duck.__mro__)
d.sound = "honk"
print(d.speak(), Duck.sound)
del d.sound
print(d.speak())
for stmt in ("del d.sound", "d.missing", "Duck.missing", "del Duck.missing"):
    try:
        exec(stmt)
    except AttributeError as e:
        print(type(e).__name__, e)
Duck.sound = "QUACK"
print(d.speak())
Duck.fly = lambda self: self.name + " flies"
print(d.fly())
del Duck.fly
print(hasattr(d, "fly"))

class Empty: pass
print(Empty.__doc__, Empty.__dict__['__doc__'], Empty.__module__)
e = Empty()
e.x = 1
e.__dict__['y'] = 2
print(e.x, e.y, vars(e))
e.__dict__ = {'z': 3}
print(e.z, vars(e))
try:
    e.__dict__ = 5
except TypeError as ex:
    print(ex)
print(type(Duck), type(type), Duck.__class__)
print(callable(Duck), callable(d))
print(Duck.__dict__['__module__'], Duck.__dict__['__doc__'])
print('__weakref__' in Duck.__dict__, '__dict__' in Duck.__dict__)
print(Duck.__dict__['__dict__'].__name__, type(Duck.__dict__['__dict__']).__name__)
print(Duck.__dict__['__weakref__'].__doc__)

class Outer:
    class Inner:
        def f(self): pass
    def g(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer().g().__qualname__)
print(Outer.Inner, Outer().g())
print(Outer.Inner.__name__, Outer.Inner.__module__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id, a.count)
x = 10
class Scope:
    x = 20
    y = x + 1
    z = [x for _ in range(2)]
    def f(self): return x
print(Scope.y, Scope.z, Scope().f())

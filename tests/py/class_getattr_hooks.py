# __getattr__, __getattribute__, __setattr__, __delattr__ on classes.
class GA:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"): return name * 2
        raise AttributeError(f"no {name}")
g = GA()
print(g.real, g.xy, hasattr(g, "y"), getattr(g, "y", "dflt"))
try:
    g.y
except AttributeError as e:
    print(e)
class GAB:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
gb = GAB()
gb.a = 1
print(gb.a, gb.secret, gb.other)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
sa = SA()
sa.x = 3
print(sa.x)
del sa.x
try:
    del sa.x
except AttributeError as e:
    print(e)
setattr(sa, "y", 1)
delattr(sa, "y")

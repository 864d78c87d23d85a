# globals(), locals() and vars(): reading and (for globals) writing.
x = 10
def show():
    y = 5
    z = "local"
    print(sorted(locals().items()))
    print("x" in globals(), "y" in globals(), globals()["x"])
show()
globals()["created"] = "via globals"
print(created)
g = globals()
print(g is globals(), g["__name__"], "show" in g, callable(g["show"]))
def modify():
    loc = locals()
    loc["w"] = 1
    return loc
print(modify())
print(locals() is globals())
class C:
    a = 1
    b = a + 1
    print(sorted(k for k in locals() if not k.startswith("__")))
obj = C()
obj.q = 3
print(vars(obj), vars(C)["b"], sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def nested():
    v = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested())

# LEGB: local, enclosing, global and builtin lookups, and shadowing at each level.
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def reads_global():
    return x
print(reads_global())
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadows_builtin(), len("abc"))
y = 1
def no_assignment():
    return y + 1
print(no_assignment())
def param_shadows(x):
    return x
print(param_shadows("param x"), x)

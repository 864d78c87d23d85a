# dir() of a module of our own, and dir() of a simple object and of the local scope.
import mod_helper_shapes as shapes
names = [n for n in dir(shapes) if not n.startswith("__")]
print(names)
print("__name__" in dir(shapes), "__doc__" in dir(shapes), shapes.__name__)
class P:
    a = 1
    def m(self):
        pass
p = P()
p.z = 2
print([n for n in dir(p) if not n.startswith("__")])
def local_scope():
    x = 1
    y = 2
    return dir()
print(local_scope())
print(sorted(dir())[:0], "shapes" in dir(), "P" in dir())
print(dir([]) == dir(list), "append" in dir([]), "__len__" in dir(""))

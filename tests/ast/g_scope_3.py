# LEGB: local, enclosing, global and built-in names
x = "global"


def outer():
    x = "enclosing"

    def inner():
        x = "local"
        print("inner:", x)

    def peek():
        print("peek:", x)

    def change():
        nonlocal x
        x = "changed"

    inner(); peek(); change(); peek()


def use_global():
    global x
    print("global:", x)
    x = "rebound"


outer()
use_global()
print(len(x))

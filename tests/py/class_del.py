# __del__ runs the moment the last reference goes, and its errors are reported, not raised.
import sys
class D:
    def __init__(self, n): self.n = n; print("init", n)
    def __del__(self): print("del", self.n)
d = D(1)
del d
print("after del")
d = D(2)
d = D(3)
print("after rebind")
def f():
    x = D(4)
    print("in f")
f()
print("after f")
l = [D(5)]
l.pop()
print("after pop")
l = [D(6), D(7)]
l = None
print("after list")
class Bad:
    def __del__(self): raise ValueError("in del")
b = Bad()
del b
print("after bad")
dd = {"k": D(8)}
del dd["k"]
print("after dict del")
def g():
    try:
        raise KeyError("x")
    except KeyError:
        t = D(9)
    return 1
g()
print("after g")
class Res:
    def __init__(self): self.r = D(10)
r = Res()
del r
print("after res")
keep = D(11)
print("end of program")

# callable() for functions, builtins, classes, instances with and without __call__.
def f():
    pass
class C:
    pass
class D:
    def __call__(self, x):
        return x * 2
print(callable(f), callable(len), callable(print), callable(C), callable(C()), callable(D()))
print(callable(1), callable("s"), callable(None), callable(lambda: 0), callable(str.upper), callable("".upper))
print(callable(int), callable(type), callable([].append), callable(D), D()(21))
try:
    C()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst = [1, 2]
    lst(0)
except TypeError as e:
    print(type(e).__name__, e)

# Three nested functions reading and writing variables at each level.
def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            c = "c3"
            return a + b + c
        return level3()
    return level2()
print(level1())
def builder(prefix):
    def middle(sep):
        def inner(word):
            return prefix + sep + word
        return inner
    return middle
print(builder("pre")("-")("word"))
def counter3():
    n = 0
    def l2():
        def l3():
            nonlocal n
            n += 1
            return n
        return l3
    return l2()
f = counter3()
print(f(), f(), f())
def cells():
    x = 1
    def g():
        y = x + 1
        def h():
            return x + y
        return h
    x = 100
    return g()()
print(cells())
print(level1.__name__, builder("a")("b").__qualname__)

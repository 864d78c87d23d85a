def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
class D:
    a = 1
    b = [a for _ in range(3)]
    def m(self):
        return a

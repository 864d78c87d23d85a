# A closure: counter's local n lives in a cell that inc keeps.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
print(c())

# A generator suspended at each yield and resumed by next().
def countdown(n):
    while n > 0:
        yield n
        n -= 1

g = countdown(2)
print(next(g))
print(next(g))
print(list(g))

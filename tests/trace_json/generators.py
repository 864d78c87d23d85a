# A generator's frame is entered at each next() and left at each yield
# ("call" and "return" steps with the yielded value), and keeps its id.
def squares(n):
    for i in range(n):
        yield i * i

g = squares(3)
print(next(g))
for s in g:
    print(s)
print([x for x in (1, 2)])

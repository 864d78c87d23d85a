def f(n):
    k = 3
    return [i * k for i in range(n)]
def g(rows):
    return {r: len(r) for r in rows if r}
def h(data):
    return list(x for x in data for y in x if y)

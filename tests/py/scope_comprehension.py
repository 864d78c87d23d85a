# Comprehension variables do not leak; comprehensions see enclosing function variables.
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
gen_total = sum(y for y in range(4))
try:
    y
except NameError as e:
    print(type(e).__name__, e)
print(gen_total)
d = {k: k * 2 for k in "ab"}
s = {m for m in range(3)}
for name in ("k", "m"):
    print(name, name in globals())
def f():
    factor = 3
    return [i * factor for i in range(4)]
print(f())
def g():
    n = 2
    return [[i * j * n for j in range(3)] for i in range(3)]
print(g())
i = "kept"
_ = [i for i in "abc"]
print(i)
print([j for j in range(3) if (last := j) > 0], last)

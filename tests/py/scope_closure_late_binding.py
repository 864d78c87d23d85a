# Closures capture variables, not values: late binding in loops and the default-argument fix.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
def make(n):
    return lambda: n
made = [make(k) for k in range(3)]
print([f() for f in made])
def counter_funcs():
    result = []
    x = 0
    for _ in range(3):
        result.append(lambda: x)
        x += 10
    return result
print([f() for f in counter_funcs()])
def late():
    f = lambda: value
    value = "assigned after"
    return f()
print(late())

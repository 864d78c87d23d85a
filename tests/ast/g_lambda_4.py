# Lambdas capturing loop variables (a classic surprise)
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])

fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([cb() for cb in fixed])

adders = [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in adders])
compose = lambda f, g: lambda *a, **k: f(g(*a, **k))
print(compose(str, abs)(-5))

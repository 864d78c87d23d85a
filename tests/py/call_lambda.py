# Lambdas: defaults, varargs, closures, immediate calls, in sort keys and maps.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=1, a=2))
print((lambda: "called")(), (lambda *a, **k: (a, k))(1, x=2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda s: s, ["", "x"])))
make_adder = lambda n: lambda x: x + n
plus3 = make_adder(3)
print(plus3(4), make_adder(10)(5))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
f = lambda: None
print(f(), f.__name__, type(f).__name__)
print((lambda x: (x, x * 2))(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

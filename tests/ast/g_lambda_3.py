# Lambdas in odd places
make_multiplier = lambda n: lambda x: x * n
triple = make_multiplier(3)
conditional = lambda x: "big" if x > 10 else "small"
pick = (lambda: "first") if True else (lambda: "second")
immediate = (lambda a, b: a ** b)(2, 8)
in_list = [lambda: 1, lambda: 2][1]()
in_default = lambda f=lambda: 0: f()
gen_lambda = lambda: (yield)
tuple_body = lambda x: (x, x)
starred_body = lambda *a: [*a, *a]
nested_calls = lambda x: print(x) or x
walrus_body = lambda x: (y := x + 1) * y
print(triple(5), conditional(11), pick(), immediate, in_list, in_default())
print(tuple_body(1), starred_body(1, 2), nested_calls(0), walrus_body(2))

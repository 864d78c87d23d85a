# Comprehension clauses containing lambdas, ternaries and walrus
funcs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in funcs])
values = [3, -1, 4, -1, 5]
clipped = [v if v > 0 else 0 for v in values if v is not None]
positives = [p for v in values if (p := abs(v)) > 1]
conditional_source = [x for x in (values if values else [0])]
keyed = sorted({v for v in values}, key=lambda v: -v)
print(clipped, positives, conditional_source, keyed)
print([x for x in range(5) if x not in {1, 3} and not x > 3 or x == 4])

# Lambdas as arguments: sorting, filtering, mapping
people = [("ann", 31), ("bob", 25), ("cy", 40)]
by_age = sorted(people, key=lambda person: person[1])
older = list(filter(lambda p: p[1] > 30, people))
names = list(map(lambda p: p[0].title(), people))
pairs = sorted(people, key=lambda p: (-p[1], p[0]))
print(by_age, older, names, pairs)

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "neg": lambda a: -a,
}
print(ops["+"](2, 3), ops["neg"](4))

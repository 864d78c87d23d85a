# Generator expressions as arguments beside other arguments need parentheses
data = [4, 8, 15, 16, 23, 42]
print(sorted((x % 5 for x in data), reverse=True))
print(max((x for x in data if x < 20), default=None))
print("".join((c.upper() for c in "abc")))
print(list(zip((x for x in data), (y * 2 for y in data))))
pipeline = (s.strip() for s in ("  a ", " b"))
pipeline = (s.upper() for s in pipeline)
print(list(pipeline), sum(((i for i in range(3))), 10) if False else 0)

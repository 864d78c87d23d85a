# as patterns, or patterns and guards
def classify(point):
    match point:
        case (0, 0) as origin:
            print("origin", origin)
        case (0 | 1 | 2) as small:
            print("small", small)
        case [x, y] as pair if x < y:
            print("increasing pair", pair)
        case [(1 | 2) as a, ([3, 4] | [5, 6]) as b] as whole:
            print(a, b, whole)
        case {"k": (1 | 2) as v}:
            print(v)
        case str() | bytes() as text if (n := len(text)) > 3:
            print("long text", n)
        case x if x:
            print("truthy")
        case _ if True:
            print("anything")

classify((0, 0))

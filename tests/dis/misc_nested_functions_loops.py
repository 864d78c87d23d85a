def outer():
    result = []
    for i in range(3):
        def inner(j=i):
            return j * 2
        result.append(inner)
    return [f() for f in result]
print(outer())

# Parenthesized context managers (Python 3.10+)
with (
    open("input.txt") as source,
    open("output.txt", "w") as target,
):
    target.write(source.read())

with (open("log.txt") as log, open("err.txt") as err):
    print(log.name, err.name)

with (open("one.txt") as one):
    print(one.name)

with (open("a.txt"), open("b.txt")):
    pass

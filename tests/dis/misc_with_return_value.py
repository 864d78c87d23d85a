def read(path):
    with open(path) as f:
        return f.read()
def process(items):
    with ctx() as c:
        for i in items:
            if i:
                continue
            c.add(i)

# Generators: throw(), close() and return values
def worker():
    try:
        while True:
            try:
                job = yield
                print("working on", job)
            except ValueError as e:
                print("recovered from", e)
    except GeneratorExit:
        print("shutting down")
        return "stopped"


w = worker()
next(w)
w.send("job 1")
w.throw(ValueError("bad job"))
w.send("job 2")
w.close()


def gen_with_return():
    yield 1
    return "finished"


try:
    g = gen_with_return(); next(g); next(g)
except StopIteration as stop:
    print("returned:", stop.value)

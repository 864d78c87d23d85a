# Annotated assignment from a yield inside a generator
def accumulator():
    total: int = 0
    while True:
        item: int = yield total
        total += item


def echo():
    received: str = yield
    print("got", received)


acc = accumulator()
next(acc)
print(acc.send(5), acc.send(10))

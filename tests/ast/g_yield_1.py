# Generator functions with yield
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def fibonacci(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def pairs():
    yield 1, 2
    yield


print(list(countdown(3)), list(fibonacci(50)), list(pairs()))

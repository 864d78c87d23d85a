# Forms of return
def nothing():
    return


def square(x):
    return x * x


def divide(a, b):
    if b == 0:
        return None
    return a / b


def stats(values):
    return min(values), max(values), sum(values) / len(values)


print(nothing(), square(7), divide(1, 0), stats([1, 2, 3]))

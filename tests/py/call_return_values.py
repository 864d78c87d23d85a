# Return values: implicit None, multiple values, early return, return in loops.
def nothing():
    pass
def bare_return():
    return
def multi():
    return 1, "two", [3]
print(nothing(), bare_return(), multi(), type(multi()).__name__)
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
print([classify(v) for v in (-1, 0, 1)])
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def nested_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return i, j
print(nested_return())
a, b, c = multi()
print(c, b, a)

# Chained and nested conditional expressions
def describe(n):
    return (
        "negative" if n < 0 else
        "zero" if n == 0 else
        "small" if n < 10 else
        "large"
    )


def sign(x): return 1 if x > 0 else -1 if x < 0 else 0


a, b, c, d, e = True, False, True, False, "e"
print(a if b else c if d else e)
print((a if b else c) if d else e)
print(a if (b if c else d) else e)
print(lambda: 1 if a else 2, [describe(n) for n in (-1, 0, 5, 50)], sign(-3))

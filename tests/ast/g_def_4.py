# Positional-only parameters with the slash
def power(base, exponent, /):
    return base ** exponent


def clamp(value, /, low=0, high=10):
    return max(low, min(value, high))


def mixed(a, b=2, /, c=3, *, d, e=5):
    return a + b + c + d + e


def pos_defaults(a=1, b=2, /):
    return a, b


def full(a, /, b, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(power(2, 10), clamp(15), mixed(1, d=4), pos_defaults(), full(1, 2, 3, c=0, z=9))

# Trailing commas in parameter lists and calls
def build(
    name,
    size=1,
    *parts,
    color="red",
    **extras,
):
    return name, size, parts, color, extras


def keyword_tail(a, *, b,):
    return a + b


def star_tail(*args,):
    return args


def kwargs_tail(**kw,):
    return kw


def slash_tail(a, /,):
    return a


print(build("box", 2, "lid", color="blue", weight=3,))
print(keyword_tail(1, b=2), star_tail(1, 2,), kwargs_tail(x=1), slash_tail(0))

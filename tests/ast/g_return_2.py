# Returning starred expressions and parenthesized tuples
def with_header(rows):
    return "header", *rows


def surround(items, edge):
    return (edge, *items, edge)


def flatten_pair(a, b):
    return *a, *b


def single():
    return 1,


print(with_header([1, 2]), surround("ab", "|"), flatten_pair([1], (2, 3)), single())

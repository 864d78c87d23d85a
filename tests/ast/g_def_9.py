# Functions are objects: attributes, nesting and docstrings
def outer(n):
    """Return a list of helpers."""

    def double(x):
        "Double x."
        return 2 * x

    def triple(x): return 3 * x

    def apply_all(x, *fns):
        return [fn(x) for fn in fns]

    return apply_all(n, double, triple)


outer.version = 2
print(outer(5), outer.__doc__, outer.version)

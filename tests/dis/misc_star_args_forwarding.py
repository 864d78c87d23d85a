def wrapper(*args, **kwargs):
    return func(*args, **kwargs)
def partial(f, *a):
    def g(*b):
        return f(*a, *b)
    return g

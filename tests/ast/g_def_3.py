# Keyword-only parameters after a bare star
def connect(host, port, *, timeout=10, retries, verbose=False):
    return host, port, timeout, retries, verbose


def make_range(*, start=0, stop):
    return list(range(start, stop))


def only_kwargs(*, a, b):
    return a - b


print(connect("localhost", 80, retries=3))
print(make_range(stop=3), only_kwargs(b=1, a=5))

# A memoizing closure and a closure over a loop
def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(40), len(slow_fib.cache))


def make_greeters(names):
    return {name: (lambda greeting, who=name: f"{greeting}, {who}") for name in names}


print(make_greeters(["ann", "bob"])["bob"]("hi"))

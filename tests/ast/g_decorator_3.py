# Stacked decorators and decorators from attributes
import functools


def bold(fn):
    return lambda: "<b>" + fn() + "</b>"


def italic(fn):
    return lambda: "<i>" + fn() + "</i>"


@bold
@italic
def text():
    return "hi"


@functools.lru_cache(maxsize=None)
@functools.wraps(text)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(text(), fib(30))

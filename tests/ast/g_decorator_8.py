# Decorators written with a bare walrus, conditional and call-on-subscript
import functools

debug = False
hooks = [functools.cache]


def trace(fn):
    print("tracing", fn.__name__)
    return fn


@chosen := trace
def first():
    return 1


@trace if debug else (lambda fn: fn)
def second():
    return 2


@hooks[0]
@functools.partial(functools.wraps, first)()
def third():
    return 3


print(first(), second(), third(), chosen is trace)

# Arbitrary expressions as decorators (Python 3.9+)
handlers = []
registry = {"plugins": [lambda f: f]}


def register(fn):
    handlers.append(fn)
    return fn


buttons = [register, register]


@buttons[0]
def on_click():
    return "clicked"


@registry["plugins"][0]
def plugin():
    return "plugin"


@(lambda fn: fn)
def identity():
    return "same"


@register if handlers else print
def chosen():
    return "chosen"


@(deco := register)
def named():
    return "walrus"


print([h.__name__ for h in handlers], identity(), deco is register)

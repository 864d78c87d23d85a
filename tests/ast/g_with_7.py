# Nested with statements and with inside functions
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


def render():
    with tag("html"):
        with tag("body"):
            with tag("p"), tag("b"):
                print("hello")


render()
with (tag("a") as x, tag("b")): pass
with (yield_ := tag("c")): print(yield_)

# __exit__ receives the exception triple; returning True suppresses, False lets it propagate.
class Handler:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print("exit got:", name, repr(exc), tb is not None)
        return self.suppress
with Handler(True):
    raise ValueError("suppressed")
print("continued after suppression")
try:
    with Handler(False):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", repr(e))
with Handler(True):
    pass
class Selective:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, ArithmeticError)
for exc in (ZeroDivisionError("z"), TypeError("t")):
    try:
        with Selective():
            raise exc
        print("suppressed", type(exc).__name__)
    except TypeError as e:
        print("propagated", repr(e))
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return "non-empty string is true"
with Truthy():
    1 / 0
print("truthy return also suppresses")

# Errors while entering a with block on objects lacking the protocol.
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5 as x:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print("done")

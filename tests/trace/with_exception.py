# A with block left by an exception: __exit__ sees it and lets it go on.
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__)
        return False

try:
    with Guard() as g:
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)

# An exception leaving a with block: __exit__ runs first, then the traceback; exit status 1.
class Announce:
    def __enter__(self):
        print("entering")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exiting with", exc_type.__name__ if exc_type else None)
        return False

with Announce():
    print("working")
    values = [1, 2, 3]
    print(values[5])
print("not reached")

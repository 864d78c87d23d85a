# Exceptions raised inside __exit__ replace the original; the original becomes __context__.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("from __exit__")
try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    with Bad():
        pass
except RuntimeError as e:
    print(repr(e), e.__context__)
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError("converted") from exc
        return False
try:
    with Reraise():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# Class headers with starred bases and keyword dictionaries
bases = (dict,)
options = {"metaclass": type}


class FlexibleDict(*bases, **options):
    def __missing__(self, key):
        return key.upper()


class Both(object, *bases):
    pass


def make(parent, **kw):
    class Made(parent, **kw):
        pass
    return Made


d = FlexibleDict()
print(d["x"], Both.__bases__, make(object).__name__)

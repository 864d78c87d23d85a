# Class decorators and a class used as a namespace
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b


class Const:
    PI = 3.14159
    E = 2.71828
    GOLDEN = (1 + 5 ** 0.5) / 2


print(Color(255, 128, 0), Const.GOLDEN)

# True, False, None and Ellipsis
flags = [True, False, None]
print(flags, True + True, False * 10, None is None)
placeholder = ...
print(placeholder, ... is Ellipsis, type(...).__name__)


def todo():
    ...


class Stub:
    def method(self): ...
    value: int = ...


print(todo(), Stub().method(), [..., ...])

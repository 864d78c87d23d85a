# Multiple inheritance, keywords in the class header and metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


class Base:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag


class Mixin:
    pass


class Widget(Base, Mixin, tag="ui"):
    pass


class Special(Base, metaclass=Meta, tag="special"):
    pass


class Empty():
    pass


print(Widget.tag, Special.tag, Special.created_by, Widget.__mro__)

# __mro_entries__ is looked up on the base object itself (PEP 560), so an
# attribute set on a function or an instance counts, as for typing.NamedTuple.
class Real:
    pass


def factory():
    pass


factory.__mro_entries__ = lambda bases: (Real,)


class A(factory):
    pass


print(A.__mro__, A.__orig_bases__ == (factory,))


class Holder:
    pass


h = Holder()
h.__mro_entries__ = lambda bases: (Real, dict)


class B(h):
    pass


print(B.__mro__)


class Bad:
    pass


bad = Bad()
bad.__mro_entries__ = lambda bases: [Real]
try:
    class C(bad):
        pass
except TypeError as e:
    print(type(e).__name__, e)


def raising(bases):
    raise ValueError("no entries")


other = Holder()
other.__mro_entries__ = raising
try:
    class D(other):
        pass
except ValueError as e:
    print(type(e).__name__, e)

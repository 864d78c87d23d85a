# Builtins that introspect: __name__, __doc__ presence, __module__ of builtins and functions.
def documented():
    """I have a docstring."""
    return 1
def bare():
    return 2
print(documented.__name__, documented.__doc__, bare.__doc__)
print(documented.__module__, len.__module__, int.__module__, len.__name__)
print(type(documented).__name__, type(len).__name__, type([].append).__name__)
print(documented.__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
class K:
    def meth(self):
        pass
    class Inner:
        pass
print(K.meth.__qualname__, K.Inner.__qualname__, K.__module__, K.__name__)
print(__name__, __doc__ is None)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)

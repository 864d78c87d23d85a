"""Helpers for copy and pickle.

dispatch_table maps a type to the function that reduces its instances; the
functions below are the ones object.__reduce_ex__ hands back so that a plain
instance can be rebuilt (minipy's version of CPython's Lib/copyreg.py).
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    # Kept for compatibility: a constructor only has to be callable.
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str)).
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# ---- protocols 0 and 1 -------------------------------------------------------------

# type.__flags__ bit of classes made by class statements (CPython's numbering).
_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _reconstructor(cls, base, state):
    """Make an instance of cls whose built-in part is base(state)."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def _builtin_base(cls):
    """The first class along cls's MRO that is built in (or has its own
    built-in __new__): the part of an instance that _reconstructor rebuilds
    from a value."""
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            return base
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            return base
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    args = (cls, base, state)

    if not hasattr(self, "__getstate__"):
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        attrs = getattr(self, "__dict__", None)
    else:
        # The default __getstate__ cannot see slots at these protocols.
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        attrs = self.__getstate__()
    if attrs:
        return _reconstructor, args, attrs
    return _reconstructor, args


# ---- protocol 2 and later ------------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """__newobj__ with keyword arguments (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases, as stored (private
    names mangled), without __dict__ and __weakref__; cached on the class
    as __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = f"_{owner}{name}"
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass  # a class that refuses attributes still gets its answer
    return names


# ---- the extension registry: pickle's short codes for well-known objects --------

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Give (module, name) the extension code `code`."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Take back an extension code (for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()

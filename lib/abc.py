"""Abstract Base Classes (ABCs) according to PEP 3119.

A class whose metaclass is ABCMeta (or that derives from ABC) cannot be
instantiated while it has abstract methods: object.__new__ refuses when its
__abstractmethods__ is not empty.  ABCs also accept "virtual subclasses"
(register) and let __subclasshook__ decide issubclass() and isinstance().

CPython does the bookkeeping in its C module _abc; here the same functions
(_abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck, ...) are
written in Python below, with the registry and the caches in sets of weak references.
"""

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the metaclass is ABCMeta or derived from it.  A
    class that has a metaclass derived from ABCMeta cannot be
    instantiated unless all of its abstract methods are overridden.
    The abstract methods can be called using any of the normal
    'super' call mechanisms.  abstractmethod() may be used to declare
    abstract methods for properties and descriptors.

    Usage:

        class C(metaclass=ABCMeta):
            @abstractmethod
            def my_abstract_method(self, arg1, arg2, argN):
                ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods.

    Deprecated, use 'classmethod' with 'abstractmethod' instead:

        class C(ABC):
            @classmethod
            @abstractmethod
            def my_abstract_classmethod(cls, ...):
                ...

    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods.

    Deprecated, use 'staticmethod' with 'abstractmethod' instead:

        class C(ABC):
            @staticmethod
            @abstractmethod
            def my_abstract_staticmethod(...):
                ...

    """

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Deprecated, use 'property' with 'abstractmethod' instead:

        class C(ABC):
            @property
            @abstractmethod
            def my_abstract_property(self):
                ...

    """

    __isabstractmethod__ = True


# ---- the bookkeeping (CPython's Modules/_abc.c) ----------------------------------------------

# Bumped by every register(): negative caches older than it are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token.

    The token is an opaque object (supporting equality testing) identifying the
    current version of the ABC cache for virtual subclasses. The token changes
    with every call to register() on any ABC.
    """
    return _abc_invalidation_counter


class _weak_set:
    """A set of classes held by weak references, so that an ABC's caches
    do not keep classes alive.  The references have no callbacks: a dead
    one is simply never found again, and is dropped when the set is next
    walked or grows."""

    __slots__ = ('refs', )

    def __init__(self):
        self.refs = set()

    def add(self, obj):
        if len(self.refs) > 8:
            self.refs = {r for r in self.refs if r() is not None}
        self.refs.add(_ref(obj))

    def __contains__(self, obj):
        try:
            return _ref(obj) in self.refs
        except TypeError:
            return False

    def __iter__(self):
        for r in list(self.refs):
            obj = r()
            if obj is not None:
                yield obj

    def clear(self):
        self.refs.clear()


class _abc_data:
    """What an ABC keeps in its _abc_impl: the classes registered as its
    virtual subclasses, the classes known to be (or not to be) subclasses,
    and the counter value when the negative cache was last valid."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = _weak_set()
        self.cache = _weak_set()
        self.negative_cache = _weak_set()
        self.negative_cache_version = _abc_invalidation_counter


def _get_impl(cls):
    impl = getattr(cls, '_abc_impl', None)
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _compute_abstract_methods(cls):
    """The names of cls's abstract methods: those of its namespace, and
    those of its bases it did not override."""
    abstracts = {name for name, value in cls.__dict__.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


# Type flags as CPython numbers them (type.__flags__).
_Py_TPFLAGS_IMMUTABLETYPE = 1 << 8
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)   # Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING


def _abc_init(cls):
    """Internal ABC helper for class set-up. Should be never used outside abc module."""
    cls.__abstractmethods__ = _compute_abstract_methods(cls)
    # collections.abc marks Sequence and Mapping with __abc_tpflags__: their
    # instances (and those of their subclasses) match sequence and mapping
    # patterns.  The marker leaves the namespace and becomes the type's
    # flag; assigning __abc_tpflags__ to a class sets the flag in minipy
    # (objects/type.c), where CPython's _abc sets it in C.
    flags = cls.__dict__.get('__abc_tpflags__')
    if flags is not None:
        delattr(cls, '__abc_tpflags__')
        if type(flags) is int:
            cls.__abc_tpflags__ = flags & _COLLECTION_FLAGS
    cls._abc_impl = _abc_data()


def _abc_register(cls, subclass):
    """Internal ABC helper for subclasss registration. Should be never used outside abc module."""
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass             # already a subclass
    # A registered class must not be a base of the ABC: that would make a
    # cycle in the subclass checks.
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _get_impl(cls).registry.add(subclass)
    _abc_invalidation_counter += 1  # the negative caches are now stale
    # A class registered as a Sequence or Mapping (or a subclass of one)
    # matches those patterns too, and so do its subclasses; the built-in
    # types keep their own flags.
    collection_flag = cls.__flags__ & _COLLECTION_FLAGS
    if collection_flag and not subclass.__flags__ & _Py_TPFLAGS_IMMUTABLETYPE:
        subclass.__abc_tpflags__ = collection_flag
    return subclass


def _abc_instancecheck(cls, instance):
    """Internal ABC helper for instance checks. Should be never used outside abc module."""
    impl = _get_impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl.negative_cache_version == _abc_invalidation_counter and
                subclass in impl.negative_cache):
            return False
        return cls.__subclasscheck__(subclass)
    # __class__ lies (a proxy): either class will do.
    return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)


def _abc_subclasscheck(cls, subclass):
    """Internal ABC helper for subclasss checks. Should be never used outside abc module."""
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = _get_impl(cls)
    # 1. the positive cache
    if subclass in impl.cache:
        return True
    # 2. the negative cache, emptied when a register() made it stale
    if impl.negative_cache_version < _abc_invalidation_counter:
        impl.negative_cache.clear()
        impl.negative_cache_version = _abc_invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    # 3. the class's own say
    ok = cls.__subclasshook__(subclass)
    if ok is True:
        impl.cache.add(subclass)
        return True
    if ok is False:
        impl.negative_cache.add(subclass)
        return False
    if ok is not NotImplemented:
        raise AssertionError("__subclasshook__ must return either False, True, "
                             "or NotImplemented")
    # 4. a real subclass
    if cls in subclass.__mro__:
        impl.cache.add(subclass)
        return True
    # 5. a subclass of a registered class
    for rcls in impl.registry:
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    # 6. a subclass of a subclass
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(cls):
    """Internal ABC helper for cache and registry debugging.

    Return shallow copies of registry, of both caches, and
    negative cache version. Don't call this function directly,
    instead use ABC._dump_registry() for a nice repr."""
    impl = _get_impl(cls)
    return (set(impl.registry.refs), set(impl.cache.refs),
            set(impl.negative_cache.refs), impl.negative_cache_version)


def _reset_registry(cls):
    """Internal ABC helper to reset registry of a given class.

    Should be only used by refleak.py"""
    _get_impl(cls).registry.clear()


def _reset_caches(cls):
    """Internal ABC helper to reset both caches of a given class.

    Should be only used by refleak.py"""
    impl = _get_impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()


# ---- ABCMeta and ABC ---------------------------------------------------------------------------

class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        (_abc_registry, _abc_cache, _abc_negative_cache,
         _abc_negative_cache_version) = _get_dump(cls)
        print(f"_abc_registry: {_abc_registry!r}", file=file)
        print(f"_abc_cache: {_abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {_abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {_abc_negative_cache_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the
    class was created, the method will not be considered implemented until
    this function is called. Alternatively, if a new abstract method has been
    added to the class, it will only be considered an abstract method of the
    class after this function is called.

    This function should be called before any use is made of the class,
    usually in class decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, '__abstractmethods__'):
        # Not an abstract class (it was not made by ABCMeta).
        return cls
    cls.__abstractmethods__ = _compute_abstract_methods(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()

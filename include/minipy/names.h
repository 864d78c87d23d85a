/* Names the C code looks up often, interned once at start-up (names.c), so
 * that `MP_NAME(__init__)` is a ready str object: no interning at run time,
 * and dict lookups hit on pointer equality. */
#ifndef MINIPY_NAMES_H
#define MINIPY_NAMES_H

#include "minipy/object.h"

#define MP_NAMES(X)                                                            \
    X(__abs__) X(__add__) X(__aenter__) X(__aexit__) X(__aiter__) X(__all__) \
    X(__and__) X(__anext__) X(__annotations__) X(__await__) X(__bases__)    \
    X(__bool__) X(__build_class__) X(__builtins__) X(__call__) X(__class__) \
    X(__class_getitem__) X(__classcell__) X(__complex__) X(__contains__)    \
    X(__copy__) X(__deepcopy__) X(__del__) X(__delattr__) X(__delete__)     \
    X(__delitem__) X(__dict__) X(__dir__) X(__divmod__) X(__doc__)          \
    X(__enter__) X(__eq__) X(__exit__) X(__file__) X(__float__)             \
    X(__floordiv__) X(__format__) X(__ge__) X(__get__) X(__getattr__)       \
    X(__getattribute__) X(__getitem__) X(__gt__) X(__hash__) X(__iadd__)    \
    X(__iand__) X(__ifloordiv__) X(__ilshift__) X(__imatmul__) X(__imod__)  \
    X(__import__) X(__imul__) X(__index__) X(__init__) X(__init_subclass__) \
    X(__instancecheck__) X(__int__) X(__invert__) X(__ior__) X(__ipow__)    \
    X(__irshift__) X(__isub__) X(__iter__) X(__itruediv__) X(__ixor__)      \
    X(__le__) X(__len__) X(__length_hint__) X(__loader__) X(__lshift__)     \
    X(__lt__) X(__main__) X(__matmul__) X(__missing__) X(__mod__)           \
    X(__module__) X(__mro__) X(__mro_entries__) X(__mul__) X(__name__)      \
    X(__ne__) X(__neg__) X(__new__) X(__next__) X(__or__) X(__package__)    \
    X(__path__) X(__pos__) X(__pow__) X(__prepare__) X(__qualname__)        \
    X(__radd__) X(__rand__) X(__rdivmod__) X(__reduce__) X(__reduce_ex__)   \
    X(__repr__) X(__reversed__) X(__rfloordiv__) X(__rlshift__)             \
    X(__rmatmul__) X(__rmod__) X(__rmul__) X(__ror__) X(__round__)          \
    X(__rpow__) X(__rrshift__) X(__rshift__) X(__rsub__) X(__rtruediv__)    \
    X(__rxor__) X(__set__) X(__set_name__) X(__setattr__) X(__setitem__)    \
    X(__slots__) X(__spec__) X(__str__) X(__sub__) X(__subclasscheck__)     \
    X(__subclasshook__) X(__truediv__) X(__trunc__) X(__weakref__)          \
    X(__xor__) X(__cached__) X(__abstractmethods__) X(__isabstractmethod__) \
    X(__ceil__) X(__floor__) X(__sizeof__) X(__orig_bases__) \
    X(__wrapped__) X(__fspath__) X(__getstate__) X(__setstate__)            \
    X(__newobj__) X(__text_signature__) X(__self__) X(__func__)             \
    X(__minipy_tp_name__) X(__match_args__)                                    \
    X(_) X(append) X(args) X(get) X(builtins) X(close) X(code) X(decode) X(encode) \
    X(end) X(file) X(flush) X(fileno) X(items) X(keys) X(join) X(metaclass)  \
    X(mro) X(name) X(obj) X(read) X(readline) X(send) X(sep) X(sort)        \
    X(stderr) X(stdin) X(stdout) X(strict) X(throw) X(values) X(write)      \
    X(value) X(key) X(reverse) X(default) X(self) X(path) X(modules)        \
    X(argv) X(excepthook) X(displayhook) X(exit) X(_showwarnmsg)

typedef struct mp_names_table {
#define MP_NAME_FIELD(n) mp_obj n_##n;
    MP_NAMES(MP_NAME_FIELD)
#undef MP_NAME_FIELD
} mp_names_table;

extern mp_names_table mp_names;

/* A borrowed, immortal, interned str. */
#define MP_NAME(n) (mp_names.n_##n)

int mp_names_init(void);

#endif

/* types.GenericAlias (objects/genericalias.c): what list[int] makes
 * (PEP 585): the origin class and the arguments it was subscripted with. */
#ifndef MINIPY_GENERICALIAS_H
#define MINIPY_GENERICALIAS_H

#include "minipy/object.h"

typedef struct mp_genericalias {
    mp_object ob;
    mp_obj origin;      /* the class subscripted */
    mp_obj args;        /* tuple */
    mp_obj parameters;  /* tuple, computed on first use, or NULL */
    mp_obj weakreflist;
    int starred;        /* *tuple[int, ...] */
} mp_genericalias;

extern mp_type mp_type_genericalias;

/* origin[args]: args a tuple, or one argument (made a 1-tuple). */
mp_obj mp_genericalias_new(mp_obj origin, mp_obj args);

/* The type variables in the tuple args (the __parameters__ of an alias
 * made of them): a new tuple. */
mp_obj mp_genericalias_make_parameters(mp_obj args);

/* The arguments args with the parameters params replaced by the items of
 * item (one value or a tuple of them, as in self[item]): a new tuple.
 * self names the alias in the error messages. */
mp_obj mp_genericalias_subs_parameters(mp_obj self, mp_obj args, mp_obj params, mp_obj item);

/* The __class_getitem__ of the built-in generic classes (list, dict, ...),
 * a class method: cls[key] is GenericAlias(cls, key). */
mp_obj mp_genericalias_class_getitem(mp_obj cls, mp_obj key);
#define MP_CLASS_GETITEM_METHOD                                                \
    {"__class_getitem__", (void (*)(void))mp_genericalias_class_getitem,       \
     MP_METH_O | MP_METH_CLASS, "See PEP 585"}

#endif

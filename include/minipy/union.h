/* types.UnionType (objects/union.c): int | str. */
#ifndef MINIPY_UNION_H
#define MINIPY_UNION_H

#include "minipy/object.h"

typedef struct mp_union {
    mp_object ob;
    mp_obj args;       /* tuple of types (None as NoneType) */
    mp_obj parameters; /* tuple of the type variables in args, made on first use, or NULL */
} mp_union;

extern mp_type mp_type_union;

/* a | b for types, None and unions; NotImplemented for anything else. */
mp_obj mp_union_new(mp_obj a, mp_obj b);

#endif

/* The array module's array.array (modules/array.c): a compact sequence of
 * C numbers of one kind, named by a typecode ('b', 'i', 'd', ...), as
 * CPython's Modules/arraymodule.c.  Its items are one block of memory,
 * which bytes-like consumers read through mp_bytes_buffer_get (bytes.h);
 * while such a view is held (exports > 0) the array cannot change size. */
#ifndef MINIPY_ARRAY_H
#define MINIPY_ARRAY_H

#include "minipy/object.h"

struct mp_array_descr;

typedef struct mp_array {
    mp_varobject ob;                    /* ob.size: the number of items */
    char *items;                        /* ob.size * itemsize bytes (NULL when empty) */
    intptr_t allocated;                 /* items the block has room for */
    const struct mp_array_descr *descr; /* the typecode's conversions */
    int itemsize;
    char typecode;
    intptr_t exports;                   /* buffer views held on items */
    mp_obj weakreflist;
} mp_array;

extern mp_type mp_type_array, mp_type_array_iterator;

static inline int mp_array_check(mp_obj o)
{
    return !mp_is_small(o) &&
           (o->type == &mp_type_array || mp_type_is_subtype(o->type, &mp_type_array));
}

#endif

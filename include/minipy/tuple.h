/* tuple (objects/tuple.c). */
#ifndef MINIPY_TUPLE_H
#define MINIPY_TUPLE_H

#include "minipy/object.h"

typedef struct mp_tuple {
    mp_varobject ob;    /* ob.size: number of items */
    mp_obj items[];
} mp_tuple;

extern mp_type mp_type_tuple;

static inline int mp_tuple_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_TUPLE_SUBCLASS);
}
#define MP_TUPLE_LEN(t) (((mp_tuple *)(t))->ob.size)
#define MP_TUPLE_ITEMS(t) (((mp_tuple *)(t))->items)
#define MP_TUPLE_GET(t, i) (((mp_tuple *)(t))->items[(i)])

/* A tuple of n items, all NULL: the caller fills every slot (stealing
 * into it) before the tuple is used.  n == 0 gives the shared empty tuple. */
mp_obj mp_tuple_new(intptr_t n);
/* A tuple of the n given values (not stolen). */
mp_obj mp_tuple_pack(intptr_t n, ...);
mp_obj mp_tuple_from_array(mp_obj const *items, intptr_t n);
mp_obj mp_tuple_slice(mp_obj t, intptr_t start, intptr_t end);

#endif

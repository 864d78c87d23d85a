/* tuple (objects/tuple.c). */
#ifndef MINIPY_TUPLE_H
#define MINIPY_TUPLE_H

#include "minipy/object.h"

typedef struct mp_tuple {
    mp_varobject ob;    /* ob.size: number of items */
    mp_obj items[];
} mp_tuple;

extern mp_type mp_type_tuple, mp_type_tuple_iterator;

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
/* Frees the free list of small tuples (at exit, after the last tuple). */
void mp_tuple_fini(void);

/* Shared by the sequence types (tuple.c): lexicographic rich comparison
 * of two arrays of values, as tuple and list compare; and the optional
 * start/stop arguments of index() (args[1], args[2] when given), clipped
 * as CPython's _PyEval_SliceIndexNotNone, for a sequence of length len. */
mp_obj mp_seq_richcompare(mp_obj const *a, intptr_t na, mp_obj const *b, intptr_t nb, int op);
int mp_seq_index_args(mp_obj const *args, size_t nargs, intptr_t len, intptr_t *start,
                      intptr_t *stop);

#endif

/* slice and range objects (objects/slice.c, objects/range.c). */
#ifndef MINIPY_SLICE_H
#define MINIPY_SLICE_H

#include "minipy/object.h"

typedef struct mp_slice {
    mp_object ob;
    mp_obj start, stop, step; /* None when omitted */
} mp_slice;

extern mp_type mp_type_slice, mp_type_range, mp_type_range_iterator,
    mp_type_longrange_iterator;

/* A range: its bounds and length as int objects (any size). */
typedef struct mp_range {
    mp_object ob;
    mp_obj start, stop, step, length;
} mp_range;

static inline int mp_slice_check(mp_obj o)
{
    return !mp_is_small(o) && o->type == &mp_type_slice;
}

mp_obj mp_slice_new(mp_obj start, mp_obj stop, mp_obj step); /* NULLs mean None */
/* The slice's indices for a sequence of length len, clipped as CPython's
 * PySlice_Unpack + PySlice_AdjustIndices; *n is the number of items.
 * ValueError "slice step cannot be zero". */
int mp_slice_indices(mp_obj slice, intptr_t len, intptr_t *start, intptr_t *stop,
                     intptr_t *step, intptr_t *n);
/* The two halves of it: PySlice_Unpack (0 or -1) and PySlice_AdjustIndices
 * (returns the number of items). */
int mp_slice_unpack(mp_obj slice, intptr_t *start, intptr_t *stop, intptr_t *step);
intptr_t mp_slice_adjust(intptr_t len, intptr_t *start, intptr_t *stop, intptr_t step);

/* range(start, stop, step) with C-sized bounds (the common case). */
mp_obj mp_range_new(intptr_t start, intptr_t stop, intptr_t step);

#endif

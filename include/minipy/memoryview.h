/* memoryview (objects/memoryview.c): a one-dimensional view of the bytes
 * of a bytes or bytearray object, with CPython's item formats of one
 * byte ('B', 'b', 'c').  A view of a bytearray keeps the bytearray from
 * resizing (its `exports` count) until the view is released. */
#ifndef MINIPY_MEMORYVIEW_H
#define MINIPY_MEMORYVIEW_H

#include "minipy/object.h"

typedef struct mp_memoryview {
    mp_object ob;
    mp_obj obj;          /* the bytes or bytearray; NULL once released */
    intptr_t start;      /* byte offset of item 0 in obj's data */
    intptr_t step;       /* bytes from one item to the next (may be < 0) */
    intptr_t len;        /* number of items */
    char readonly;
    char format;         /* 'B', 'b' or 'c' */
    mp_hash_t hash;      /* -1 until computed */
    mp_obj weakreflist;
} mp_memoryview;

extern mp_type mp_type_memoryview, mp_type_memory_iterator;

static inline int mp_memoryview_check(mp_obj o)
{
    return !mp_is_small(o) && o->type == &mp_type_memoryview;
}

/* memoryview(obj): ValueError for a released view, TypeError "memoryview:
 * a bytes-like object is required, not 'int'". */
mp_obj mp_memoryview_new(mp_obj obj);
/* The bytes the view shows, copied into a new bytes object (tobytes()). */
mp_obj mp_memoryview_tobytes(mp_obj mv);

#endif

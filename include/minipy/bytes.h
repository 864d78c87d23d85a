/* bytes and bytearray (objects/bytes.c, objects/bytearray.c). */
#ifndef MINIPY_BYTES_H
#define MINIPY_BYTES_H

#include "minipy/object.h"

typedef struct mp_bytes {
    mp_varobject ob;     /* ob.size: number of bytes */
    mp_hash_t hash;
    char data[];         /* followed by a NUL */
} mp_bytes;

typedef struct mp_bytearray {
    mp_varobject ob;     /* ob.size: number of bytes */
    char *data;          /* NUL-terminated */
    intptr_t allocated;
    intptr_t exports;
} mp_bytearray;

extern mp_type mp_type_bytes, mp_type_bytearray;

static inline int mp_bytes_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_BYTES_SUBCLASS);
}
#define MP_BYTES_DATA(b) (((mp_bytes *)(b))->data)
#define MP_BYTES_LEN(b) (((mp_bytes *)(b))->ob.size)

mp_obj mp_bytes_new(const char *data, intptr_t n); /* data may be NULL: zeroed */
mp_obj mp_bytearray_new(const char *data, intptr_t n);
mp_obj mp_bytes_repr(mp_obj b);

#endif

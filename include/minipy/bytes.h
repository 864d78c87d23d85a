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

extern mp_type mp_type_bytes, mp_type_bytearray, mp_type_bytes_iterator,
    mp_type_bytearray_iterator;

static inline int mp_bytearray_check(mp_obj o)
{
    return !mp_is_small(o) &&
           (o->type == &mp_type_bytearray || mp_type_is_subtype(o->type, &mp_type_bytearray));
}

static inline int mp_bytes_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_BYTES_SUBCLASS);
}
#define MP_BYTES_DATA(b) (((mp_bytes *)(b))->data)
#define MP_BYTES_LEN(b) (((mp_bytes *)(b))->ob.size)

mp_obj mp_bytes_new(const char *data, intptr_t n); /* data may be NULL: zeroed */
mp_obj mp_bytearray_new(const char *data, intptr_t n);
mp_obj mp_bytes_repr(mp_obj b);
/* The bytes of a bytes or bytearray (borrowed): 1, or 0 if o is neither. */
int mp_bytes_view(mp_obj o, const char **data, intptr_t *n);

/* The bytes of any bytes-like object (CPython's buffer protocol, for one
 * contiguous block): bytes, bytearray, a contiguous memoryview,
 * array.array.  While it is held, a bytearray or array cannot resize
 * (BufferError), as in CPython. */
typedef struct mp_bytes_buffer {
    const char *data;
    intptr_t len;
    mp_obj owner;    /* the exporter, owned until release */
    intptr_t *exports;
} mp_bytes_buffer;
/* 1 with *b filled; 0 when o is not bytes-like (no exception set); -1 with
 * an exception (a released or non-contiguous memoryview). */
int mp_bytes_buffer_get(mp_obj o, mp_bytes_buffer *b);
void mp_bytes_buffer_release(mp_bytes_buffer *b);
/* Whether o is bytes-like at all (it may still fail to give a buffer). */
int mp_bytes_like_check(mp_obj o);

/* ---- shared by bytes and bytearray (bytes.c); not a general API --------
 * Each method returns an object of its receiver's kind. */
struct mp_buf;
int mp_bytes_byte_arg(mp_obj o, int *out);    /* ValueError outside 0..255 */
int mp_bytes_from_source(struct mp_buf *b, mp_obj src, mp_obj encoding, mp_obj errors,
                         const char *fname);
mp_obj mp_bytes_iter_new(mp_obj seq);
mp_obj mp_bytes_subscript_common(mp_obj self, mp_obj key);
int mp_bytes_contains_common(mp_obj self, mp_obj x);
mp_obj mp_bytes_concat_common(mp_obj a, mp_obj b);
mp_obj mp_bytes_repeat_common(mp_obj self, intptr_t count);
mp_obj mp_bytes_richcompare_common(mp_obj a, mp_obj b, int op);
mp_obj mp_bytes_find(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_rfind(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_index(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_rindex(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_count(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_startswith(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_endswith(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_decode(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_hex(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_fromhex(mp_obj cls, mp_obj arg);
mp_obj mp_bytes_join(mp_obj self, mp_obj iterable);
mp_obj mp_bytes_split(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_rsplit(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_partition(mp_obj self, mp_obj sep);
mp_obj mp_bytes_rpartition(mp_obj self, mp_obj sep);
mp_obj mp_bytes_replace(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_strip(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_lstrip(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_rstrip(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_upper(mp_obj self);
mp_obj mp_bytes_lower(mp_obj self);
mp_obj mp_bytes_isdigit(mp_obj self);
mp_obj mp_bytes_isalpha(mp_obj self);
mp_obj mp_bytes_isalnum(mp_obj self);
mp_obj mp_bytes_isspace(mp_obj self);
mp_obj mp_bytes_islower(mp_obj self);
mp_obj mp_bytes_isupper(mp_obj self);
/* A new object of self's kind (bytes or bytearray) holding data (NULL:
 * zeroed). */
mp_obj mp_bytes_new_like(mp_obj self, const char *data, intptr_t n);

/* bytes_methods.c */
mp_obj mp_bytes_capitalize(mp_obj self);
mp_obj mp_bytes_swapcase(mp_obj self);
mp_obj mp_bytes_title(mp_obj self);
mp_obj mp_bytes_istitle(mp_obj self);
mp_obj mp_bytes_isascii(mp_obj self);
mp_obj mp_bytes_center(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_ljust(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_rjust(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_zfill(mp_obj self, mp_obj width);
mp_obj mp_bytes_expandtabs(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_splitlines(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_translate(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_bytes_maketrans(mp_obj unused, mp_obj const *args, size_t nargs);
mp_obj mp_bytes_removeprefix(mp_obj self, mp_obj prefix);
mp_obj mp_bytes_removesuffix(mp_obj self, mp_obj suffix);

/* bytes_format.c: self % args, for bytes and bytearray (CPython's
 * printf-style bytes formatting); the result is of self's kind. */
mp_obj mp_bytes_format(mp_obj self, mp_obj args);

/* The method-table entries both types list. */
#define MP_BYTES_METHOD(name, fn, flags) {name, (void (*)(void))fn, flags, NULL}
#define MP_BYTES_SHARED_METHODS                                                \
    MP_BYTES_METHOD("find", mp_bytes_find, MP_METH_FASTCALL),                  \
    MP_BYTES_METHOD("rfind", mp_bytes_rfind, MP_METH_FASTCALL),                \
    MP_BYTES_METHOD("index", mp_bytes_index, MP_METH_FASTCALL),                \
    MP_BYTES_METHOD("rindex", mp_bytes_rindex, MP_METH_FASTCALL),              \
    MP_BYTES_METHOD("count", mp_bytes_count, MP_METH_FASTCALL),                \
    MP_BYTES_METHOD("startswith", mp_bytes_startswith, MP_METH_FASTCALL),      \
    MP_BYTES_METHOD("endswith", mp_bytes_endswith, MP_METH_FASTCALL),          \
    MP_BYTES_METHOD("decode", mp_bytes_decode, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("hex", mp_bytes_hex, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("fromhex", mp_bytes_fromhex, MP_METH_O | MP_METH_CLASS),   \
    MP_BYTES_METHOD("join", mp_bytes_join, MP_METH_O),                         \
    MP_BYTES_METHOD("split", mp_bytes_split, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("rsplit", mp_bytes_rsplit, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("partition", mp_bytes_partition, MP_METH_O),               \
    MP_BYTES_METHOD("rpartition", mp_bytes_rpartition, MP_METH_O),             \
    MP_BYTES_METHOD("replace", mp_bytes_replace, MP_METH_FASTCALL),            \
    MP_BYTES_METHOD("strip", mp_bytes_strip, MP_METH_FASTCALL),                \
    MP_BYTES_METHOD("lstrip", mp_bytes_lstrip, MP_METH_FASTCALL),              \
    MP_BYTES_METHOD("rstrip", mp_bytes_rstrip, MP_METH_FASTCALL),              \
    MP_BYTES_METHOD("upper", mp_bytes_upper, MP_METH_NOARGS),                  \
    MP_BYTES_METHOD("lower", mp_bytes_lower, MP_METH_NOARGS),                  \
    MP_BYTES_METHOD("isdigit", mp_bytes_isdigit, MP_METH_NOARGS),              \
    MP_BYTES_METHOD("isalpha", mp_bytes_isalpha, MP_METH_NOARGS),              \
    MP_BYTES_METHOD("isalnum", mp_bytes_isalnum, MP_METH_NOARGS),              \
    MP_BYTES_METHOD("isspace", mp_bytes_isspace, MP_METH_NOARGS),              \
    MP_BYTES_METHOD("islower", mp_bytes_islower, MP_METH_NOARGS),              \
    MP_BYTES_METHOD("isupper", mp_bytes_isupper, MP_METH_NOARGS),                \
    MP_BYTES_METHOD("istitle", mp_bytes_istitle, MP_METH_NOARGS),                \
    MP_BYTES_METHOD("isascii", mp_bytes_isascii, MP_METH_NOARGS),                \
    MP_BYTES_METHOD("capitalize", mp_bytes_capitalize, MP_METH_NOARGS),          \
    MP_BYTES_METHOD("swapcase", mp_bytes_swapcase, MP_METH_NOARGS),              \
    MP_BYTES_METHOD("title", mp_bytes_title, MP_METH_NOARGS),                    \
    MP_BYTES_METHOD("center", mp_bytes_center, MP_METH_FASTCALL),                \
    MP_BYTES_METHOD("ljust", mp_bytes_ljust, MP_METH_FASTCALL),                  \
    MP_BYTES_METHOD("rjust", mp_bytes_rjust, MP_METH_FASTCALL),                  \
    MP_BYTES_METHOD("zfill", mp_bytes_zfill, MP_METH_O),                         \
    MP_BYTES_METHOD("expandtabs", mp_bytes_expandtabs, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("splitlines", mp_bytes_splitlines, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("translate", mp_bytes_translate, MP_METH_FASTCALL | MP_METH_KEYWORDS), \
    MP_BYTES_METHOD("maketrans", mp_bytes_maketrans, MP_METH_FASTCALL | MP_METH_STATIC), \
    MP_BYTES_METHOD("removeprefix", mp_bytes_removeprefix, MP_METH_O),           \
    MP_BYTES_METHOD("removesuffix", mp_bytes_removesuffix, MP_METH_O)

#endif

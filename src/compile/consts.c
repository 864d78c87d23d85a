/* Tables of constants for the compiler (co_consts, and the cache that
 * merges equal constants across a compilation).  Two constants are the
 * same when CPython's _PyCode_ConstantKey says so: the same type and equal
 * values, where 0.0 and -0.0 differ and tuples and frozensets compare
 * item by item with the same rule. */
#include <string.h>

#include "compile_internal.h"
#include "minipy/bytes.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/set.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static uint64_t const_hash(mp_obj o)
{
    if (mp_is_small(o))
        return mix((uint64_t)mp_small_value(o));
    mp_type *t = o->type;
    if (t == &mp_type_int || t == &mp_type_bool)
        return mix((uint64_t)mp_int_hash(o));
    if (t == &mp_type_float)
        return mix(bits_of(((mp_float *)o)->value));
    if (t == &mp_type_complex)
        return mix(bits_of(((mp_complex *)o)->real) * 31 + bits_of(((mp_complex *)o)->imag));
    if (t == &mp_type_str)
        return mix((uint64_t)mp_str_hash(o));
    if (t == &mp_type_bytes) {
        uint64_t h = 1469598103934665603ULL;
        for (intptr_t i = 0; i < MP_BYTES_LEN(o); i++)
            h = (h ^ (unsigned char)MP_BYTES_DATA(o)[i]) * 1099511628211ULL;
        return h;
    }
    if (t == &mp_type_tuple) {
        uint64_t h = 0x345678 + (uint64_t)MP_TUPLE_LEN(o);
        for (intptr_t i = 0; i < MP_TUPLE_LEN(o); i++)
            h = mix(h * 1000003 ^ const_hash(MP_TUPLE_GET(o, i)));
        return h;
    }
    if (t == &mp_type_frozenset) {
        /* Order-independent: the same set may iterate differently. */
        uint64_t h = 0x9e3779b97f4a7c15ULL + (uint64_t)MP_SET_LEN(o);
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t kh;
        while (mp_set_next(o, &pos, &key, &kh))
            h ^= const_hash(key);
        return mix(h);
    }
    return mix((uint64_t)(uintptr_t)o);
}

static int frozenset_has(mp_obj set, mp_obj item)
{
    intptr_t pos = 0;
    mp_obj key;
    mp_hash_t kh;
    while (mp_set_next(set, &pos, &key, &kh))
        if (mp_const_equal(key, item))
            return 1;
    return 0;
}

int mp_const_equal(mp_obj a, mp_obj b)
{
    if (a == b)
        return 1;
    if (mp_type_of(a) != mp_type_of(b))
        return 0;
    if (mp_is_small(a) || mp_is_small(b))
        return 0; /* equal small ints are the same word */
    mp_type *t = a->type;
    if (t == &mp_type_int || t == &mp_type_bool)
        return mp_int_compare(a, b) == 0;
    /* A NaN equals only itself (the same object), as in CPython's keys. */
    if (t == &mp_type_float) {
        double x = ((mp_float *)a)->value;
        return x == x && bits_of(x) == bits_of(((mp_float *)b)->value);
    }
    if (t == &mp_type_complex) {
        double re = ((mp_complex *)a)->real, im = ((mp_complex *)a)->imag;
        return re == re && im == im && bits_of(re) == bits_of(((mp_complex *)b)->real) &&
               bits_of(im) == bits_of(((mp_complex *)b)->imag);
    }
    if (t == &mp_type_str)
        return mp_str_eq(a, b);
    if (t == &mp_type_bytes)
        return MP_BYTES_LEN(a) == MP_BYTES_LEN(b) &&
               memcmp(MP_BYTES_DATA(a), MP_BYTES_DATA(b), (size_t)MP_BYTES_LEN(a)) == 0;
    if (t == &mp_type_tuple) {
        if (MP_TUPLE_LEN(a) != MP_TUPLE_LEN(b))
            return 0;
        for (intptr_t i = 0; i < MP_TUPLE_LEN(a); i++)
            if (!mp_const_equal(MP_TUPLE_GET(a, i), MP_TUPLE_GET(b, i)))
                return 0;
        return 1;
    }
    if (t == &mp_type_frozenset) {
        if (MP_SET_LEN(a) != MP_SET_LEN(b))
            return 0;
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t kh;
        while (mp_set_next(a, &pos, &key, &kh))
            if (!frozenset_has(b, key))
                return 0;
        return 1;
    }
    return 0; /* code objects and the singletons: identity */
}

static int lookup(const mp_consts *t, mp_obj o, uint64_t h)
{
    if (!t->nindex)
        return -1;
    size_t mask = (size_t)t->nindex - 1;
    for (size_t j = h & mask; t->index[j]; j = (j + 1) & mask) {
        mp_obj item = t->items[t->index[j] - 1];
        if (mp_const_equal(item, o))
            return t->index[j] - 1;
    }
    return -1;
}

static int reindex(mp_consts *t)
{
    int n = t->nindex ? t->nindex * 2 : 16;
    int *index = mp_calloc((size_t)n, sizeof(int));
    if (!index)
        return -1;
    for (int i = 0; i < t->n; i++) {
        size_t j = const_hash(t->items[i]) & (size_t)(n - 1);
        while (index[j])
            j = (j + 1) & (size_t)(n - 1);
        index[j] = i + 1;
    }
    mp_free(t->index);
    t->index = index;
    t->nindex = n;
    return 0;
}

mp_obj mp_consts_find(const mp_consts *t, mp_obj o)
{
    int i = lookup(t, o, const_hash(o));
    return i >= 0 ? t->items[i] : NULL;
}

int mp_consts_add(mp_consts *t, mp_obj o)
{
    uint64_t h = const_hash(o);
    int i = lookup(t, o, h);
    if (i >= 0)
        return i;
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        mp_obj *items = mp_realloc(t->items, (size_t)cap * sizeof *items);
        if (!items) {
            mp_err_no_memory();
            return -1;
        }
        t->items = items;
        t->cap = cap;
    }
    t->items[t->n++] = mp_newref(o);
    if (t->n * 2 > t->nindex) {
        if (reindex(t) < 0) {
            mp_err_no_memory();
            return -1;
        }
    } else {
        size_t mask = (size_t)t->nindex - 1;
        size_t j = h & mask;
        while (t->index[j])
            j = (j + 1) & mask;
        t->index[j] = t->n;
    }
    return t->n - 1;
}

void mp_consts_clear(mp_consts *t)
{
    for (int i = 0; i < t->n; i++)
        mp_decref(t->items[i]);
    mp_free(t->items);
    mp_free(t->index);
    memset(t, 0, sizeof *t);
}

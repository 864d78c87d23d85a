/* The array module (array.h): array.array, a sequence of C numbers of one
 * kind, with CPython 3.11's behaviour, messages, growth and reprs
 * (Modules/arraymodule.c).
 *
 * Each typecode has a descriptor: its item size and the two conversions
 * between a Python value and the C item.  The items are one malloc'ed
 * block that grows as CPython's array_resize grows it, so __sizeof__ and
 * buffer_info() read as CPython's do. */
#include <stdint.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/array.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/import.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))
#define ARR(o) ((mp_array *)(o))

typedef struct mp_array_descr {
    char typecode;
    int itemsize;
    /* Item i as a Python value (a new reference). */
    mp_obj (*get)(const char *items, intptr_t i);
    /* Stores v as item i: 0, or -1 with CPython's error for v. */
    int (*set)(char *items, intptr_t i, mp_obj v);
} mp_array_descr;

/* ---- converting ints ------------------------------------------------------------------------ */

/* Where an int lies, for the range messages of each C type. */
enum { NEG_BIG, NEG_LL, POS_LL, POS_ULL, POS_BIG };

/* The value of v (an int, or anything with __index__): its class, and
 * the value itself when it fits a long long or unsigned long long. */
static int int_value(mp_obj v, long long *s, unsigned long long *u, int *kind)
{
    mp_obj n;
    if (mp_is_small(v)) {
        n = v;
    } else if (mp_int_check(v)) {
        n = mp_newref(v);
    } else if (mp_index_check(v) && !mp_float_check(v)) {
        if (!(n = mp_number_index(v)))
            return -1;
    } else {
        mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                      mp_type_of(v)->name);
        return -1;
    }
    if (mp_is_small(n)) {
        *s = mp_small_value(n);
        *kind = *s < 0 ? NEG_LL : POS_LL;
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    mp_int_get_mpz(n, z);
    mp_decref(n);
    if (mpz_sgn(z) < 0) {
        *kind = mpz_fits_slong_p(z) ? NEG_LL : NEG_BIG;
        if (*kind == NEG_LL)
            *s = mpz_get_si(z);
    } else if (mpz_fits_slong_p(z)) {
        *kind = POS_LL;
        *s = mpz_get_si(z);
    } else if (mpz_fits_ulong_p(z)) {
        *kind = POS_ULL;
        *u = mpz_get_ui(z);
    } else {
        *kind = POS_BIG;
    }
    mpz_clear(z);
    return 0;
}

static int overflow(const char *msg)
{
    mp_err_set_str(&mp_type_OverflowError, msg);
    return -1;
}

/* A signed item of at most a C long: CPython reads a long first, then
 * checks the item's own range with the type's words. */
static int signed_item(mp_obj v, long long lo, long long hi, const char *what, long long *out)
{
    long long s = 0;
    unsigned long long u = 0;
    int kind;
    if (int_value(v, &s, &u, &kind) < 0)
        return -1;
    if (kind != NEG_LL && kind != POS_LL)
        return overflow("Python int too large to convert to C long");
    if (s < lo || s > hi) {
        mp_err_format(&mp_type_OverflowError, "%s is %s", what,
                      s < lo ? "less than minimum" : "greater than maximum");
        return -1;
    }
    *out = s;
    return 0;
}

#define SIGNED_CODE(name, ctype, lo, hi, what)                                 \
    static mp_obj name##_get(const char *items, intptr_t i)                    \
    {                                                                          \
        ctype x;                                                               \
        memcpy(&x, items + i * (intptr_t)sizeof x, sizeof x);                  \
        return mp_int_from_ll((long long)x);                                   \
    }                                                                          \
    static int name##_set(char *items, intptr_t i, mp_obj v)                   \
    {                                                                          \
        long long s;                                                           \
        if (signed_item(v, lo, hi, what, &s) < 0)                              \
            return -1;                                                         \
        if (items) {                                                           \
            ctype x = (ctype)s;                                                \
            memcpy(items + i * (intptr_t)sizeof x, &x, sizeof x);              \
        }                                                                      \
        return 0;                                                              \
    }

/* 'b' and 'h' and 'i' check their own ranges; 'B' reads a long too. */
SIGNED_CODE(b, signed char, -128, 127, "signed char")
SIGNED_CODE(ub, unsigned char, 0, 255, "unsigned byte integer")
SIGNED_CODE(h, short, -32768, 32767, "signed short integer")
SIGNED_CODE(uh, unsigned short, 0, 65535, "unsigned short")
SIGNED_CODE(i, int, -2147483648LL, 2147483647LL, "signed integer")
SIGNED_CODE(l, long, (long long)INT64_MIN, (long long)INT64_MAX, "signed long")

static mp_obj ui_get(const char *items, intptr_t i)
{
    unsigned int x;
    memcpy(&x, items + i * 4, 4);
    return mp_int_from_ull(x);
}

/* 'I' and 'L' read an unsigned long, with CPython's words for each way out. */
static int unsigned_long_item(mp_obj v, unsigned long long *out)
{
    long long s = 0;
    unsigned long long u = 0;
    int kind;
    if (int_value(v, &s, &u, &kind) < 0)
        return -1;
    if (kind == NEG_BIG || kind == NEG_LL)
        return overflow("can't convert negative value to unsigned int");
    if (kind == POS_BIG)
        return overflow("Python int too large to convert to C unsigned long");
    *out = kind == POS_LL ? (unsigned long long)s : u;
    return 0;
}

static int ui_set(char *items, intptr_t i, mp_obj v)
{
    unsigned long long u;
    if (unsigned_long_item(v, &u) < 0)
        return -1;
    if (u > 0xFFFFFFFFULL)
        return overflow("unsigned int is greater than maximum");
    if (items) {
        unsigned int x = (unsigned int)u;
        memcpy(items + i * 4, &x, 4);
    }
    return 0;
}

static mp_obj ul_get(const char *items, intptr_t i)
{
    unsigned long x;
    memcpy(&x, items + i * (intptr_t)sizeof x, sizeof x);
    return mp_int_from_ull(x);
}

static int ul_set(char *items, intptr_t i, mp_obj v)
{
    unsigned long long u;
    if (unsigned_long_item(v, &u) < 0)
        return -1;
    if (items) {
        unsigned long x = (unsigned long)u;
        memcpy(items + i * (intptr_t)sizeof x, &x, sizeof x);
    }
    return 0;
}

static mp_obj q_get(const char *items, intptr_t i)
{
    long long x;
    memcpy(&x, items + i * 8, 8);
    return mp_int_from_ll(x);
}

static int q_set(char *items, intptr_t i, mp_obj v)
{
    long long s = 0;
    unsigned long long u = 0;
    int kind;
    if (int_value(v, &s, &u, &kind) < 0)
        return -1;
    if (kind != NEG_LL && kind != POS_LL)
        return overflow("int too big to convert");
    if (items)
        memcpy(items + i * 8, &s, 8);
    return 0;
}

static mp_obj uq_get(const char *items, intptr_t i)
{
    unsigned long long x;
    memcpy(&x, items + i * 8, 8);
    return mp_int_from_ull(x);
}

static int uq_set(char *items, intptr_t i, mp_obj v)
{
    long long s = 0;
    unsigned long long u = 0;
    int kind;
    if (int_value(v, &s, &u, &kind) < 0)
        return -1;
    if (kind == NEG_BIG || kind == NEG_LL)
        return overflow("can't convert negative int to unsigned");
    if (kind == POS_BIG)
        return overflow("int too big to convert");
    if (kind == POS_LL)
        u = (unsigned long long)s;
    if (items)
        memcpy(items + i * 8, &u, 8);
    return 0;
}

/* ---- floats and characters ------------------------------------------------------------------- */

/* A real number as CPython's "d" format reads it: a float, or anything
 * with __float__ or __index__. */
static int real_value(mp_obj v, double *out)
{
    if (mp_float_check(v)) {
        *out = mp_float_value(v);
        return 0;
    }
    mp_type *t = mp_type_of(v);
    if (!mp_int_check(v) && !mp_type_lookup(t, MP_NAME(__float__)) && !mp_index_check(v)) {
        mp_err_format(&mp_type_TypeError, "must be real number, not %s", t->name);
        return -1;
    }
    mp_obj f = mp_number_float(v);
    if (!f)
        return -1;
    *out = mp_float_value(f);
    mp_decref(f);
    return 0;
}

static mp_obj f_get(const char *items, intptr_t i)
{
    float x;
    memcpy(&x, items + i * 4, 4);
    return mp_float_new((double)x);
}

static int f_set(char *items, intptr_t i, mp_obj v)
{
    double d;
    if (real_value(v, &d) < 0)
        return -1;
    if (items) {
        float x = (float)d;
        memcpy(items + i * 4, &x, 4);
    }
    return 0;
}

static mp_obj d_get(const char *items, intptr_t i)
{
    double x;
    memcpy(&x, items + i * 8, 8);
    return mp_float_new(x);
}

static int d_set(char *items, intptr_t i, mp_obj v)
{
    double d;
    if (real_value(v, &d) < 0)
        return -1;
    if (items)
        memcpy(items + i * 8, &d, 8);
    return 0;
}

/* 'u' holds wchar_t, four bytes on Linux: one code point each. */
static mp_obj u_get(const char *items, intptr_t i)
{
    uint32_t c;
    memcpy(&c, items + i * 4, 4);
    if (c > 0x10FFFF)
        return mp_err_format(&mp_type_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                             (unsigned)c);
    return mp_str_from_char(c);
}

static int u_set(char *items, intptr_t i, mp_obj v)
{
    if (!mp_str_check(v) || mp_str_len(v) != 1) {
        mp_err_set_str(&mp_type_TypeError, "array item must be unicode character");
        return -1;
    }
    if (items) {
        uint32_t c = mp_str_char_at(v, 0);
        memcpy(items + i * 4, &c, 4);
    }
    return 0;
}

static const mp_array_descr descriptors[] = {
    {'b', 1, b_get, b_set},
    {'B', 1, ub_get, ub_set},
    {'u', 4, u_get, u_set},
    {'h', 2, h_get, h_set},
    {'H', 2, uh_get, uh_set},
    {'i', 4, i_get, i_set},
    {'I', 4, ui_get, ui_set},
    {'l', 8, l_get, l_set},
    {'L', 8, ul_get, ul_set},
    {'q', 8, q_get, q_set},
    {'Q', 8, uq_get, uq_set},
    {'f', 4, f_get, f_set},
    {'d', 8, d_get, d_set},
};

static const mp_array_descr *find_descr(int c)
{
    for (size_t k = 0; k < sizeof descriptors / sizeof descriptors[0]; k++)
        if (descriptors[k].typecode == c)
            return &descriptors[k];
    return NULL;
}

/* ---- the block of items --------------------------------------------------------------------- */

/* CPython's array_resize: shrinking a little keeps the block; growing
 * over-allocates by 1/16 plus 3 (small arrays) or 7. */
static int array_resize(mp_array *a, intptr_t newsize)
{
    if (a->exports > 0 && newsize != a->ob.size) {
        mp_err_set_str(&mp_type_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (a->allocated >= newsize && a->ob.size < newsize + 16 && a->items) {
        a->ob.size = newsize;
        return 0;
    }
    if (newsize == 0) {
        mp_free(a->items);
        a->items = NULL;
        a->allocated = 0;
        a->ob.size = 0;
        return 0;
    }
    intptr_t alloc = (newsize >> 4) + (a->ob.size < 8 ? 3 : 7) + newsize;
    if (alloc > INTPTR_MAX / a->itemsize) {
        mp_err_no_memory();
        return -1;
    }
    char *items = mp_realloc(a->items, (size_t)(alloc * a->itemsize));
    if (!items) {
        mp_err_no_memory();
        return -1;
    }
    a->items = items;
    a->allocated = alloc;
    a->ob.size = newsize;
    return 0;
}

/* A new array of size items (uninitialised), with exactly that room, as
 * CPython's newarrayobject. */
static mp_obj new_array(mp_type *type, intptr_t size, const mp_array_descr *d)
{
    if (size < 0 || size > INTPTR_MAX / d->itemsize)
        return mp_err_no_memory();
    mp_array *a = (mp_array *)mp_obj_alloc(type);
    if (!a)
        return NULL;
    a->descr = d;
    a->itemsize = d->itemsize;
    a->typecode = d->typecode;
    if (size > 0) {
        if (!(a->items = mp_calloc((size_t)size, (size_t)d->itemsize))) {
            mp_decref((mp_obj)a);
            return mp_err_no_memory();
        }
    }
    a->ob.size = size;
    a->allocated = size;
    return (mp_obj)a;
}

static mp_obj get_item(mp_array *a, intptr_t i) { return a->descr->get(a->items, i); }

/* Inserts v before item where (clipped). */
static int insert_item(mp_array *a, intptr_t where, mp_obj v)
{
    intptr_t n = a->ob.size;
    /* Check the value first, so that a bad one leaves the array alone. */
    if (a->descr->set(NULL, 0, v) < 0)
        return -1;
    if (array_resize(a, n + 1) < 0)
        return -1;
    if (where < 0 && (where += n) < 0)
        where = 0;
    if (where > n)
        where = n;
    intptr_t sz = a->itemsize;
    if (where != n)
        memmove(a->items + (where + 1) * sz, a->items + where * sz, (size_t)((n - where) * sz));
    return a->descr->set(a->items, where, v);
}

/* Appends every item of the iterable. */
static int iter_extend(mp_array *a, mp_obj iterable)
{
    mp_obj it = mp_obj_getiter(iterable);
    if (!it)
        return -1;
    mp_obj v;
    while ((v = mp_iter_next(it))) {
        int r = insert_item(a, a->ob.size, v);
        mp_decref(v);
        if (r < 0) {
            mp_decref(it);
            return -1;
        }
    }
    mp_decref(it);
    return mp_err_occurred() ? -1 : 0;
}

/* Appends another array's items: the same typecode only. */
static int do_extend(mp_array *a, mp_obj bb)
{
    if (!mp_array_check(bb))
        return iter_extend(a, bb);
    mp_array *b = ARR(bb);
    if (a->descr != b->descr) {
        mp_err_set_str(&mp_type_TypeError, "can only extend with array of same kind");
        return -1;
    }
    intptr_t oldsize = a->ob.size, bsize = b->ob.size;
    if (oldsize > INTPTR_MAX - bsize) {
        mp_err_no_memory();
        return -1;
    }
    if (array_resize(a, oldsize + bsize) < 0)
        return -1;
    if (bsize > 0)
        memcpy(a->items + oldsize * a->itemsize, b->items, (size_t)(bsize * b->itemsize));
    return 0;
}

static int frombytes(mp_array *a, const char *data, intptr_t n)
{
    if (n % a->itemsize != 0) {
        mp_err_set_str(&mp_type_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    intptr_t old = a->ob.size, add = n / a->itemsize;
    if (add > INTPTR_MAX - old) {
        mp_err_no_memory();
        return -1;
    }
    if (array_resize(a, old + add) < 0)
        return -1;
    if (n)
        memcpy(a->items + old * a->itemsize, data, (size_t)n);
    return 0;
}

/* ---- construction --------------------------------------------------------------------------- */

static mp_obj array_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (type == &mp_type_array && kwnames && MP_TUPLE_LEN(kwnames) > 0)
        return mp_err_set_str(&mp_type_TypeError, "array.array() takes no keyword arguments");
    nargs += kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0;
    if (nargs < 1 || nargs > 2)
        return mp_err_format(&mp_type_TypeError, nargs < 1
                                                     ? "array() takes at least 1 argument (%zu given)"
                                                     : "array() takes at most 2 arguments (%zu given)",
                             nargs);
    mp_obj tc = args[0], initial = nargs > 1 ? args[1] : NULL;
    if (!mp_str_check(tc) || mp_str_len(tc) != 1)
        return mp_err_format(&mp_type_TypeError,
                             "array() argument 1 must be a unicode character, not %s",
                             mp_type_of(tc)->name);
    uint32_t c = mp_str_char_at(tc, 0);
    const mp_array_descr *d = find_descr((int)c);
    if (!d)
        return mp_err_set_str(&mp_type_ValueError,
                              "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    if (initial && c != 'u') {
        if (mp_str_check(initial))
            return mp_err_format(&mp_type_TypeError,
                                 "cannot use a str to initialize an array with typecode '%c'", (int)c);
        if (mp_array_check(initial) && ARR(initial)->typecode == 'u')
            return mp_err_format(&mp_type_TypeError,
                                 "cannot use a unicode array to initialize an array with typecode '%c'",
                                 (int)c);
    }
    /* Lists, tuples, bytes, str for 'u' and arrays of the same kind are
     * read directly; anything else is iterated. */
    mp_obj it = NULL;
    if (initial && !mp_list_check(initial) && !mp_tuple_check(initial) &&
        !mp_bytes_check(initial) && !mp_bytearray_check(initial) &&
        !(c == 'u' && mp_str_check(initial)) &&
        !(mp_array_check(initial) && ARR(initial)->typecode == (char)c)) {
        if (!(it = mp_obj_getiter(initial)))
            return NULL;
        initial = NULL;
    }
    intptr_t len = 0;
    if (initial && mp_list_check(initial))
        len = MP_LIST_LEN(initial);
    else if (initial && mp_tuple_check(initial))
        len = MP_TUPLE_LEN(initial);
    else if (initial && mp_array_check(initial))
        len = ARR(initial)->ob.size;
    mp_obj self = new_array(type, len, d);
    if (!self) {
        mp_xdecref(it);
        return NULL;
    }
    mp_array *a = ARR(self);
    int err = 0;
    if (len > 0 && !mp_array_check(initial)) {
        for (intptr_t i = 0; i < len && !err; i++) {
            /* A list may shrink under a conversion that runs Python code. */
            mp_obj v = mp_list_check(initial) ? (i < MP_LIST_LEN(initial) ? MP_LIST_GET(initial, i) : NULL)
                                              : MP_TUPLE_GET(initial, i);
            if (!v)
                break;
            mp_incref(v);
            err = d->set(a->items, i, v) < 0;
            mp_decref(v);
        }
    } else if (initial && (mp_bytes_check(initial) || mp_bytearray_check(initial))) {
        const char *data;
        intptr_t n;
        mp_bytes_view(initial, &data, &n);
        err = frombytes(a, data, n) < 0;
    } else if (initial && mp_str_check(initial)) {
        intptr_t n = mp_str_len(initial);
        err = array_resize(a, n) < 0;
        for (intptr_t i = 0; i < n && !err; i++) {
            uint32_t ch = mp_str_char_at(initial, i);
            memcpy(a->items + i * 4, &ch, 4);
        }
    } else if (initial && len > 0) {
        memcpy(a->items, ARR(initial)->items, (size_t)(len * a->itemsize));
    }
    if (!err && it)
        err = iter_extend(a, it) < 0;
    mp_xdecref(it);
    if (err) {
        mp_decref(self);
        return NULL;
    }
    return self;
}

static void array_dealloc(mp_obj self)
{
    mp_free(ARR(self)->items);
    mp_obj_free(self);
}

/* A new array of self's type holding n items copied from src. */
static mp_obj array_slice_copy(mp_array *a, intptr_t lo, intptr_t hi)
{
    if (lo < 0)
        lo = 0;
    if (hi > a->ob.size)
        hi = a->ob.size;
    if (hi < lo)
        hi = lo;
    mp_obj r = new_array(&mp_type_array, hi - lo, a->descr);
    if (r && hi > lo)
        memcpy(ARR(r)->items, a->items + lo * a->itemsize, (size_t)((hi - lo) * a->itemsize));
    return r;
}

/* ---- sequence and mapping slots ------------------------------------------------------------- */

static intptr_t array_length(mp_obj self) { return ARR(self)->ob.size; }

static mp_obj array_item(mp_obj self, intptr_t i)
{
    if ((uintptr_t)i >= (uintptr_t)ARR(self)->ob.size)
        return mp_err_set_str(&mp_type_IndexError, "array index out of range");
    return get_item(ARR(self), i);
}

static int index_key(mp_obj key, intptr_t *i)
{
    *i = mp_number_as_ssize(key, &mp_type_IndexError);
    return *i == -1 && mp_err_occurred() ? -1 : 0;
}

static mp_obj array_subscript(mp_obj self, mp_obj key)
{
    mp_array *a = ARR(self);
    if (mp_index_check(key)) {
        intptr_t i;
        if (index_key(key, &i) < 0)
            return NULL;
        if (i < 0)
            i += a->ob.size;
        return array_item(self, i);
    }
    if (!mp_slice_check(key))
        return mp_err_set_str(&mp_type_TypeError, "array indices must be integers");
    intptr_t start, stop, step, n;
    if (mp_slice_indices(key, a->ob.size, &start, &stop, &step, &n) < 0)
        return NULL;
    if (step == 1)
        return array_slice_copy(a, start, start + n);
    mp_obj r = new_array(&mp_type_array, n, a->descr);
    if (!r)
        return NULL;
    for (intptr_t k = 0, i = start; k < n; k++, i += step)
        memcpy(ARR(r)->items + k * a->itemsize, a->items + i * a->itemsize, (size_t)a->itemsize);
    return r;
}

/* Removes items [lo, hi). */
static int delete_range(mp_array *a, intptr_t lo, intptr_t hi)
{
    intptr_t sz = a->itemsize, n = a->ob.size;
    if (hi <= lo)
        return 0;
    if (a->exports > 0) {
        mp_err_set_str(&mp_type_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    memmove(a->items + lo * sz, a->items + hi * sz, (size_t)((n - hi) * sz));
    return array_resize(a, n - (hi - lo));
}

static int array_ass_item(mp_obj self, intptr_t i, mp_obj v)
{
    mp_array *a = ARR(self);
    if ((uintptr_t)i >= (uintptr_t)a->ob.size) {
        mp_err_set_str(&mp_type_IndexError, "array assignment index out of range");
        return -1;
    }
    if (!v)
        return delete_range(a, i, i + 1);
    return a->descr->set(a->items, i, v);
}

static int array_ass_subscript(mp_obj self, mp_obj key, mp_obj value)
{
    mp_array *a = ARR(self);
    if (mp_index_check(key)) {
        intptr_t i;
        if (index_key(key, &i) < 0)
            return -1;
        if (i < 0)
            i += a->ob.size;
        return array_ass_item(self, i, value);
    }
    if (!mp_slice_check(key)) {
        mp_err_set_str(&mp_type_TypeError, "array indices must be integers");
        return -1;
    }
    intptr_t start, stop, step, n;
    if (mp_slice_indices(key, a->ob.size, &start, &stop, &step, &n) < 0)
        return -1;
    mp_obj other = NULL;
    intptr_t needed = 0;
    if (value) {
        if (!mp_array_check(value)) {
            mp_err_format(&mp_type_TypeError, "can only assign array (not \"%s\") to array slice",
                          mp_type_of(value)->name);
            return -1;
        }
        if (ARR(value)->descr != a->descr) {
            mp_err_set_str(&mp_type_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        /* a[i:j] = a copies a first. */
        other = value == self ? array_slice_copy(a, 0, a->ob.size) : mp_newref(value);
        if (!other)
            return -1;
        needed = ARR(other)->ob.size;
    }
    intptr_t sz = a->itemsize;
    int r = 0;
    if (step == 1) {
        /* Replace items [start, start+n) by the needed ones. */
        intptr_t size = a->ob.size;
        if (needed != n && a->exports > 0) {
            mp_err_set_str(&mp_type_BufferError, "cannot resize an array that is exporting buffers");
            r = -1;
        } else if (needed < n) {
            memmove(a->items + (start + needed) * sz, a->items + (start + n) * sz,
                    (size_t)((size - start - n) * sz));
            r = array_resize(a, size - (n - needed));
        } else if (needed > n) {
            r = array_resize(a, size + (needed - n));
            if (r == 0)
                memmove(a->items + (start + needed) * sz, a->items + (start + n) * sz,
                        (size_t)((size - start - n) * sz));
        }
        if (r == 0 && needed > 0)
            memcpy(a->items + start * sz, ARR(other)->items, (size_t)(needed * sz));
    } else if (needed == 0 && !value) {
        /* Delete an extended slice: keep the others in order. */
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        if (n > 0 && a->exports > 0) {
            mp_err_set_str(&mp_type_BufferError, "cannot resize an array that is exporting buffers");
            r = -1;
        } else {
            intptr_t w = start, g = 0;
            for (intptr_t i = start; i < a->ob.size; i++) {
                if (g < n && i == start + g * step)
                    g++;
                else
                    memmove(a->items + (w++) * sz, a->items + i * sz, (size_t)sz);
            }
            r = n ? array_resize(a, a->ob.size - n) : 0;
        }
    } else if (needed != n) {
        mp_err_format(&mp_type_ValueError,
                      "attempt to assign array of size %zd to extended slice of size %zd",
                      (size_t)needed, (size_t)n);
        r = -1;
    } else {
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            memcpy(a->items + i * sz, ARR(other)->items + k * sz, (size_t)sz);
    }
    mp_xdecref(other);
    return r;
}

static mp_obj array_concat(mp_obj self, mp_obj other)
{
    if (!mp_array_check(other))
        return mp_err_format(&mp_type_TypeError, "can only append array (not \"%s\") to array",
                             mp_type_of(other)->name);
    mp_array *a = ARR(self), *b = ARR(other);
    if (a->descr != b->descr)
        return mp_err_set_str(&mp_type_TypeError, "bad argument type for built-in operation");
    if (a->ob.size > INTPTR_MAX - b->ob.size)
        return mp_err_no_memory();
    mp_obj r = new_array(&mp_type_array, a->ob.size + b->ob.size, a->descr);
    if (!r)
        return NULL;
    if (a->ob.size)
        memcpy(ARR(r)->items, a->items, (size_t)(a->ob.size * a->itemsize));
    if (b->ob.size)
        memcpy(ARR(r)->items + a->ob.size * a->itemsize, b->items, (size_t)(b->ob.size * b->itemsize));
    return r;
}

static mp_obj array_repeat(mp_obj self, intptr_t count)
{
    mp_array *a = ARR(self);
    if (count < 0)
        count = 0;
    if (a->ob.size && count > INTPTR_MAX / a->ob.size)
        return mp_err_no_memory();
    intptr_t n = a->ob.size * a->itemsize;
    mp_obj r = new_array(&mp_type_array, a->ob.size * count, a->descr);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < count; i++)
        memcpy(ARR(r)->items + i * n, a->items, (size_t)n);
    return r;
}

static mp_obj array_inplace_concat(mp_obj self, mp_obj other)
{
    if (!mp_array_check(other))
        return mp_err_format(&mp_type_TypeError, "can only extend array with array (not \"%s\")",
                             mp_type_of(other)->name);
    if (do_extend(ARR(self), other) < 0)
        return NULL;
    return mp_newref(self);
}

static mp_obj array_inplace_repeat(mp_obj self, intptr_t count)
{
    mp_array *a = ARR(self);
    intptr_t size = a->ob.size;
    if (size > 0) {
        if (count < 0)
            count = 0;
        if (count > INTPTR_MAX / size)
            return mp_err_no_memory();
        intptr_t n = size * a->itemsize;
        if (array_resize(a, size * count) < 0)
            return NULL;
        for (intptr_t i = 1; i < count; i++)
            memcpy(a->items + i * n, a->items, (size_t)n);
    }
    return mp_newref(self);
}

static int array_contains(mp_obj self, mp_obj v)
{
    mp_array *a = ARR(self);
    for (intptr_t i = 0; i < a->ob.size; i++) {
        mp_obj x = get_item(a, i);
        if (!x)
            return -1;
        int r = mp_obj_richcompare_bool(x, v, MP_EQ);
        mp_decref(x);
        if (r != 0)
            return r;
    }
    return 0;
}

/* CPython's array_richcompare: equal lengths first for == and !=, then the
 * first items that differ decide, compared as Python values. */
static mp_obj array_richcompare(mp_obj v, mp_obj w, int op)
{
    if (!mp_array_check(v) || !mp_array_check(w))
        MP_RETURN_NOTIMPLEMENTED;
    mp_array *va = ARR(v), *wa = ARR(w);
    if (va->ob.size != wa->ob.size && (op == MP_EQ || op == MP_NE))
        return mp_bool(op == MP_NE);
    int k = 1;
    mp_obj vi = NULL, wi = NULL;
    intptr_t i;
    for (i = 0; i < va->ob.size && i < wa->ob.size; i++) {
        vi = get_item(va, i);
        wi = vi ? get_item(wa, i) : NULL;
        if (!wi) {
            mp_xdecref(vi);
            return NULL;
        }
        k = mp_obj_richcompare_bool(vi, wi, MP_EQ);
        if (k != 1)
            break;
        MP_CLEAR(vi);
        MP_CLEAR(wi);
    }
    if (k < 0) {
        mp_decref(vi);
        mp_decref(wi);
        return NULL;
    }
    if (k) {
        intptr_t vs = va->ob.size, ws = wa->ob.size;
        int c;
        switch (op) {
        case MP_LT: c = vs < ws; break;
        case MP_LE: c = vs <= ws; break;
        case MP_EQ: c = vs == ws; break;
        case MP_NE: c = vs != ws; break;
        case MP_GT: c = vs > ws; break;
        default: c = vs >= ws; break;
        }
        return mp_bool(c);
    }
    mp_obj r;
    if (op == MP_EQ)
        r = mp_bool(0);
    else if (op == MP_NE)
        r = mp_bool(1);
    else
        r = mp_obj_richcompare(vi, wi, op);
    mp_decref(vi);
    mp_decref(wi);
    return r;
}

static mp_obj array_tolist_impl(mp_array *a)
{
    mp_obj l = mp_list_new(a->ob.size);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < a->ob.size; i++) {
        mp_obj v = get_item(a, i);
        if (!v) {
            mp_decref(l);
            return NULL;
        }
        MP_LIST_ITEMS(l)[i] = v;
    }
    return l;
}

static mp_obj tounicode_impl(mp_array *a)
{
    mp_buf b = MP_BUF_INIT;
    for (intptr_t i = 0; i < a->ob.size; i++) {
        uint32_t c;
        memcpy(&c, a->items + i * 4, 4);
        if (c > 0x10FFFF) {
            mp_buf_free(&b);
            return mp_err_format(&mp_type_ValueError,
                                 "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)c);
        }
        mp_buf_put_utf8(&b, c);
    }
    if (b.failed) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    mp_obj r = mp_str_new(b.data ? b.data : "", b.len);
    mp_buf_free(&b);
    return r;
}

static mp_obj array_repr(mp_obj self)
{
    mp_array *a = ARR(self);
    /* The type's own name, without its module: array('i', [1]). */
    const char *tname = mp_type_of(self)->name, *dot = strrchr(tname, '.');
    if (dot)
        tname = dot + 1;
    if (a->ob.size == 0)
        return mp_str_from_format("%s('%c')", tname, a->typecode);
    mp_obj v = a->typecode == 'u' ? tounicode_impl(a) : array_tolist_impl(a);
    if (!v)
        return NULL;
    mp_obj r = mp_str_from_format("%s('%c', %R)", tname, a->typecode, v);
    mp_decref(v);
    return r;
}

/* ---- methods -------------------------------------------------------------------------------- */

static mp_obj m_append(mp_obj self, mp_obj v)
{
    if (insert_item(ARR(self), ARR(self)->ob.size, v) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_extend(mp_obj self, mp_obj bb)
{
    if (do_extend(ARR(self), bb) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_insert(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("insert", nargs, 2, 2) < 0)
        return NULL;
    if (!mp_index_check(args[0]) || mp_float_check(args[0]))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(args[0])->name);
    intptr_t i = mp_number_as_ssize(args[0], &mp_type_OverflowError);
    if (i == -1 && mp_err_occurred())
        return NULL;
    if (insert_item(ARR(self), i, args[1]) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_pop(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_array *a = ARR(self);
    if (mp_arg_check_count("pop", nargs, 0, 1) < 0)
        return NULL;
    intptr_t i = -1;
    if (nargs) {
        if (!mp_index_check(args[0]) || mp_float_check(args[0]))
            return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 mp_type_of(args[0])->name);
        i = mp_number_as_ssize(args[0], &mp_type_OverflowError);
        if (i == -1 && mp_err_occurred())
            return NULL;
    }
    if (a->ob.size == 0)
        return mp_err_set_str(&mp_type_IndexError, "pop from empty array");
    if (i < 0)
        i += a->ob.size;
    if (i < 0 || i >= a->ob.size)
        return mp_err_set_str(&mp_type_IndexError, "pop index out of range");
    mp_obj v = get_item(a, i);
    if (v && delete_range(a, i, i + 1) < 0)
        MP_CLEAR(v);
    return v;
}

/* The index of the first item equal to v in [start, stop), or -1 (and -2
 * on error). */
static intptr_t find_item(mp_array *a, mp_obj v, intptr_t start, intptr_t stop)
{
    for (intptr_t i = start; i < stop && i < a->ob.size; i++) {
        mp_obj x = get_item(a, i);
        if (!x)
            return -2;
        int r = mp_obj_richcompare_bool(x, v, MP_EQ);
        mp_decref(x);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

static mp_obj m_index(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_array *a = ARR(self);
    intptr_t start, stop;
    if (mp_arg_check_count("index", nargs, 1, 3) < 0 ||
        mp_seq_index_args(args, nargs, a->ob.size, &start, &stop) < 0)
        return NULL;
    intptr_t i = find_item(a, args[0], start, stop);
    if (i == -2)
        return NULL;
    if (i < 0)
        return mp_err_set_str(&mp_type_ValueError, "array.index(x): x not in array");
    return mp_int_from_ssize(i);
}

static mp_obj m_remove(mp_obj self, mp_obj v)
{
    mp_array *a = ARR(self);
    intptr_t i = find_item(a, v, 0, a->ob.size);
    if (i == -2)
        return NULL;
    if (i < 0)
        return mp_err_set_str(&mp_type_ValueError, "array.remove(x): x not in array");
    if (delete_range(a, i, i + 1) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_count(mp_obj self, mp_obj v)
{
    mp_array *a = ARR(self);
    intptr_t n = 0;
    for (intptr_t i = 0; i < a->ob.size; i++) {
        mp_obj x = get_item(a, i);
        if (!x)
            return NULL;
        int r = mp_obj_richcompare_bool(x, v, MP_EQ);
        mp_decref(x);
        if (r < 0)
            return NULL;
        n += r;
    }
    return mp_int_from_ssize(n);
}

static mp_obj m_reverse(mp_obj self)
{
    mp_array *a = ARR(self);
    intptr_t sz = a->itemsize;
    char tmp[8];
    for (intptr_t i = 0, j = a->ob.size - 1; i < j; i++, j--) {
        memcpy(tmp, a->items + i * sz, (size_t)sz);
        memcpy(a->items + i * sz, a->items + j * sz, (size_t)sz);
        memcpy(a->items + j * sz, tmp, (size_t)sz);
    }
    MP_RETURN_NONE;
}

static mp_obj m_byteswap(mp_obj self)
{
    mp_array *a = ARR(self);
    intptr_t sz = a->itemsize;
    for (intptr_t i = 0; i < a->ob.size; i++) {
        char *p = a->items + i * sz;
        for (intptr_t k = 0; k < sz / 2; k++) {
            char t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    MP_RETURN_NONE;
}

static mp_obj m_tolist(mp_obj self) { return array_tolist_impl(ARR(self)); }

static mp_obj m_tobytes(mp_obj self)
{
    mp_array *a = ARR(self);
    return mp_bytes_new(a->items, a->ob.size * a->itemsize);
}

static mp_obj m_frombytes(mp_obj self, mp_obj buffer)
{
    mp_bytes_buffer b;
    int got = mp_bytes_buffer_get(buffer, &b);
    if (got < 0)
        return NULL;
    if (!got)
        return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                             mp_type_of(buffer)->name);
    /* The buffer is held meanwhile: a.frombytes(a) is a BufferError, as
     * in CPython. */
    int r = frombytes(ARR(self), b.data, b.len);
    mp_bytes_buffer_release(&b);
    if (r < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_fromlist(mp_obj self, mp_obj list)
{
    if (!mp_list_check(list))
        return mp_err_set_str(&mp_type_TypeError, "arg must be list");
    mp_array *a = ARR(self);
    intptr_t n = MP_LIST_LEN(list), old = a->ob.size;
    if (n == 0)
        MP_RETURN_NONE;
    if (array_resize(a, old + n) < 0)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        mp_obj v = i < MP_LIST_LEN(list) ? mp_newref(MP_LIST_GET(list, i)) : NULL;
        int r = v ? a->descr->set(a->items, old + i, v) : -1;
        mp_xdecref(v);
        if (r < 0) {
            /* All or nothing, as CPython. */
            if (!v)
                mp_err_set_str(&mp_type_RuntimeError, "list changed size during iteration");
            array_resize(a, old);
            return NULL;
        }
    }
    MP_RETURN_NONE;
}

static mp_obj m_tounicode(mp_obj self)
{
    if (ARR(self)->typecode != 'u')
        return mp_err_set_str(&mp_type_ValueError,
                              "tounicode() may only be called on unicode type arrays");
    return tounicode_impl(ARR(self));
}

static mp_obj m_fromunicode(mp_obj self, mp_obj s)
{
    if (!mp_str_check(s))
        return mp_err_format(&mp_type_TypeError, "fromunicode() argument must be str, not %s",
                             mp_type_of(s)->name);
    mp_array *a = ARR(self);
    if (a->typecode != 'u')
        return mp_err_set_str(&mp_type_ValueError,
                              "fromunicode() may only be called on unicode type arrays");
    intptr_t n = mp_str_len(s), old = a->ob.size;
    if (n > 0 && array_resize(a, old + n) < 0)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = mp_str_char_at(s, i);
        memcpy(a->items + (old + i) * 4, &c, 4);
    }
    MP_RETURN_NONE;
}

/* fromfile(f, n): f.read(n * itemsize), appended; EOFError when short
 * (after appending what came). */
static mp_obj m_fromfile(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("fromfile", nargs, 2, 2) < 0)
        return NULL;
    mp_array *a = ARR(self);
    if (!mp_index_check(args[1]) || mp_float_check(args[1]))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(args[1])->name);
    intptr_t n = mp_number_as_ssize(args[1], &mp_type_OverflowError);
    if (n == -1 && mp_err_occurred())
        return NULL;
    if (n < 0)
        return mp_err_set_str(&mp_type_ValueError, "negative count");
    if (n > INTPTR_MAX / a->itemsize)
        return mp_err_no_memory();
    intptr_t nbytes = n * a->itemsize;
    mp_obj size = mp_int_from_ssize(nbytes);
    if (!size)
        return NULL;
    mp_obj b = mp_call_method(args[0], "read", &size, 1);
    mp_decref(size);
    if (!b)
        return NULL;
    if (!mp_bytes_check(b)) {
        mp_decref(b);
        return mp_err_set_str(&mp_type_TypeError, "read() didn't return bytes");
    }
    intptr_t got = MP_BYTES_LEN(b);
    /* Whole items only; a partial one is dropped. */
    int r = frombytes(a, MP_BYTES_DATA(b), got - got % a->itemsize);
    mp_decref(b);
    if (r < 0)
        return NULL;
    if (got != nbytes)
        return mp_err_set_str(&mp_type_EOFError, "read() didn't return enough bytes");
    MP_RETURN_NONE;
}

/* tofile(f): f.write() in blocks of 64 KiB, as CPython. */
static mp_obj m_tofile(mp_obj self, mp_obj f)
{
    mp_array *a = ARR(self);
    intptr_t nbytes = a->ob.size * a->itemsize, block = 64 * 1024;
    for (intptr_t off = 0; off < nbytes; off += block) {
        intptr_t n = nbytes - off < block ? nbytes - off : block;
        mp_obj b = mp_bytes_new(a->items + off, n);
        if (!b)
            return NULL;
        mp_obj r = mp_call_method(f, "write", &b, 1);
        mp_decref(b);
        if (!r)
            return NULL;
        mp_decref(r);
    }
    MP_RETURN_NONE;
}

static mp_obj m_buffer_info(mp_obj self)
{
    mp_array *a = ARR(self);
    mp_obj addr = mp_int_from_ull((unsigned long long)(uintptr_t)a->items);
    mp_obj len = addr ? mp_int_from_ssize(a->ob.size) : NULL;
    mp_obj r = len ? mp_tuple_pack(2, addr, len) : NULL;
    mp_xdecref(addr);
    mp_xdecref(len);
    return r;
}

static mp_obj m_copy(mp_obj self) { return array_slice_copy(ARR(self), 0, ARR(self)->ob.size); }

static mp_obj m_deepcopy(mp_obj self, mp_obj memo) { return m_copy(self); }

static mp_obj m_sizeof(mp_obj self)
{
    /* CPython's 64-byte header plus the allocated items. */
    return mp_int_from_ssize(64 + ARR(self)->allocated * ARR(self)->itemsize);
}

/* The machine formats of pickled arrays (CPython's enum
 * machine_format_code), and each typecode's on this little-endian,
 * LP64 machine. */
enum { MF_UNKNOWN = -1, MF_U8 = 0, MF_S8 = 1, MF_U16LE = 2, MF_S16LE = 4, MF_U32LE = 6,
       MF_S32LE = 8, MF_U64LE = 10, MF_S64LE = 12, MF_F32LE = 14, MF_F64LE = 16,
       MF_UTF32LE = 20, MF_MAX = 21 };

static int machine_format(char typecode)
{
    switch (typecode) {
    case 'b': return MF_S8;
    case 'B': return MF_U8;
    case 'u': return MF_UTF32LE;
    case 'h': return MF_S16LE;
    case 'H': return MF_U16LE;
    case 'i': return MF_S32LE;
    case 'I': return MF_U32LE;
    case 'l': case 'q': return MF_S64LE;
    case 'L': case 'Q': return MF_U64LE;
    case 'f': return MF_F32LE;
    case 'd': return MF_F64LE;
    }
    return MF_UNKNOWN;
}

/* Pickling, as CPython's: (type, (typecode, items), __dict__ or None) for
 * protocols 0-2; (array._array_reconstructor, (type, typecode, machine
 * format, bytes), __dict__ or None) above. */
static mp_obj m_reduce_ex(mp_obj self, mp_obj protocol)
{
    mp_array *a = ARR(self);
    intptr_t proto;
    if (!mp_int_check(protocol))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(protocol)->name);
    if (mp_int_as_ssize(protocol, &proto) < 0)
        return NULL;
    mp_obj *dp = mp_obj_dict_ptr(self);
    mp_obj dict = dp && *dp && mp_obj_len(*dp) > 0 ? *dp : mp_none;
    mp_obj tc = mp_str_new(&a->typecode, 1);
    if (!tc)
        return NULL;
    mp_obj args, r = NULL;
    if (proto < 3) {
        mp_obj items = array_tolist_impl(a);
        args = items ? mp_tuple_pack(2, tc, items) : NULL;
        mp_xdecref(items);
        if (args)
            r = mp_tuple_pack(3, (mp_obj)mp_type_of(self), args, dict);
    } else {
        mp_obj data = m_tobytes(self);
        args = data ? mp_tuple_pack(4, (mp_obj)mp_type_of(self), tc, mp_small(machine_format(a->typecode)),
                                    data)
                    : NULL;
        mp_xdecref(data);
        mp_obj mod = args ? mp_import("array") : NULL;
        mp_obj recon = mod ? mp_obj_getattr_s(mod, "_array_reconstructor") : NULL;
        mp_xdecref(mod);
        if (recon) {
            r = mp_tuple_pack(3, recon, args, dict);
            mp_decref(recon);
        }
    }
    mp_decref(tc);
    mp_xdecref(args);
    return r;
}

/* array._array_reconstructor(arraytype, typecode, mformat_code, items):
 * the array a pickle of protocol 3 or above describes. */
static mp_obj array_reconstructor(mp_obj module, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("_array_reconstructor", nargs, 4, 4) < 0)
        return NULL;
    mp_obj tp = args[0], tc = args[1], mf = args[2], items = args[3];
    if (!mp_obj_type_check(tp, &mp_type_type) && !mp_type_is_subtype(mp_type_of(tp), &mp_type_type))
        return mp_err_format(&mp_type_TypeError, "first argument must be a type object, not %s",
                             mp_type_of(tp)->name);
    if (!mp_type_is_subtype((mp_type *)tp, &mp_type_array))
        return mp_err_format(&mp_type_TypeError, "%s is not a subtype of array.array",
                             ((mp_type *)tp)->name);
    const mp_array_descr *d = mp_str_check(tc) && mp_str_len(tc) == 1
                                  ? find_descr((int)mp_str_char_at(tc, 0)) : NULL;
    if (!d)
        return mp_err_set_str(&mp_type_ValueError, "second argument must be a valid type code");
    intptr_t code;
    if (!mp_int_check(mf))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(mf)->name);
    if (mp_int_as_ssize(mf, &code) < 0)
        return NULL;
    if (code < 0 || code > MF_MAX)
        return mp_err_set_str(&mp_type_ValueError, "third argument must be a valid machine format code.");
    if (!mp_bytes_check(items))
        return mp_err_format(&mp_type_TypeError, "fourth argument should be bytes, not %s",
                             mp_type_of(items)->name);
    if (code != machine_format(d->typecode))
        return mp_err_set_str(&mp_type_NotImplementedError,
                              "minipy's array._array_reconstructor reads only this machine's "
                              "format of each typecode");
    mp_obj r = new_array((mp_type *)tp, 0, d);
    if (r && frombytes(ARR(r), MP_BYTES_DATA(items), MP_BYTES_LEN(items)) < 0)
        MP_CLEAR(r);
    return r;
}

static const mp_method_def array_methods[] = {
    {"append", FN(m_append), MP_METH_O, "Append new value v to the end of the array."},
    {"buffer_info", FN(m_buffer_info), MP_METH_NOARGS,
     "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\n"
     "The length should be multiplied by the itemsize attribute to calculate\n"
     "the buffer length in bytes."},
    {"byteswap", FN(m_byteswap), MP_METH_NOARGS,
     "Byteswap all items of the array.\n\n"
     "If the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\n"
     "raised."},
    {"__copy__", FN(m_copy), MP_METH_NOARGS, "Return a copy of the array."},
    {"count", FN(m_count), MP_METH_O, "Return number of occurrences of v in the array."},
    {"__deepcopy__", FN(m_deepcopy), MP_METH_O, "Return a copy of the array."},
    {"extend", FN(m_extend), MP_METH_O, "Append items to the end of the array."},
    {"frombytes", FN(m_frombytes), MP_METH_O,
     "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", FN(m_fromfile), MP_METH_FASTCALL,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", FN(m_fromlist), MP_METH_O, "Append items to array from list."},
    {"fromunicode", FN(m_fromunicode), MP_METH_O,
     "Extends this array with data from the unicode string ustr.\n\n"
     "The array must be a unicode type array; otherwise a ValueError is raised.\n"
     "Use array.frombytes(ustr.encode(...)) to append Unicode data to an array of\n"
     "some other type."},
    {"index", FN(m_index), MP_METH_FASTCALL,
     "Return index of first occurrence of v in the array.\n\n"
     "Raise ValueError if the value is not present."},
    {"insert", FN(m_insert), MP_METH_FASTCALL,
     "Insert a new item v into the array before position i."},
    {"pop", FN(m_pop), MP_METH_FASTCALL,
     "Return the i-th element and delete it from the array.\n\n"
     "i defaults to -1."},
    {"__reduce_ex__", FN(m_reduce_ex), MP_METH_O, "Return state information for pickling."},
    {"remove", FN(m_remove), MP_METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", FN(m_reverse), MP_METH_NOARGS, "Reverse the order of the items in the array."},
    {"tofile", FN(m_tofile), MP_METH_O, "Write all items (as machine values) to the file object f."},
    {"tolist", FN(m_tolist), MP_METH_NOARGS,
     "Convert array to an ordinary list with the same items."},
    {"tobytes", FN(m_tobytes), MP_METH_NOARGS,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", FN(m_tounicode), MP_METH_NOARGS,
     "Extends this array with data from the unicode string ustr.\n\n"
     "Convert the array to a unicode string.  The array must be a unicode type array;\n"
     "otherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\n"
     "unicode string from an array of some other type."},
    {"__sizeof__", FN(m_sizeof), MP_METH_NOARGS, "Size of the array in memory, in bytes."},
    {NULL},
};

static mp_obj get_typecode(mp_obj self, void *c) { return mp_str_new(&ARR(self)->typecode, 1); }
static mp_obj get_itemsize(mp_obj self, void *c) { return mp_small(ARR(self)->itemsize); }

static const mp_getset_def array_getsets[] = {
    {"typecode", get_typecode, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL},
};

static const mp_sequence_methods array_as_sequence = {
    .length = array_length,
    .concat = array_concat,
    .repeat = array_repeat,
    .item = array_item,
    .ass_item = array_ass_item,
    .contains = array_contains,
    .inplace_concat = array_inplace_concat,
    .inplace_repeat = array_inplace_repeat,
};

static const mp_mapping_methods array_as_mapping = {
    .length = array_length,
    .subscript = array_subscript,
    .ass_subscript = array_ass_subscript,
};

static mp_obj array_iter_new(mp_obj self);

mp_type mp_type_array = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "array.array",
    .basicsize = sizeof(mp_array),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_SEQUENCE, /* matches sequence patterns */
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "string or iterable over elements of the appropriate type.\n\n"
           "Arrays represent basic values and behave very much like lists, except\n"
           "the type of objects stored in them is constrained. The type is specified\n"
           "at object creation time by using a type code, which is a single character.\n"
           "The following type codes are defined:\n\n"
           "    Type code   C Type             Minimum size in bytes\n"
           "    'b'         signed integer     1\n"
           "    'B'         unsigned integer   1\n"
           "    'u'         Unicode character  2 (see note)\n"
           "    'h'         signed integer     2\n"
           "    'H'         unsigned integer   2\n"
           "    'i'         signed integer     2\n"
           "    'I'         unsigned integer   2\n"
           "    'l'         signed integer     4\n"
           "    'L'         unsigned integer   4\n"
           "    'q'         signed integer     8 (see note)\n"
           "    'Q'         unsigned integer   8 (see note)\n"
           "    'f'         floating point     4\n"
           "    'd'         floating point     8\n\n"
           "NOTE: The 'u' typecode corresponds to Python's unicode character. On\n"
           "narrow builds this is 2-bytes on wide builds this is 4-bytes.\n\n"
           "NOTE: The 'q' and 'Q' type codes are only available if the platform\n"
           "C compiler used to build Python supports 'long long', or, on Windows,\n"
           "'__int64'.\n\n"
           "Methods:\n\n"
           "append() -- append a new item to the end of the array\n"
           "buffer_info() -- return information giving the current memory info\n"
           "byteswap() -- byteswap all the items of the array\n"
           "count() -- return number of occurrences of an object\n"
           "extend() -- extend array by appending multiple elements from an iterable\n"
           "fromfile() -- read items from a file object\n"
           "fromlist() -- append items from the list\n"
           "frombytes() -- append items from the string\n"
           "index() -- return index of first occurrence of an object\n"
           "insert() -- insert a new item into the array at a provided position\n"
           "pop() -- remove and return item (default last)\n"
           "remove() -- remove first occurrence of an object\n"
           "reverse() -- reverse the order of the items in the array\n"
           "tofile() -- write all items to a file object\n"
           "tolist() -- return the array converted to an ordinary list\n"
           "tobytes() -- return the array converted to a string\n\n"
           "Attributes:\n\n"
           "typecode -- the typecode character used to create the array\n"
           "itemsize -- the length in bytes of one array item\n",
    .dealloc = array_dealloc,
    .repr = array_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = array_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = array_iter_new,
    .new_ = array_new,
    .as_sequence = &array_as_sequence,
    .as_mapping = &array_as_mapping,
    .methods = array_methods,
    .getsets = array_getsets,
    .weaklistoffset = offsetof(mp_array, weakreflist),
};

/* ---- the iterator --------------------------------------------------------------------------- */

typedef struct array_iter {
    mp_object ob;
    mp_obj array;      /* NULL once exhausted */
    intptr_t index;
} array_iter;

static mp_obj array_iter_new(mp_obj self)
{
    array_iter *it = (array_iter *)mp_obj_alloc(&mp_type_array_iterator);
    if (!it)
        return NULL;
    it->array = mp_newref(self);
    return (mp_obj)it;
}

static mp_obj array_iter_next(mp_obj self)
{
    array_iter *it = (array_iter *)self;
    if (!it->array)
        return NULL;
    mp_array *a = ARR(it->array);
    if (it->index < a->ob.size)
        return get_item(a, it->index++);
    MP_CLEAR(it->array);
    return NULL;
}

static void array_iter_dealloc(mp_obj self)
{
    mp_xdecref(((array_iter *)self)->array);
    mp_obj_free(self);
}

mp_type mp_type_array_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "array.arrayiterator",
    .basicsize = sizeof(array_iter),
    .dealloc = array_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = array_iter_next,
};

/* ---- the module ----------------------------------------------------------------------------- */

static int array_exec(mp_obj m)
{
    mp_obj codes = mp_str_from_cstr("bBuhHiIlLqQfd");
    if (!codes)
        return -1;
    int r = mp_module_add(m, "typecodes", codes);
    mp_decref(codes);
    if (r < 0 || mp_module_add_type(m, &mp_type_array) < 0 ||
        mp_module_add(m, "ArrayType", (mp_obj)&mp_type_array) < 0 ||
        mp_type_ready(&mp_type_array_iterator) < 0)
        return -1;
    return 0;
}

static const mp_method_def array_module_methods[] = {
    {"_array_reconstructor", FN(array_reconstructor), MP_METH_FASTCALL,
     "Internal. Used for pickling support."},
    {NULL},
};

const mp_module_def mp_module_array = {
    "array",
    "This module defines an object type which can efficiently represent\n"
    "an array of basic values: characters, integers, floating point\n"
    "numbers.  Arrays are sequence types and behave very much like lists,\n"
    "except that the type of objects stored in them is constrained.\n",
    array_module_methods,
    array_exec,
};

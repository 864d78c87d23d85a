/* bytearray: a mutable byte string, growing as CPython's
 * PyByteArray_Resize does; the read-only methods are bytes.c's.
 * (CPython's Objects/bytearrayobject.c.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define BA(o) ((mp_bytearray *)(o))

/* CPython's PyByteArray_Resize: small downsizes keep the block, growth
 * over-allocates by 1/8 plus 3 or 6 (or exactly, for big jumps).  The
 * block always has room for a NUL after the bytes. */
static int ba_resize(mp_bytearray *a, intptr_t size)
{
    intptr_t alloc = a->allocated;
    if (size == a->ob.size)
        return 0;
    if (a->exports > 0) {
        mp_err_set_str(&mp_type_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) {
            a->ob.size = size;
            a->data[size] = 0;
            return 0;
        }
        alloc = size + 1;
    } else if ((double)size <= alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    char *d = mp_realloc(a->data, (size_t)alloc);
    if (!d) {
        mp_err_no_memory();
        return -1;
    }
    a->data = d;
    a->allocated = alloc;
    a->ob.size = size;
    d[size] = 0;
    return 0;
}

static mp_obj ba_alloc(mp_type *type, const char *data, intptr_t n)
{
    mp_bytearray *a = (mp_bytearray *)mp_obj_alloc(type);
    if (!a)
        return NULL;
    if (n > 0) {
        if (!(a->data = mp_malloc((size_t)n + 1))) {
            mp_decref((mp_obj)a);
            return mp_err_no_memory();
        }
        if (data)
            memcpy(a->data, data, (size_t)n);
        else
            memset(a->data, 0, (size_t)n);
        a->data[n] = 0;
        a->allocated = n + 1;
        a->ob.size = n;
    }
    return (mp_obj)a;
}

mp_obj mp_bytearray_new(const char *data, intptr_t n) { return ba_alloc(&mp_type_bytearray, data, n); }

static void ba_dealloc(mp_obj self)
{
    mp_free(BA(self)->data);
    mp_obj_free(self);
}

/* Replaces self[lo:hi] by the n bytes at src (which may be self's own). */
static int ba_replace(mp_bytearray *a, intptr_t lo, intptr_t hi, const char *src, intptr_t n)
{
    intptr_t size = a->ob.size;
    char *copy = NULL;
    if (n && a->data && src >= a->data && src < a->data + a->allocated) {
        if (!(copy = mp_malloc((size_t)n))) {
            mp_err_no_memory();
            return -1;
        }
        memcpy(copy, src, (size_t)n);
        src = copy;
    }
    intptr_t tail = size - hi, newsize = size - (hi - lo) + n;
    if (newsize > size) {
        if (ba_resize(a, newsize) < 0) {
            mp_free(copy);
            return -1;
        }
        memmove(a->data + lo + n, a->data + hi, (size_t)tail);
    } else if (newsize < size) {
        memmove(a->data + lo + n, a->data + hi, (size_t)tail);
        if (ba_resize(a, newsize) < 0) {
            mp_free(copy);
            return -1;
        }
    }
    if (n)
        memcpy(a->data + lo, src, (size_t)n);
    mp_free(copy);
    return 0;
}

/* ---- construction ---------------------------------------------------------------------------- */

static mp_obj ba_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return ba_alloc(type, NULL, 0);
}

static int ba_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    mp_obj src = NULL, enc = NULL, errs = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "bytearray", kwlist, 0, 3, &src, &enc, &errs) < 0)
        return -1;
    mp_buf b = MP_BUF_INIT;
    if (!src && (enc || errs)) {
        mp_err_set_str(&mp_type_TypeError, enc ? "encoding without a string argument"
                                               : "errors without a string argument");
        return -1;
    }
    if (src && mp_bytes_from_source(&b, src, enc, errs, "bytearray") < 0) {
        mp_buf_free(&b);
        return -1;
    }
    if (b.failed) {
        mp_buf_free(&b);
        mp_err_no_memory();
        return -1;
    }
    int r = ba_replace(BA(self), 0, BA(self)->ob.size, b.data, (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

/* ---- slots -------------------------------------------------------------------------------------- */

static intptr_t ba_length(mp_obj self) { return BA(self)->ob.size; }

static mp_obj ba_item(mp_obj self, intptr_t i)
{
    if ((uintptr_t)i >= (uintptr_t)BA(self)->ob.size)
        return mp_err_set_str(&mp_type_IndexError, "bytearray index out of range");
    return mp_small((unsigned char)BA(self)->data[i]);
}

static int ba_ass_item(mp_obj self, intptr_t i, mp_obj v)
{
    mp_bytearray *a = BA(self);
    if ((uintptr_t)i >= (uintptr_t)a->ob.size) {
        mp_err_set_str(&mp_type_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v)
        return ba_replace(a, i, i + 1, NULL, 0);
    int b;
    if (mp_bytes_byte_arg(v, &b) < 0)
        return -1;
    a->data[i] = (char)b;
    return 0;
}

/* The bytes a slice assignment stores: bytes-like (copied into *tmp
 * when it is the bytearray itself or a view, which may share its
 * memory), or an iterable of ints made into a temporary bytearray. */
static int assigned_bytes(mp_obj self, mp_obj v, const char **d, intptr_t *n, mp_obj *tmp)
{
    *tmp = NULL;
    if (mp_bytes_check(v) || (mp_bytearray_check(v) && v != self)) {
        mp_bytes_view(v, d, n);
        return 0;
    }
    if (v == self || mp_bytes_like_check(v)) {
        mp_bytes_buffer b;
        if (mp_bytes_buffer_get(v, &b) < 0)
            return -1;
        *tmp = mp_bytes_new(b.data, b.len);
        mp_bytes_buffer_release(&b);
        if (!*tmp)
            return -1;
        mp_bytes_view(*tmp, d, n);
        return 0;
    }
    if (mp_index_check(v) || mp_str_check(v) || mp_float_check(v)) {
        mp_err_set_str(&mp_type_TypeError,
                       "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    *tmp = mp_bytearray_new(NULL, 0);
    if (!*tmp || ba_init(*tmp, &v, 1, NULL) < 0) {
        mp_xdecref(*tmp);
        return -1;
    }
    mp_bytes_view(*tmp, d, n);
    return 0;
}

static int ba_ass_subscript(mp_obj self, mp_obj key, mp_obj value)
{
    mp_bytearray *a = BA(self);
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return -1;
        if (i < 0)
            i += a->ob.size;
        return ba_ass_item(self, i, value);
    }
    if (!mp_slice_check(key)) {
        mp_err_format(&mp_type_TypeError, "bytearray indices must be integers or slices, not %s",
                      mp_type_of(key)->name);
        return -1;
    }
    intptr_t start, stop, step, n;
    if (mp_slice_indices(key, a->ob.size, &start, &stop, &step, &n) < 0)
        return -1;
    const char *src = NULL;
    intptr_t m = 0;
    mp_obj tmp = NULL;
    if (value && assigned_bytes(self, value, &src, &m, &tmp) < 0)
        return -1;
    int r = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        r = ba_replace(a, start, stop, src, m);
    } else if (!value) {
        /* Delete every step-th byte of the slice, keeping the rest in order. */
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        intptr_t w = start, g = 0;
        for (intptr_t i = start; i < a->ob.size; i++) {
            if (g < n && i == start + g * step)
                g++;
            else
                a->data[w++] = a->data[i];
        }
        r = n ? ba_resize(a, a->ob.size - n) : 0;
    } else if (m != n) {
        mp_err_format(&mp_type_ValueError,
                      "attempt to assign bytes of size %zd to extended slice of size %zd",
                      (size_t)m, (size_t)n);
        r = -1;
    } else {
        char *copy = m ? mp_malloc((size_t)m) : NULL;
        if (m && !copy) {
            mp_err_no_memory();
            r = -1;
        } else {
            if (m)
                memcpy(copy, src, (size_t)m);
            for (intptr_t k = 0, i = start; k < n; k++, i += step)
                a->data[i] = copy[k];
            mp_free(copy);
        }
    }
    mp_xdecref(tmp);
    return r;
}

static mp_obj ba_subscript(mp_obj self, mp_obj key) { return mp_bytes_subscript_common(self, key); }

/* CPython's bytearray repr: like bytes', except that a single quote is
 * escaped even inside double quotes (bytearray(b"it\'s")). */
static mp_obj ba_repr(mp_obj self)
{
    mp_bytearray *a = BA(self);
    const char *d = a->data ? a->data : "";
    size_t n = (size_t)a->ob.size;
    char quote = memchr(d, '\'', n) && !memchr(d, '"', n) ? '"' : '\'';
    mp_buf b = MP_BUF_INIT;
    mp_buf_printf(&b, "%s(b%c", mp_type_of(self)->name, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\'' || c == '\\')
            mp_buf_printf(&b, "\\%c", c);
        else if (c == '\t')
            mp_buf_puts(&b, "\\t");
        else if (c == '\n')
            mp_buf_puts(&b, "\\n");
        else if (c == '\r')
            mp_buf_puts(&b, "\\r");
        else if (c < ' ' || c >= 0x7f)
            mp_buf_printf(&b, "\\x%02x", c);
        else
            mp_buf_putc(&b, (char)c);
    }
    mp_buf_printf(&b, "%c)", quote);
    return mp_str_from_buf(&b);
}

/* a += x for any bytes-like x, whose buffer is held meanwhile: so that
 * a += a is a BufferError, as in CPython. */
static mp_obj ba_inplace_concat(mp_obj self, mp_obj other)
{
    mp_bytes_buffer b;
    int got = mp_bytes_buffer_get(other, &b);
    if (got <= 0) {
        mp_err_clear();
        return mp_err_format(&mp_type_TypeError, "can't concat %s to %s", mp_type_of(other)->name,
                             mp_type_of(self)->name);
    }
    intptr_t size = BA(self)->ob.size;
    int r = ba_replace(BA(self), size, size, b.data, b.len);
    mp_bytes_buffer_release(&b);
    if (r < 0)
        return NULL;
    return mp_newref(self);
}

static mp_obj ba_inplace_repeat(mp_obj self, intptr_t count)
{
    mp_bytearray *a = BA(self);
    intptr_t n = a->ob.size;
    if (count < 0)
        count = 0;
    if (n && count > INTPTR_MAX / 2 / n)
        return mp_err_no_memory();
    if (ba_resize(a, n * count) < 0)
        return NULL;
    for (intptr_t i = 1; i < count; i++)
        memcpy(a->data + i * n, a->data, (size_t)n);
    return mp_newref(self);
}

/* ---- methods ------------------------------------------------------------------------------------ */

static mp_obj m_append(mp_obj self, mp_obj x)
{
    int b;
    if (mp_bytes_byte_arg(x, &b) < 0)
        return NULL;
    char c = (char)b;
    intptr_t size = BA(self)->ob.size;
    if (ba_replace(BA(self), size, size, &c, 1) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_extend(mp_obj self, mp_obj iterable)
{
    const char *d;
    intptr_t n;
    mp_obj tmp = NULL;
    if (mp_bytes_like_check(iterable)) {
        mp_obj r = ba_inplace_concat(self, iterable);
        if (!r)
            return NULL;
        mp_decref(r);
        MP_RETURN_NONE;
    }
    {
        if (mp_str_check(iterable))
            return mp_err_set_str(&mp_type_TypeError, "expected iterable of integers; got: 'str'");
        tmp = mp_bytearray_new(NULL, 0);
        if (!tmp || ba_init(tmp, &iterable, 1, NULL) < 0) {
            mp_xdecref(tmp);
            if (mp_err_matches(&mp_type_TypeError) && !mp_type_of(iterable)->iter)
                return mp_err_format(&mp_type_TypeError, "can't extend bytearray with %s",
                                     mp_type_of(iterable)->name);
            return NULL;
        }
        mp_bytes_view(tmp, &d, &n);
    }
    intptr_t size = BA(self)->ob.size;
    int r = ba_replace(BA(self), size, size, d, n);
    mp_xdecref(tmp);
    if (r < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_pop(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("pop", nargs, 0, 1) < 0)
        return NULL;
    mp_bytearray *a = BA(self);
    intptr_t i = -1;
    if (nargs && (i = mp_number_as_ssize(args[0], &mp_type_OverflowError)) == -1 && mp_err_occurred())
        return NULL;
    if (a->ob.size == 0)
        return mp_err_set_str(&mp_type_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += a->ob.size;
    if (i < 0 || i >= a->ob.size)
        return mp_err_set_str(&mp_type_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)a->data[i];
    if (ba_replace(a, i, i + 1, NULL, 0) < 0)
        return NULL;
    return mp_small(c);
}

static mp_obj m_insert(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("insert", nargs, 2, 2) < 0)
        return NULL;
    mp_bytearray *a = BA(self);
    intptr_t i = mp_number_as_ssize(args[0], &mp_type_OverflowError);
    int b;
    if ((i == -1 && mp_err_occurred()) || mp_bytes_byte_arg(args[1], &b) < 0)
        return NULL;
    if (i < 0 && (i += a->ob.size) < 0)
        i = 0;
    if (i > a->ob.size)
        i = a->ob.size;
    char c = (char)b;
    if (ba_replace(a, i, i, &c, 1) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_remove(mp_obj self, mp_obj x)
{
    int b;
    if (mp_bytes_byte_arg(x, &b) < 0)
        return NULL;
    mp_bytearray *a = BA(self);
    char *p = a->ob.size ? memchr(a->data, b, (size_t)a->ob.size) : NULL;
    if (!p)
        return mp_err_set_str(&mp_type_ValueError, "value not found in bytearray");
    if (ba_replace(a, p - a->data, p - a->data + 1, NULL, 0) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_clear(mp_obj self)
{
    if (ba_replace(BA(self), 0, BA(self)->ob.size, NULL, 0) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_reverse(mp_obj self)
{
    mp_bytearray *a = BA(self);
    for (intptr_t i = 0, j = a->ob.size - 1; i < j; i++, j--) {
        char t = a->data[i];
        a->data[i] = a->data[j];
        a->data[j] = t;
    }
    MP_RETURN_NONE;
}

static mp_obj m_copy(mp_obj self) { return mp_bytearray_new(BA(self)->data, BA(self)->ob.size); }

static mp_obj m_sizeof(mp_obj self)
{
    /* CPython's 56-byte header plus the allocated block. */
    return mp_int_from_ssize(56 + BA(self)->allocated);
}

static const mp_method_def ba_methods[] = {
    MP_BYTES_SHARED_METHODS,
    {"append", (void (*)(void))m_append, MP_METH_O, "Append a single item to the end of the bytearray."},
    {"extend", (void (*)(void))m_extend, MP_METH_O,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", (void (*)(void))m_pop, MP_METH_FASTCALL,
     "Remove and return a single item from B.\n\n"
     "If no index argument is given, will pop the last item."},
    {"insert", (void (*)(void))m_insert, MP_METH_FASTCALL, "Insert a single item into the bytearray before the given index."},
    {"remove", (void (*)(void))m_remove, MP_METH_O, "Remove the first occurrence of a value in the bytearray."},
    {"clear", (void (*)(void))m_clear, MP_METH_NOARGS, "Remove all items from the bytearray."},
    {"reverse", (void (*)(void))m_reverse, MP_METH_NOARGS, "Reverse the order of the values in B in place."},
    {"copy", (void (*)(void))m_copy, MP_METH_NOARGS, "Return a copy of B."},
    {"__sizeof__", (void (*)(void))m_sizeof, MP_METH_NOARGS, "Returns the size of the bytearray object in memory, in bytes."},
    {NULL},
};

static mp_obj ba_concat(mp_obj a, mp_obj b) { return mp_bytes_concat_common(a, b); }

static mp_obj ba_mod(mp_obj self, mp_obj args)
{
    if (!mp_bytearray_check(self))
        MP_RETURN_NOTIMPLEMENTED;
    return mp_bytes_format(self, args);
}

static const mp_number_methods ba_as_number = {
    .remainder = ba_mod,
};

static const mp_sequence_methods ba_as_sequence = {
    .length = ba_length,
    .concat = ba_concat,
    .repeat = mp_bytes_repeat_common,
    .item = ba_item,
    .ass_item = ba_ass_item,
    .contains = mp_bytes_contains_common,
    .inplace_concat = ba_inplace_concat,
    .inplace_repeat = ba_inplace_repeat,
};

static const mp_mapping_methods ba_as_mapping = {
    .length = ba_length,
    .subscript = ba_subscript,
    .ass_subscript = ba_ass_subscript,
};

mp_type mp_type_bytearray = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "bytearray",
    .basicsize = sizeof(mp_bytearray),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_MATCH_SELF,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = mp_bytes_richcompare_common,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_bytes_iter_new,
    .new_ = ba_new_slot,
    .init = ba_init,
    .as_number = &ba_as_number,
    .as_sequence = &ba_as_sequence,
    .as_mapping = &ba_as_mapping,
    .methods = ba_methods,
};

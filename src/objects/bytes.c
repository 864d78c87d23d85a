/* bytes: immutable byte strings, and the methods bytes and bytearray
 * share (each returns an object of its receiver's kind); more of those are
 * in bytes_methods.c, and % formatting in bytes_format.c.  Arguments may
 * be any bytes-like object (mp_bytes_buffer_get), as CPython's buffers
 * allow.  (CPython's Objects/bytesobject.c and Objects/bytes_methods.c.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/array.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/memoryview.h"
#include "minipy/names.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

mp_obj mp_bytes_new(const char *data, intptr_t n)
{
    mp_bytes *b = (mp_bytes *)mp_obj_alloc_var(&mp_type_bytes, n);
    if (!b)
        return NULL;
    b->hash = -1;
    if (data && n)
        memcpy(b->data, data, (size_t)n);
    b->data[n] = 0;
    return (mp_obj)b;
}

int mp_bytes_view(mp_obj o, const char **data, intptr_t *n)
{
    if (mp_bytes_check(o)) {
        *data = MP_BYTES_DATA(o);
        *n = MP_BYTES_LEN(o);
        return 1;
    }
    if (mp_bytearray_check(o)) {
        mp_bytearray *a = (mp_bytearray *)o;
        *data = a->data ? a->data : "";
        *n = a->ob.size;
        return 1;
    }
    return 0;
}

int mp_bytes_like_check(mp_obj o)
{
    return mp_bytes_check(o) || mp_bytearray_check(o) || mp_memoryview_check(o) ||
           mp_array_check(o);
}

int mp_bytes_buffer_get(mp_obj o, mp_bytes_buffer *b)
{
    b->owner = NULL;
    b->exports = NULL;
    if (mp_bytes_check(o)) {
        b->data = MP_BYTES_DATA(o);
        b->len = MP_BYTES_LEN(o);
    } else if (mp_bytearray_check(o)) {
        mp_bytearray *a = (mp_bytearray *)o;
        b->data = a->data ? a->data : "";
        b->len = a->ob.size;
        b->exports = &a->exports;
    } else if (mp_array_check(o)) {
        mp_array *a = (mp_array *)o;
        b->data = a->items ? a->items : "";
        b->len = a->ob.size * a->itemsize;
        b->exports = &a->exports;
    } else if (mp_memoryview_check(o)) {
        mp_memoryview *m = (mp_memoryview *)o;
        if (!m->obj) {
            mp_err_set_str(&mp_type_ValueError, "operation forbidden on released memoryview object");
            return -1;
        }
        if (m->step != 1 && m->len > 1) {
            mp_err_set_str(&mp_type_BufferError, "memoryview: underlying buffer is not C-contiguous");
            return -1;
        }
        /* The view's bytes are a slice of its exporter's, which the view
         * keeps alive and (for a bytearray) unresizable already. */
        mp_bytes_buffer whole;
        if (mp_bytes_buffer_get(m->obj, &whole) <= 0) {
            if (!mp_err_occurred())
                mp_err_set_str(&mp_type_BufferError, "memoryview: underlying buffer has changed");
            return -1;
        }
        mp_bytes_buffer_release(&whole);
        if (m->len > 0 && (m->start < 0 || m->start + m->len > whole.len)) {
            mp_err_set_str(&mp_type_BufferError, "memoryview: underlying buffer has changed size");
            return -1;
        }
        b->data = whole.data + (m->len > 0 ? m->start : 0);
        b->len = m->len;
    } else {
        return 0;
    }
    b->owner = mp_newref(o);
    if (b->exports)
        (*b->exports)++;
    return 1;
}

void mp_bytes_buffer_release(mp_bytes_buffer *b)
{
    if (b->exports) {
        (*b->exports)--;
        b->exports = NULL;
    }
    MP_CLEAR(b->owner);
}

/* The bytes of any bytes-like argument, released at once: for use while
 * no Python code can run (the caller holds the argument, and a view
 * holds its exporter).  1, 0 when o is not bytes-like, -1 on error. */
static int arg_bytes(mp_obj o, const char **d, intptr_t *n)
{
    mp_bytes_buffer b;
    int r = mp_bytes_buffer_get(o, &b);
    if (r > 0) {
        *d = b.data;
        *n = b.len;
        mp_bytes_buffer_release(&b);
    }
    return r;
}

mp_obj mp_bytes_new_like(mp_obj self, const char *data, intptr_t n)
{
    return mp_bytearray_check(self) ? mp_bytearray_new(data, n) : mp_bytes_new(data, n);
}

#define VIEW(o, d, n)                                                          \
    const char *d = "";                                                        \
    intptr_t n = 0;                                                            \
    mp_bytes_view((o), &d, &n)

mp_obj mp_bytes_repr(mp_obj b)
{
    VIEW(b, d, n);
    mp_buf buf = MP_BUF_INIT;
    mp_repr_bytes(&buf, d, (size_t)n);
    return mp_str_from_buf(&buf);
}

/* A byte value from an int-like object: ValueError outside 0..255. */
int mp_bytes_byte_arg(mp_obj o, int *out)
{
    intptr_t v;
    if (mp_is_small(o)) {
        v = mp_small_value(o);
    } else {
        v = mp_number_as_ssize(o, NULL);
        if (v == -1 && mp_err_occurred())
            return -1;
    }
    if (v < 0 || v > 255) {
        mp_err_set_str(&mp_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* The "sub" argument of count/find/index: bytes-like or an int byte. */
static int sub_arg(mp_obj o, const char **d, intptr_t *n, char *byte)
{
    int got = arg_bytes(o, d, n);
    if (got)
        return got < 0 ? -1 : 0;
    if (mp_index_check(o)) {
        int v;
        if (mp_bytes_byte_arg(o, &v) < 0)
            return -1;
        *byte = (char)v;
        *d = byte;
        *n = 1;
        return 0;
    }
    mp_err_format(&mp_type_TypeError, "argument should be integer or bytes-like object, not '%s'",
                  mp_type_of(o)->name);
    return -1;
}

/* ---- sequence protocol --------------------------------------------------------------------- */

static intptr_t bytes_length(mp_obj self) { return MP_BYTES_LEN(self); }

static mp_obj bytes_item(mp_obj self, intptr_t i)
{
    if ((uintptr_t)i >= (uintptr_t)MP_BYTES_LEN(self))
        return mp_err_set_str(&mp_type_IndexError, "index out of range");
    return mp_small((unsigned char)MP_BYTES_DATA(self)[i]);
}

mp_obj mp_bytes_subscript_common(mp_obj self, mp_obj key)
{
    VIEW(self, d, n);
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return NULL;
        if (i < 0)
            i += n;
        if ((uintptr_t)i >= (uintptr_t)n)
            return mp_err_set_str(&mp_type_IndexError, mp_bytearray_check(self)
                                                           ? "bytearray index out of range"
                                                           : "index out of range");
        return mp_small((unsigned char)d[i]);
    }
    if (mp_slice_check(key)) {
        intptr_t start, stop, step, len;
        if (mp_slice_indices(key, n, &start, &stop, &step, &len) < 0)
            return NULL;
        if (step == 1) {
            if (len == n && mp_type_of(self) == &mp_type_bytes)
                return mp_newref(self);
            return mp_bytes_new_like(self, d + start, len);
        }
        char *tmp = mp_malloc(len ? (size_t)len : 1);
        if (!tmp)
            return mp_err_no_memory();
        for (intptr_t k = 0, i = start; k < len; k++, i += step)
            tmp[k] = d[i];
        mp_obj r = mp_bytes_new_like(self, tmp, len);
        mp_free(tmp);
        return r;
    }
    return mp_err_format(&mp_type_TypeError, "%s indices must be integers or slices, not %s",
                         mp_bytearray_check(self) ? "bytearray" : "byte", mp_type_of(key)->name);
}

int mp_bytes_contains_common(mp_obj self, mp_obj x)
{
    VIEW(self, d, n);
    if (mp_index_check(x)) {
        int v;
        if (mp_bytes_byte_arg(x, &v) < 0)
            return -1;
        return memchr(d, v, (size_t)n) != NULL;
    }
    const char *s;
    intptr_t m;
    int got = arg_bytes(x, &s, &m);
    if (got <= 0) {
        if (!got)
            mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                          mp_type_of(x)->name);
        return -1;
    }
    return m == 0 || memmem(d, (size_t)n, s, (size_t)m) != NULL;
}

mp_obj mp_bytes_concat_common(mp_obj a, mp_obj b)
{
    const char *x, *y;
    intptr_t nx, ny;
    /* Any bytes-like right operand, as CPython's buffers allow. */
    if (!mp_bytes_view(a, &x, &nx) || arg_bytes(b, &y, &ny) <= 0) {
        mp_err_clear();
        return mp_err_format(&mp_type_TypeError, "can't concat %s to %s", mp_type_of(b)->name,
                             mp_type_of(a)->name);
    }
    mp_obj r = mp_bytes_new_like(a, NULL, nx + ny);
    if (!r)
        return NULL;
    const char *rd;
    intptr_t rn;
    mp_bytes_view(r, &rd, &rn);
    memcpy((char *)rd, x, (size_t)nx);
    memcpy((char *)rd + nx, y, (size_t)ny);
    return r;
}

mp_obj mp_bytes_repeat_common(mp_obj self, intptr_t count)
{
    VIEW(self, d, n);
    if (count < 0)
        count = 0;
    if (count == 1 && mp_type_of(self) == &mp_type_bytes)
        return mp_newref(self);
    if (n && count > INTPTR_MAX / 2 / n)
        return mp_err_no_memory();
    mp_obj r = mp_bytes_new_like(self, NULL, n * count);
    if (!r)
        return NULL;
    const char *rd;
    intptr_t rn;
    mp_bytes_view(r, &rd, &rn);
    for (intptr_t i = 0; i < count; i++)
        memcpy((char *)rd + i * n, d, (size_t)n);
    return r;
}

mp_obj mp_bytes_richcompare_common(mp_obj a, mp_obj b, int op)
{
    const char *x, *y;
    intptr_t nx, ny;
    /* bytes compares with bytes; bytearray with anything bytes-like (and
     * bytes == bytearray reaches here reflected), as CPython's. */
    if (!mp_bytearray_check(a) && !mp_bytearray_check(b) && !(mp_bytes_check(a) && mp_bytes_check(b)))
        MP_RETURN_NOTIMPLEMENTED;
    if (arg_bytes(a, &x, &nx) <= 0 || arg_bytes(b, &y, &ny) <= 0) {
        mp_err_clear();
        MP_RETURN_NOTIMPLEMENTED;
    }
    if ((op == MP_EQ || op == MP_NE) && nx != ny)
        return mp_bool(op == MP_NE);
    int c = memcmp(x, y, (size_t)(nx < ny ? nx : ny));
    if (c == 0)
        c = nx < ny ? -1 : nx > ny ? 1 : 0;
    int r;
    switch (op) {
    case MP_LT: r = c < 0; break;
    case MP_LE: r = c <= 0; break;
    case MP_EQ: r = c == 0; break;
    case MP_NE: r = c != 0; break;
    case MP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mp_bool(r);
}

static mp_hash_t bytes_hash(mp_obj self)
{
    mp_bytes *b = (mp_bytes *)self;
    if (b->hash != -1)
        return b->hash;
    /* FNV-1a with a final mix, as str's; b'' hashes to 0 as in CPython. */
    uint64_t h = 14695981039346656037ULL;
    for (intptr_t i = 0; i < b->ob.size; i++) {
        h ^= (unsigned char)b->data[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 32;
    mp_hash_t r = b->ob.size ? (mp_hash_t)h : 0;
    b->hash = r == -1 ? -2 : r;
    return b->hash;
}

/* ---- construction --------------------------------------------------------------------------- */

/* The bytes of an iterable of ints. */
static int fill_from_iterable(mp_buf *b, mp_obj src, const char *fname)
{
    mp_obj it = mp_obj_getiter(src);
    if (!it)
        return -1;
    mp_obj x;
    while ((x = mp_iter_next(it))) {
        intptr_t v;
        if (mp_is_small(x)) {
            v = mp_small_value(x);
        } else {
            v = mp_number_as_ssize(x, NULL);
            if (v == -1 && mp_err_occurred()) {
                mp_decref(x);
                mp_decref(it);
                return -1;
            }
        }
        mp_decref(x);
        if (v < 0 || v > 255) {
            mp_decref(it);
            /* CPython's words differ: "bytes must be", "byte must be". */
            mp_err_format(&mp_type_ValueError, "%s must be in range(0, 256)",
                          strcmp(fname, "bytes") == 0 ? "bytes" : "byte");
            return -1;
        }
        mp_buf_putc(b, (char)v);
    }
    mp_decref(it);
    if (mp_err_occurred())
        return -1;
    if (b->failed) {
        mp_err_no_memory();
        return -1;
    }
    return 0;
}

/* The content bytes(source, encoding, errors) / bytearray(...) would have,
 * appended to b. */
int mp_bytes_from_source(mp_buf *b, mp_obj src, mp_obj encoding, mp_obj errors, const char *fname)
{
    if (mp_str_check(src)) {
        if (!encoding) {
            mp_err_set_str(&mp_type_TypeError, errors ? "string argument without an encoding"
                                                      : "string argument without an encoding");
            return -1;
        }
        if (!mp_str_check(encoding) || (errors && !mp_str_check(errors))) {
            mp_err_format(&mp_type_TypeError, "%s() argument 'encoding' must be str, not %s",
                          fname, mp_type_of(encoding)->name);
            return -1;
        }
        mp_obj r = mp_str_encode(src, mp_str_utf8(encoding), errors ? mp_str_utf8(errors) : NULL);
        if (!r)
            return -1;
        mp_buf_append(b, MP_BYTES_DATA(r), (size_t)MP_BYTES_LEN(r));
        mp_decref(r);
        return 0;
    }
    if (encoding || errors) {
        mp_err_set_str(&mp_type_TypeError, encoding ? "encoding without a string argument"
                                                    : "errors without a string argument");
        return -1;
    }
    if (mp_memoryview_check(src)) {
        /* Any view, contiguous or not, copies as tobytes() does. */
        mp_obj t = mp_memoryview_tobytes(src);
        if (!t)
            return -1;
        mp_buf_append(b, MP_BYTES_DATA(t), (size_t)MP_BYTES_LEN(t));
        mp_decref(t);
        return 0;
    }
    const char *d;
    intptr_t n;
    if (arg_bytes(src, &d, &n) > 0) {
        mp_buf_append(b, d, (size_t)n);
        return 0;
    }
    if (mp_index_check(src)) {
        intptr_t count = mp_number_as_ssize(src, &mp_type_OverflowError);
        if (count == -1 && mp_err_occurred())
            return -1;
        if (count < 0) {
            mp_err_set_str(&mp_type_ValueError, "negative count");
            return -1;
        }
        for (intptr_t i = 0; i < count; i++)
            mp_buf_putc(b, 0);
        return 0;
    }
    mp_type *t = mp_type_of(src);
    if (!t->iter && !(t->as_sequence && t->as_sequence->item)) {
        mp_err_format(&mp_type_TypeError, "cannot convert '%s' object to %s", t->name, fname);
        return -1;
    }
    return fill_from_iterable(b, src, fname);
}

static mp_obj bytes_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"source", "encoding", "errors", NULL};
    mp_obj src = NULL, enc = NULL, errs = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "bytes", kwlist, 0, 3, &src, &enc, &errs) < 0)
        return NULL;
    mp_buf b = MP_BUF_INIT;
    if (!src) {
        if (enc || errs)
            return mp_err_set_str(&mp_type_TypeError, enc ? "encoding without a string argument"
                                                          : "errors without a string argument");
    } else if (!enc && !errs && !mp_str_check(src)) {
        /* An object with __bytes__ decides for itself. */
        mp_obj meth = mp_type_lookup(mp_type_of(src), mp_str_intern("__bytes__"));
        if (meth) {
            mp_obj r = mp_call_method(src, "__bytes__", NULL, 0);
            if (r && !mp_bytes_check(r)) {
                mp_err_format(&mp_type_TypeError, "__bytes__ returned non-bytes (type %s)",
                              mp_type_of(r)->name);
                mp_decref(r);
                return NULL;
            }
            if (!r || type == &mp_type_bytes)
                return r;
            mp_buf_append(&b, MP_BYTES_DATA(r), (size_t)MP_BYTES_LEN(r));
            mp_decref(r);
            src = NULL;
        }
    }
    if (src && mp_bytes_from_source(&b, src, enc, errs, "bytes") < 0) {
        mp_buf_free(&b);
        return NULL;
    }
    if (b.failed) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    mp_obj r;
    if (type == &mp_type_bytes) {
        r = mp_bytes_new(b.data, (intptr_t)b.len);
    } else {
        mp_bytes *o = (mp_bytes *)mp_obj_alloc_var(type, (intptr_t)b.len);
        if (o) {
            o->hash = -1;
            if (b.len)
                memcpy(o->data, b.data, b.len);
            o->data[b.len] = 0;
        }
        r = (mp_obj)o;
    }
    mp_buf_free(&b);
    return r;
}

static void bytes_dealloc(mp_obj self) { mp_obj_free(self); }

/* ---- shared methods ------------------------------------------------------------------------------- */

/* Optional start/end arguments (args[from], args[from+1]), clipped like
 * slice bounds. */
static int range_args(mp_obj const *args, size_t nargs, size_t from, intptr_t len,
                      intptr_t *start, intptr_t *end)
{
    *start = 0;
    *end = len;
    for (size_t k = from; k < nargs && k < from + 2; k++) {
        if (args[k] == mp_none)
            continue;
        intptr_t v;
        if (mp_is_small(args[k])) {
            v = mp_small_value(args[k]);
        } else if (mp_index_check(args[k])) {
            v = mp_number_as_ssize(args[k], NULL);
            if (v == -1 && mp_err_occurred())
                return -1;
        } else {
            mp_err_set_str(&mp_type_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        if (k == from)
            *start = v;
        else
            *end = v;
    }
    intptr_t step_unused = 1;
    (void)step_unused;
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
    return 0;
}

/* Index of the first (or last) occurrence of sub in d[start:end], or -1. */
static intptr_t find_in(const char *d, intptr_t start, intptr_t end, const char *s, intptr_t m,
                        int last)
{
    if (start > end || end - start < m)
        return start <= end && m == 0 ? (last ? end : start) : -1;
    if (m == 0)
        return last ? end : start;
    if (!last) {
        const char *p = memmem(d + start, (size_t)(end - start), s, (size_t)m);
        return p ? p - d : -1;
    }
    for (intptr_t i = end - m; i >= start; i--)
        if (memcmp(d + i, s, (size_t)m) == 0)
            return i;
    return -1;
}

static mp_obj find_common(mp_obj self, mp_obj const *args, size_t nargs, const char *name,
                          int last, int raise)
{
    if (mp_arg_check_count(name, nargs, 1, 3) < 0)
        return NULL;
    VIEW(self, d, n);
    const char *s;
    intptr_t m, start, end;
    char byte;
    if (sub_arg(args[0], &s, &m, &byte) < 0 || range_args(args, nargs, 1, n, &start, &end) < 0)
        return NULL;
    intptr_t i = find_in(d, start, end, s, m, last);
    if (i < 0 && raise)
        return mp_err_set_str(&mp_type_ValueError, "subsection not found");
    return mp_int_from_ssize(i);
}

mp_obj mp_bytes_find(mp_obj self, mp_obj const *args, size_t nargs) { return find_common(self, args, nargs, "find", 0, 0); }
mp_obj mp_bytes_rfind(mp_obj self, mp_obj const *args, size_t nargs) { return find_common(self, args, nargs, "rfind", 1, 0); }
mp_obj mp_bytes_index(mp_obj self, mp_obj const *args, size_t nargs) { return find_common(self, args, nargs, "index", 0, 1); }
mp_obj mp_bytes_rindex(mp_obj self, mp_obj const *args, size_t nargs) { return find_common(self, args, nargs, "rindex", 1, 1); }

mp_obj mp_bytes_count(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("count", nargs, 1, 3) < 0)
        return NULL;
    VIEW(self, d, n);
    const char *s;
    intptr_t m, start, end;
    char byte;
    if (sub_arg(args[0], &s, &m, &byte) < 0 || range_args(args, nargs, 1, n, &start, &end) < 0)
        return NULL;
    if (start > end)
        return mp_small(0);
    if (m == 0)
        return mp_int_from_ssize(end - start + 1);
    intptr_t c = 0;
    for (intptr_t i = start; (i = find_in(d, i, end, s, m, 0)) >= 0; i += m)
        c++;
    return mp_int_from_ssize(c);
}

static mp_obj starts_ends(mp_obj self, mp_obj const *args, size_t nargs, const char *name, int ends)
{
    if (mp_arg_check_count(name, nargs, 1, 3) < 0)
        return NULL;
    VIEW(self, d, n);
    intptr_t start, end;
    if (range_args(args, nargs, 1, n, &start, &end) < 0)
        return NULL;
    mp_obj prefixes = args[0];
    int is_tuple = mp_tuple_check(prefixes);
    intptr_t count = is_tuple ? MP_TUPLE_LEN(prefixes) : 1;
    for (intptr_t k = 0; k < count; k++) {
        mp_obj p = is_tuple ? MP_TUPLE_GET(prefixes, k) : prefixes;
        const char *s;
        intptr_t m;
        int got = arg_bytes(p, &s, &m);
        if (got < 0)
            return NULL;
        if (!got) {
            if (is_tuple)
                return mp_err_format(&mp_type_TypeError,
                                     "a bytes-like object is required, not '%s'", mp_type_of(p)->name);
            return mp_err_format(&mp_type_TypeError,
                                 "%s first arg must be bytes or a tuple of bytes, not %s", name,
                                 mp_type_of(p)->name);
        }
        if (start > n || end - start < m)
            continue;
        if (memcmp(d + (ends ? end - m : start), s, (size_t)m) == 0)
            return mp_bool(1);
    }
    return mp_bool(0);
}

mp_obj mp_bytes_startswith(mp_obj self, mp_obj const *args, size_t nargs) { return starts_ends(self, args, nargs, "startswith", 0); }
mp_obj mp_bytes_endswith(mp_obj self, mp_obj const *args, size_t nargs) { return starts_ends(self, args, nargs, "endswith", 1); }

mp_obj mp_bytes_decode(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    mp_obj enc = NULL, errs = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "decode", kwlist, 0, 2, &enc, &errs) < 0)
        return NULL;
    if ((enc && !mp_str_check(enc)) || (errs && !mp_str_check(errs)))
        return mp_err_format(&mp_type_TypeError, "decode() argument '%s' must be str, not %s",
                             enc && !mp_str_check(enc) ? "encoding" : "errors",
                             mp_type_of(enc && !mp_str_check(enc) ? enc : errs)->name);
    VIEW(self, d, n);
    return mp_str_decode(d, (size_t)n, enc ? mp_str_utf8(enc) : NULL, errs ? mp_str_utf8(errs) : NULL);
}

mp_obj mp_bytes_hex(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"sep", "bytes_per_sep", NULL};
    mp_obj sep = NULL, bps = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "hex", kwlist, 0, 2, &sep, &bps) < 0)
        return NULL;
    VIEW(self, d, n);
    char sepc = 0;
    intptr_t group = 1;
    if (sep) {
        const char *s;
        intptr_t m;
        if (mp_str_check(sep)) {
            s = mp_str_utf8(sep);
            m = (intptr_t)mp_str_nbytes(sep);
        } else if (arg_bytes(sep, &s, &m) <= 0) {
            if (mp_err_occurred())
                return NULL;
            return mp_err_set_str(&mp_type_TypeError, "sep must be str or bytes.");
        }
        if (m != 1)
            return mp_err_set_str(&mp_type_ValueError, "sep must be length 1.");
        sepc = s[0];
        if (bps && (group = mp_number_as_ssize(bps, &mp_type_OverflowError)) == -1 && mp_err_occurred())
            return NULL;
    }
    mp_buf b = MP_BUF_INIT;
    intptr_t ag = group < 0 ? -group : group;
    for (intptr_t i = 0; i < n; i++) {
        /* Groups count from the right for a positive bytes_per_sep. */
        if (sepc && ag && i > 0 && (group > 0 ? (n - i) % ag == 0 : i % ag == 0))
            mp_buf_putc(&b, sepc);
        mp_buf_printf(&b, "%02x", (unsigned char)d[i]);
    }
    if (!b.data)
        return mp_str_new("", 0);
    return mp_str_from_buf(&b);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

mp_obj mp_bytes_fromhex(mp_obj cls, mp_obj arg)
{
    if (!mp_str_check(arg))
        return mp_err_format(&mp_type_TypeError, "fromhex() argument must be str, not %s",
                             mp_type_of(arg)->name);
    const char *s = mp_str_utf8(arg);
    size_t n = mp_str_nbytes(arg), i = 0;
    mp_buf b = MP_BUF_INIT;
    while (i < n) {
        if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            mp_buf_free(&b);
            return mp_err_format(&mp_type_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zu",
                                 hi < 0 ? i : i + 1);
        }
        mp_buf_putc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    mp_obj r = ((mp_type *)cls == &mp_type_bytearray) ? mp_bytearray_new(b.data, (intptr_t)b.len)
                                                      : mp_bytes_new(b.data, (intptr_t)b.len);
    mp_buf_free(&b);
    if (r && (mp_type *)cls != &mp_type_bytes && (mp_type *)cls != &mp_type_bytearray) {
        mp_obj sub = mp_call1(cls, r);
        mp_decref(r);
        return sub;
    }
    return r;
}

mp_obj mp_bytes_join(mp_obj self, mp_obj iterable)
{
    VIEW(self, sep, ns);
    mp_obj seq = mp_sequence_list(iterable);
    if (!seq)
        return NULL;
    mp_buf b = MP_BUF_INIT;
    for (intptr_t i = 0; i < MP_LIST_LEN(seq); i++) {
        const char *d;
        intptr_t n;
        if (arg_bytes(MP_LIST_GET(seq, i), &d, &n) <= 0) {
            mp_err_clear();
            mp_err_format(&mp_type_TypeError, "sequence item %zd: expected a bytes-like object, %s found",
                          (size_t)i, mp_type_of(MP_LIST_GET(seq, i))->name);
            mp_buf_free(&b);
            mp_decref(seq);
            return NULL;
        }
        if (i > 0)
            mp_buf_append(&b, sep, (size_t)ns);
        mp_buf_append(&b, d, (size_t)n);
    }
    mp_decref(seq);
    mp_obj r = mp_bytes_new_like(self, b.data, (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Appends d[a:b] as a new object of self's kind to list l. */
static int append_piece(mp_obj l, mp_obj self, const char *d, intptr_t a, intptr_t b)
{
    mp_obj p = mp_bytes_new_like(self, d + a, b - a);
    if (!p)
        return -1;
    return mp_list_append_steal(l, p);
}

static int sep_arg(mp_obj sep, const char **s, intptr_t *m)
{
    if (!sep || sep == mp_none) {
        *s = NULL;
        return 0;
    }
    int got = arg_bytes(sep, s, m);
    if (got < 0)
        return -1;
    if (!got) {
        mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                      mp_type_of(sep)->name);
        return -1;
    }
    if (*m == 0) {
        mp_err_set_str(&mp_type_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static mp_obj split_common(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames,
                           const char *name, int right)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    mp_obj sep = NULL, maxo = NULL;
    if (mp_arg_parse(args, nargs, kwnames, name, kwlist, 0, 2, &sep, &maxo) < 0)
        return NULL;
    intptr_t maxsplit = -1;
    if (maxo && (maxsplit = mp_number_as_ssize(maxo, &mp_type_OverflowError)) == -1 && mp_err_occurred())
        return NULL;
    if (maxsplit < 0)
        maxsplit = INTPTR_MAX;
    const char *s;
    intptr_t m = 0;
    if (sep_arg(sep, &s, &m) < 0)
        return NULL;
    VIEW(self, d, n);
    mp_obj l = mp_list_new(0);
    if (!l)
        return NULL;
    int err = 0;
    if (!s) {
        /* Runs of whitespace separate; none at the ends. */
        if (!right) {
            intptr_t i = 0;
            while (!err) {
                while (i < n && is_space(d[i]))
                    i++;
                if (i >= n)
                    break;
                intptr_t j = i;
                if (maxsplit-- <= 0) {
                    /* The rest, trailing whitespace and all. */
                    err = append_piece(l, self, d, i, n);
                    break;
                }
                while (j < n && !is_space(d[j]))
                    j++;
                err = append_piece(l, self, d, i, j);
                i = j;
            }
        } else {
            intptr_t j = n;
            while (!err) {
                while (j > 0 && is_space(d[j - 1]))
                    j--;
                if (j <= 0)
                    break;
                intptr_t i = j;
                if (maxsplit-- <= 0) {
                    err = append_piece(l, self, d, 0, j);
                    break;
                }
                while (i > 0 && !is_space(d[i - 1]))
                    i--;
                err = append_piece(l, self, d, i, j);
                j = i;
            }
            if (!err)
                mp_list_reverse(l);
        }
    } else if (!right) {
        intptr_t i = 0, k;
        while (!err && maxsplit-- > 0 && (k = find_in(d, i, n, s, m, 0)) >= 0) {
            err = append_piece(l, self, d, i, k);
            i = k + m;
        }
        if (!err)
            err = append_piece(l, self, d, i, n);
    } else {
        intptr_t j = n, k;
        while (!err && maxsplit-- > 0 && (k = find_in(d, 0, j, s, m, 1)) >= 0) {
            err = append_piece(l, self, d, k + m, j);
            j = k;
        }
        if (!err)
            err = append_piece(l, self, d, 0, j);
        if (!err)
            mp_list_reverse(l);
    }
    if (err) {
        mp_decref(l);
        return NULL;
    }
    return l;
}

mp_obj mp_bytes_split(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames) { return split_common(self, args, nargs, kwnames, "split", 0); }
mp_obj mp_bytes_rsplit(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames) { return split_common(self, args, nargs, kwnames, "rsplit", 1); }

static mp_obj partition_common(mp_obj self, mp_obj sep, int right)
{
    const char *s;
    intptr_t m;
    if (sep_arg(sep, &s, &m) < 0)
        return NULL;
    if (!s)
        return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                             mp_type_of(sep)->name);
    VIEW(self, d, n);
    intptr_t k = find_in(d, 0, n, s, m, right);
    mp_obj a, b, c;
    if (k < 0) {
        mp_obj whole = mp_type_of(self) == &mp_type_bytes ? mp_newref(self) : mp_bytes_new_like(self, d, n);
        mp_obj empty = mp_bytes_new_like(self, "", 0);
        if (!whole || !empty) {
            mp_xdecref(whole);
            mp_xdecref(empty);
            return NULL;
        }
        mp_obj r = right ? mp_tuple_pack(3, empty, empty, whole) : mp_tuple_pack(3, whole, empty, empty);
        mp_decref(whole);
        mp_decref(empty);
        return r;
    }
    a = mp_bytes_new_like(self, d, k);
    /* bytes gives back the separator object itself, as CPython's
     * stringlib does; bytearray a bytearray copy of it. */
    b = mp_bytearray_check(self) ? mp_bytearray_new(s, m) : mp_newref(sep);
    c = mp_bytes_new_like(self, d + k + m, n - k - m);
    mp_obj r = (a && b && c) ? mp_tuple_pack(3, a, b, c) : NULL;
    mp_xdecref(a);
    mp_xdecref(b);
    mp_xdecref(c);
    return r;
}

mp_obj mp_bytes_partition(mp_obj self, mp_obj sep) { return partition_common(self, sep, 0); }
mp_obj mp_bytes_rpartition(mp_obj self, mp_obj sep) { return partition_common(self, sep, 1); }

mp_obj mp_bytes_replace(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("replace", nargs, 2, 3) < 0)
        return NULL;
    const char *old, *new_;
    intptr_t no, nn, count = -1;
    for (int k = 0; k < 2; k++) {
        int got = arg_bytes(args[k], k ? &new_ : &old, k ? &nn : &no);
        if (got < 0)
            return NULL;
        if (!got)
            return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                                 mp_type_of(args[k])->name);
    }
    if (nargs > 2 && (count = mp_number_as_ssize(args[2], &mp_type_OverflowError)) == -1 &&
        mp_err_occurred())
        return NULL;
    if (count < 0)
        count = INTPTR_MAX;
    VIEW(self, d, n);
    mp_buf b = MP_BUF_INIT;
    intptr_t i = 0;
    if (no == 0) {
        /* Insert new before every byte and at the end. */
        for (; i <= n; i++) {
            if (count-- > 0)
                mp_buf_append(&b, new_, (size_t)nn);
            if (i < n)
                mp_buf_putc(&b, d[i]);
        }
    } else {
        intptr_t k;
        while (count-- > 0 && (k = find_in(d, i, n, old, no, 0)) >= 0) {
            mp_buf_append(&b, d + i, (size_t)(k - i));
            mp_buf_append(&b, new_, (size_t)nn);
            i = k + no;
        }
        mp_buf_append(&b, d + i, (size_t)(n - i));
    }
    mp_obj r = mp_bytes_new_like(self, b.data ? b.data : "", (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

static mp_obj strip_common(mp_obj self, mp_obj const *args, size_t nargs, const char *name, int how)
{
    if (mp_arg_check_count(name, nargs, 0, 1) < 0)
        return NULL;
    const char *chars = NULL;
    intptr_t nc = 0;
    int got = nargs && args[0] != mp_none ? arg_bytes(args[0], &chars, &nc) : 1;
    if (got < 0)
        return NULL;
    if (!got)
        return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                             mp_type_of(args[0])->name);
    VIEW(self, d, n);
    intptr_t i = 0, j = n;
#define STRIPPED(c) (chars ? memchr(chars, (c), (size_t)nc) != NULL : is_space(c))
    if (how & 1)
        while (i < j && STRIPPED(d[i]))
            i++;
    if (how & 2)
        while (j > i && STRIPPED(d[j - 1]))
            j--;
#undef STRIPPED
    if (i == 0 && j == n && mp_type_of(self) == &mp_type_bytes)
        return mp_newref(self);
    return mp_bytes_new_like(self, d + i, j - i);
}

mp_obj mp_bytes_strip(mp_obj self, mp_obj const *args, size_t nargs) { return strip_common(self, args, nargs, "strip", 3); }
mp_obj mp_bytes_lstrip(mp_obj self, mp_obj const *args, size_t nargs) { return strip_common(self, args, nargs, "lstrip", 1); }
mp_obj mp_bytes_rstrip(mp_obj self, mp_obj const *args, size_t nargs) { return strip_common(self, args, nargs, "rstrip", 2); }

static mp_obj map_case(mp_obj self, int upper)
{
    VIEW(self, d, n);
    mp_obj r = mp_bytes_new_like(self, d, n);
    if (!r)
        return NULL;
    const char *rd;
    intptr_t rn;
    mp_bytes_view(r, &rd, &rn);
    char *w = (char *)rd;
    for (intptr_t i = 0; i < rn; i++) {
        if (upper && w[i] >= 'a' && w[i] <= 'z')
            w[i] = (char)(w[i] - 32);
        else if (!upper && w[i] >= 'A' && w[i] <= 'Z')
            w[i] = (char)(w[i] + 32);
    }
    return r;
}

mp_obj mp_bytes_upper(mp_obj self) { return map_case(self, 1); }
mp_obj mp_bytes_lower(mp_obj self) { return map_case(self, 0); }

static int c_digit(char c) { return c >= '0' && c <= '9'; }
static int c_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int c_alnum(char c) { return c_digit(c) || c_alpha(c); }

static mp_obj all_of(mp_obj self, int (*pred)(char))
{
    VIEW(self, d, n);
    if (n == 0)
        return mp_bool(0);
    for (intptr_t i = 0; i < n; i++)
        if (!pred(d[i]))
            return mp_bool(0);
    return mp_bool(1);
}

mp_obj mp_bytes_isdigit(mp_obj self) { return all_of(self, c_digit); }
mp_obj mp_bytes_isalpha(mp_obj self) { return all_of(self, c_alpha); }
mp_obj mp_bytes_isalnum(mp_obj self) { return all_of(self, c_alnum); }
mp_obj mp_bytes_isspace(mp_obj self) { return all_of(self, is_space); }

static mp_obj case_check(mp_obj self, int want_upper)
{
    VIEW(self, d, n);
    int cased = 0;
    for (intptr_t i = 0; i < n; i++) {
        char c = d[i];
        if (want_upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            return mp_bool(0);
        if (c_alpha(c))
            cased = 1;
    }
    return mp_bool(cased);
}

mp_obj mp_bytes_islower(mp_obj self) { return case_check(self, 0); }
mp_obj mp_bytes_isupper(mp_obj self) { return case_check(self, 1); }

/* ---- the bytes type ------------------------------------------------------------------------------ */

static mp_obj bytes_getnewargs(mp_obj self)
{
    mp_obj copy = mp_bytes_new(MP_BYTES_DATA(self), MP_BYTES_LEN(self));
    mp_obj r = copy ? mp_tuple_pack(1, copy) : NULL;
    mp_xdecref(copy);
    return r;
}

static const mp_method_def bytes_methods[] = {
    MP_BYTES_SHARED_METHODS,
    {"__getnewargs__", (void (*)(void))bytes_getnewargs, MP_METH_NOARGS, NULL},
    {NULL},
};

static mp_obj bytes_subscript(mp_obj self, mp_obj key) { return mp_bytes_subscript_common(self, key); }

static mp_obj bytes_iter_new(mp_obj self);

static mp_obj bytes_mod(mp_obj self, mp_obj args)
{
    if (!mp_bytes_check(self))
        MP_RETURN_NOTIMPLEMENTED;
    return mp_bytes_format(self, args);
}

static const mp_number_methods bytes_as_number = {
    .remainder = bytes_mod,
};

static const mp_sequence_methods bytes_as_sequence = {
    .length = bytes_length,
    .concat = mp_bytes_concat_common,
    .repeat = mp_bytes_repeat_common,
    .item = bytes_item,
    .contains = mp_bytes_contains_common,
};

static const mp_mapping_methods bytes_as_mapping = {
    .length = bytes_length,
    .subscript = bytes_subscript,
};

mp_type mp_type_bytes = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "bytes",
    .basicsize = sizeof(mp_bytes) + 1,
    .itemsize = 1,
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_BYTES_SUBCLASS | MP_TPFLAGS_MATCH_SELF,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .dealloc = bytes_dealloc,
    .repr = mp_bytes_repr,
    .hash = bytes_hash,
    .richcompare = mp_bytes_richcompare_common,
    .getattro = mp_obj_generic_getattr,
    .iter = bytes_iter_new,
    .new_ = bytes_new_slot,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .methods = bytes_methods,
};

/* ---- iterators (bytes and bytearray) -------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj seq;      /* NULL when exhausted */
    intptr_t index;
} bytes_iter;

static mp_obj bytes_iter_next(mp_obj self)
{
    bytes_iter *it = (bytes_iter *)self;
    if (!it->seq)
        return NULL;
    VIEW(it->seq, d, n);
    if (it->index < n)
        return mp_small((unsigned char)d[it->index++]);
    MP_CLEAR(it->seq);
    return NULL;
}

static void bytes_iter_dealloc(mp_obj self)
{
    mp_xdecref(((bytes_iter *)self)->seq);
    mp_obj_free(self);
}

static mp_obj bytes_iter_length_hint(mp_obj self)
{
    bytes_iter *it = (bytes_iter *)self;
    if (!it->seq)
        return mp_small(0);
    VIEW(it->seq, d, n);
    (void)d;
    return mp_int_from_ssize(n > it->index ? n - it->index : 0);
}

static const mp_method_def bytes_iter_methods[] = {
    {"__length_hint__", (void (*)(void))bytes_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

mp_type mp_type_bytes_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .dealloc = bytes_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

mp_type mp_type_bytearray_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "bytearray_iterator",
    .basicsize = sizeof(bytes_iter),
    .dealloc = bytes_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

mp_obj mp_bytes_iter_new(mp_obj seq)
{
    bytes_iter *it = (bytes_iter *)mp_obj_alloc(mp_bytearray_check(seq) ? &mp_type_bytearray_iterator
                                                                         : &mp_type_bytes_iterator);
    if (!it)
        return NULL;
    it->seq = mp_newref(seq);
    return (mp_obj)it;
}

static mp_obj bytes_iter_new(mp_obj self) { return mp_bytes_iter_new(self); }

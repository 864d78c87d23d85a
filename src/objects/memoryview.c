/* memoryview over bytes and bytearray (memoryview.h), with CPython 3.11's
 * behaviour and messages for one-dimensional views of one-byte items
 * (Objects/memoryobject.c).  A view is (obj, start, step, len): slicing
 * makes a new view of the same object, so m[::2] shares m's memory. */
#include <stddef.h>
#include <string.h>

#include "minipy/memoryview.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/weakref.h"

#define MV(o) ((mp_memoryview *)(o))
#define FN(f) ((void (*)(void))(f))

static int is_bytearray(mp_obj o) { return mp_obj_type_check(o, &mp_type_bytearray); }

/* The exporter's bytes and their current count. */
static unsigned char *obj_data(mp_obj o, intptr_t *size)
{
    if (mp_bytes_check(o)) {
        *size = MP_BYTES_LEN(o);
        return (unsigned char *)MP_BYTES_DATA(o);
    }
    mp_bytearray *ba = (mp_bytearray *)o;
    *size = ba->ob.size;
    return (unsigned char *)ba->data;
}

static int released(mp_obj self)
{
    if (MV(self)->obj)
        return 0;
    mp_err_set_str(&mp_type_ValueError, "operation forbidden on released memoryview object");
    return 1;
}

/* The address of item 0, after checking that every item still lies in
 * the exporter (a bytearray cannot shrink under a view, but this keeps a
 * bad exporter from turning into a bad read). */
static unsigned char *view_data(mp_obj self)
{
    mp_memoryview *m = MV(self);
    intptr_t size;
    unsigned char *base = obj_data(m->obj, &size);
    if (m->len > 0) {
        intptr_t last = m->start + (m->len - 1) * m->step;
        if (m->start < 0 || m->start >= size || last < 0 || last >= size) {
            mp_err_set_str(&mp_type_BufferError, "memoryview: underlying buffer has changed size");
            return NULL;
        }
    }
    return base + m->start;
}

static mp_obj view_new(mp_obj obj, intptr_t start, intptr_t step, intptr_t len, int readonly,
                       char format)
{
    mp_memoryview *m = (mp_memoryview *)mp_obj_alloc(&mp_type_memoryview);
    if (!m)
        return NULL;
    m->obj = mp_newref(obj);
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = (char)readonly;
    m->format = format;
    m->hash = -1;
    if (is_bytearray(obj))
        ((mp_bytearray *)obj)->exports++;
    return (mp_obj)m;
}

mp_obj mp_memoryview_new(mp_obj obj)
{
    if (mp_memoryview_check(obj)) {
        if (released(obj))
            return NULL;
        mp_memoryview *m = MV(obj);
        return view_new(m->obj, m->start, m->step, m->len, m->readonly, m->format);
    }
    if (mp_bytes_check(obj))
        return view_new(obj, 0, 1, MP_BYTES_LEN(obj), 1, 'B');
    if (is_bytearray(obj))
        return view_new(obj, 0, 1, ((mp_bytearray *)obj)->ob.size, 0, 'B');
    return mp_err_format(&mp_type_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                         mp_type_of(obj)->name);
}

static mp_obj mv_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"object", NULL};
    mp_obj obj;
    if (mp_arg_parse(args, nargs, kwnames, "memoryview", kwlist, 1, 1, &obj) < 0)
        return NULL;
    return mp_memoryview_new(obj);
}

/* Drops the view's hold on its exporter. */
static void release_view(mp_memoryview *m)
{
    mp_obj obj = m->obj;
    if (!obj)
        return;
    m->obj = NULL;
    if (is_bytearray(obj) && ((mp_bytearray *)obj)->exports > 0)
        ((mp_bytearray *)obj)->exports--;
    mp_decref(obj);
}

static void mv_dealloc(mp_obj self)
{
    if (MV(self)->weakreflist)
        mp_weakref_clear_refs(self);
    release_view(MV(self));
    mp_obj_free(self);
}

static mp_obj mv_repr(mp_obj self)
{
    if (!MV(self)->obj)
        return mp_str_from_format("<released memory at %p>", (void *)self);
    return mp_str_from_format("<memory at %p>", (void *)self);
}

/* ---- items ------------------------------------------------------------------------------------ */

static mp_obj unpack(char format, unsigned char byte)
{
    switch (format) {
    case 'b': return mp_small((signed char)byte);
    case 'c': return mp_bytes_new((const char *)&byte, 1);
    default: return mp_small(byte);
    }
}

static int pack_error(char format, mp_type *type, const char *what)
{
    mp_err_format(type, "memoryview: invalid %s for format '%c'", what, format);
    return -1;
}

/* The byte that stores value in the view's format. */
static int pack(char format, mp_obj value, unsigned char *out)
{
    if (format == 'c') {
        if (!mp_bytes_check(value))
            return pack_error(format, &mp_type_TypeError, "type");
        if (MP_BYTES_LEN(value) != 1)
            return pack_error(format, &mp_type_ValueError, "value");
        *out = (unsigned char)MP_BYTES_DATA(value)[0];
        return 0;
    }
    mp_obj i = mp_number_index(value);
    if (!i) {
        if (mp_err_matches(&mp_type_TypeError))
            return pack_error(format, &mp_type_TypeError, "type");
        return -1;
    }
    intptr_t v;
    int clipped = mp_int_as_ssize_clip(i, &v);
    mp_decref(i);
    intptr_t lo = format == 'b' ? -128 : 0, hi = format == 'b' ? 127 : 255;
    if (clipped || v < lo || v > hi)
        return pack_error(format, &mp_type_ValueError, "value");
    *out = (unsigned char)v;
    return 0;
}

static intptr_t mv_length(mp_obj self)
{
    if (released(self))
        return -1;
    return MV(self)->len;
}

static mp_obj item_at(mp_obj self, intptr_t i)
{
    mp_memoryview *m = MV(self);
    if (i < 0)
        i += m->len;
    if (i < 0 || i >= m->len)
        return mp_err_set_str(&mp_type_IndexError, "index out of bounds on dimension 1");
    unsigned char *p = view_data(self);
    return p ? unpack(m->format, p[i * m->step]) : NULL;
}

static mp_obj mv_sq_item(mp_obj self, intptr_t i)
{
    if (released(self))
        return NULL;
    return item_at(self, i);
}

static mp_obj mv_slice(mp_obj self, mp_obj slice)
{
    mp_memoryview *m = MV(self);
    intptr_t start, stop, step, n;
    if (mp_slice_indices(slice, m->len, &start, &stop, &step, &n) < 0)
        return NULL;
    return view_new(m->obj, m->start + start * m->step, m->step * step, n, m->readonly, m->format);
}

static int all_of(mp_obj tuple, int (*pred)(mp_obj))
{
    for (intptr_t i = 0; i < MP_TUPLE_LEN(tuple); i++)
        if (!pred(MP_TUPLE_GET(tuple, i)))
            return 0;
    return 1;
}

static int is_slice(mp_obj o) { return mp_slice_check(o); }

/* m[(i,)], m[()] and m[i, j]: a one-dimensional view takes one index. */
static mp_obj multi_index(mp_obj self, mp_obj key)
{
    intptr_t n = MP_TUPLE_LEN(key);
    if (n == 0)
        return mp_err_set_str(&mp_type_NotImplementedError, "sub-views are not implemented");
    if (n > 1)
        return mp_err_format(&mp_type_TypeError, "cannot index 1-dimension view with %zd-element tuple",
                             (size_t)n);
    intptr_t i = mp_number_as_ssize(MP_TUPLE_GET(key, 0), &mp_type_IndexError);
    if (i == -1 && mp_err_occurred())
        return NULL;
    return item_at(self, i);
}

static mp_obj mv_subscript(mp_obj self, mp_obj key)
{
    if (released(self))
        return NULL;
    if (mp_is_small(key))
        return item_at(self, mp_small_value(key));
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return NULL;
        return item_at(self, i);
    }
    if (mp_slice_check(key))
        return mv_slice(self, key);
    if (mp_tuple_check(key)) {
        if (all_of(key, mp_index_check))
            return multi_index(self, key);
        if (all_of(key, is_slice))
            return mp_err_set_str(&mp_type_NotImplementedError,
                                  "multi-dimensional slicing is not implemented");
    }
    return mp_err_set_str(&mp_type_TypeError, "memoryview: invalid slice key");
}

/* What a buffer-like value offers as the source of a slice assignment. */
typedef struct {
    const unsigned char *data;
    intptr_t step, len;
    char format;
    mp_obj owner;
} src_view;

static int get_source(mp_obj o, src_view *s)
{
    if (mp_memoryview_check(o)) {
        if (released(o))
            return -1;
        if (!(s->data = view_data(o)))
            return -1;
        s->step = MV(o)->step;
        s->len = MV(o)->len;
        s->format = MV(o)->format;
        s->owner = MV(o)->obj;
        return 0;
    }
    if (!mp_bytes_check(o) && !is_bytearray(o)) {
        mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                      mp_type_of(o)->name);
        return -1;
    }
    s->data = obj_data(o, &s->len);
    s->step = 1;
    s->format = 'B';
    s->owner = o;
    return 0;
}

static int assign_slice(mp_obj self, mp_obj slice, mp_obj value)
{
    mp_memoryview *m = MV(self);
    src_view src;
    if (get_source(value, &src) < 0)
        return -1;
    intptr_t start, stop, step, n;
    if (mp_slice_indices(slice, m->len, &start, &stop, &step, &n) < 0)
        return -1;
    if (n != src.len || src.format != m->format) {
        mp_err_set_str(&mp_type_ValueError,
                       "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    unsigned char *dst = view_data(self);
    if (!dst)
        return -1;
    /* The source may overlap the destination: gather it first. */
    unsigned char small[64];
    unsigned char *tmp = n <= (intptr_t)sizeof small ? small : mp_malloc((size_t)n);
    if (!tmp) {
        mp_err_no_memory();
        return -1;
    }
    for (intptr_t i = 0; i < n; i++)
        tmp[i] = src.data[i * src.step];
    for (intptr_t i = 0; i < n; i++)
        dst[(start + i * step) * m->step] = tmp[i];
    if (tmp != small)
        mp_free(tmp);
    return 0;
}

static int mv_ass_subscript(mp_obj self, mp_obj key, mp_obj value)
{
    if (released(self))
        return -1;
    mp_memoryview *m = MV(self);
    if (m->readonly) {
        mp_err_set_str(&mp_type_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        mp_err_set_str(&mp_type_TypeError, "cannot delete memory");
        return -1;
    }
    if (mp_tuple_check(key) && MP_TUPLE_LEN(key) == 1 && mp_index_check(MP_TUPLE_GET(key, 0)))
        key = MP_TUPLE_GET(key, 0);
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return -1;
        if (i < 0)
            i += m->len;
        if (i < 0 || i >= m->len) {
            mp_err_set_str(&mp_type_IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        unsigned char byte;
        if (pack(m->format, value, &byte) < 0)
            return -1;
        unsigned char *p = view_data(self);
        if (!p)
            return -1;
        p[i * m->step] = byte;
        return 0;
    }
    if (mp_slice_check(key))
        return assign_slice(self, key, value);
    if (mp_tuple_check(key) && all_of(key, is_slice))
        mp_err_set_str(&mp_type_NotImplementedError,
                       "memoryview slice assignments are currently restricted to ndim = 1");
    else
        mp_err_set_str(&mp_type_TypeError, "memoryview: invalid slice key");
    return -1;
}

/* ---- comparison and hashing ------------------------------------------------------------------- */

/* Whether two views show equal items.  Views of different formats
 * compare item by item as CPython's struct unpacking would: 'c' items
 * (bytes) never equal 'B' or 'b' items (ints). */
static int views_equal(const unsigned char *a, intptr_t astep, char afmt, const unsigned char *b,
                       intptr_t bstep, char bfmt, intptr_t n)
{
    if (n == 0)
        return 1;
    if ((afmt == 'c') != (bfmt == 'c'))
        return 0;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char x = a[i * astep], y = b[i * bstep];
        if (afmt == bfmt || afmt == 'c') {
            if (x != y)
                return 0;
        } else {
            int vx = afmt == 'b' ? (signed char)x : x, vy = bfmt == 'b' ? (signed char)y : y;
            if (vx != vy)
                return 0;
        }
    }
    return 1;
}

static mp_obj mv_richcompare(mp_obj self, mp_obj other, int op)
{
    if (op != MP_EQ && op != MP_NE)
        MP_RETURN_NOTIMPLEMENTED;
    int equal;
    if (!MV(self)->obj || (mp_memoryview_check(other) && !MV(other)->obj)) {
        equal = self == other;
    } else {
        if (!mp_memoryview_check(other) && !mp_bytes_check(other) && !is_bytearray(other))
            MP_RETURN_NOTIMPLEMENTED;
        src_view o;
        unsigned char *a = get_source(other, &o) < 0 ? NULL : view_data(self);
        if (!a)
            return NULL;
        mp_memoryview *m = MV(self);
        equal = m->len == o.len && views_equal(a, m->step, m->format, o.data, o.step, o.format, o.len);
    }
    return mp_bool(op == MP_EQ ? equal : !equal);
}

mp_obj mp_memoryview_tobytes(mp_obj self)
{
    if (released(self))
        return NULL;
    mp_memoryview *m = MV(self);
    unsigned char *p = view_data(self);
    if (!p)
        return NULL;
    if (m->step == 1)
        return mp_bytes_new((const char *)p, m->len);
    mp_obj b = mp_bytes_new(NULL, m->len);
    if (!b)
        return NULL;
    for (intptr_t i = 0; i < m->len; i++)
        MP_BYTES_DATA(b)[i] = (char)p[i * m->step];
    return b;
}

static mp_hash_t mv_hash(mp_obj self)
{
    mp_memoryview *m = MV(self);
    if (m->hash != -1)
        return m->hash;
    if (released(self))
        return -1;
    if (!m->readonly) {
        mp_err_set_str(&mp_type_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    /* The exporter must be hashable itself (a read-only view of a
     * bytearray is not). */
    if (mp_obj_hash(m->obj) == -1)
        return -1;
    mp_obj b = mp_memoryview_tobytes(self);
    if (!b)
        return -1;
    m->hash = mp_obj_hash(b);
    mp_decref(b);
    return m->hash;
}

/* ---- methods ------------------------------------------------------------------------------------ */

static mp_obj mv_tobytes(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"order", NULL};
    mp_obj order;
    if (mp_arg_parse(args, nargs, kwnames, "tobytes", kwlist, 0, 1, &order) < 0)
        return NULL;
    if (order && order != mp_none) {
        if (!mp_str_check(order))
            return mp_err_format(&mp_type_TypeError,
                                 "tobytes() argument 'order' must be str or None, not %s",
                                 mp_type_of(order)->name);
        if (!mp_str_eq_cstr(order, "C") && !mp_str_eq_cstr(order, "F") &&
            !mp_str_eq_cstr(order, "A"))
            return mp_err_set_str(&mp_type_ValueError, "order must be 'C', 'F' or 'A'");
    }
    return mp_memoryview_tobytes(self);
}

static mp_obj mv_tolist(mp_obj self)
{
    if (released(self))
        return NULL;
    mp_memoryview *m = MV(self);
    unsigned char *p = view_data(self);
    if (!p)
        return NULL;
    mp_obj l = mp_list_new(m->len);
    if (!l)
        return NULL;
    for (intptr_t i = 0; i < m->len; i++) {
        mp_obj v = unpack(m->format, p[i * m->step]);
        if (!v) {
            /* The rest are NULL: fill them so the list can be freed. */
            for (intptr_t j = i; j < m->len; j++)
                MP_LIST_ITEMS(l)[j] = mp_newref(mp_none);
            mp_decref(l);
            return NULL;
        }
        MP_LIST_ITEMS(l)[i] = v;
    }
    return l;
}

/* hex(sep, bytes_per_sep) is bytes.hex of the view's bytes. */
static mp_obj mv_hex(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj b = mp_memoryview_tobytes(self);
    if (!b)
        return NULL;
    mp_obj hex = mp_obj_getattr_s(b, "hex");
    mp_obj r = hex ? mp_call(hex, args, nargs, kwnames) : NULL;
    mp_xdecref(hex);
    mp_decref(b);
    return r;
}

static mp_obj mv_release(mp_obj self)
{
    release_view(MV(self));
    MP_RETURN_NONE;
}

static mp_obj mv_enter(mp_obj self)
{
    if (released(self))
        return NULL;
    return mp_newref(self);
}

static mp_obj mv_exit(mp_obj self, mp_obj const *args, size_t nargs)
{
    return mv_release(self);
}

static mp_obj mv_toreadonly(mp_obj self)
{
    if (released(self))
        return NULL;
    mp_memoryview *m = MV(self);
    return view_new(m->obj, m->start, m->step, m->len, 1, m->format);
}

/* cast(format, shape=None) to another one-byte format, keeping the one
 * dimension. */
static mp_obj mv_cast(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"format", "shape", NULL};
    mp_obj format, shape;
    if (mp_arg_parse(args, nargs, kwnames, "cast", kwlist, 1, 2, &format, &shape) < 0 ||
        released(self))
        return NULL;
    mp_memoryview *m = MV(self);
    if (!mp_str_check(format))
        return mp_err_format(&mp_type_TypeError, "cast() argument 'format' must be str, not %s",
                             mp_type_of(format)->name);
    if (m->step != 1 && m->len > 1)
        return mp_err_set_str(&mp_type_TypeError,
                              "memoryview: casts are restricted to C-contiguous views");
    const char *f = mp_str_utf8(format);
    if (f[0] == '@')
        f++;
    if (!f[0] || f[1] || !strchr("cbB?hHiIlLqQnNfdeP", f[0]))
        return mp_err_set_str(&mp_type_ValueError,
                              "memoryview: destination format must be a native single character "
                              "format prefixed with an optional '@'");
    if (!strchr("cbB", f[0]))
        return mp_err_format(&mp_type_NotImplementedError,
                             "memoryview: minipy casts only to the one-byte formats 'B', 'b' and "
                             "'c', not '%s'", f);
    if (shape && shape != mp_none) {
        int one = (mp_tuple_check(shape) || mp_list_check(shape)) && mp_obj_len(shape) == 1;
        mp_obj n = one ? mp_obj_getitem(shape, mp_small(0)) : NULL;
        int same = n && mp_int_check(n) && mp_int_compare(n, mp_small(m->len)) == 0;
        mp_xdecref(n);
        if (!same) {
            mp_err_clear();
            return mp_err_set_str(&mp_type_NotImplementedError,
                                  "memoryview: minipy's views have one dimension: cast() takes "
                                  "no other shape than (len,)");
        }
    }
    return view_new(m->obj, m->start, 1, m->len, m->readonly, f[0]);
}

static const mp_method_def mv_methods[] = {
    {"release", FN(mv_release), MP_METH_NOARGS,
     "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", FN(mv_tobytes), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return the data in the buffer as a byte string.\n\n"
     "Order can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the\n"
     "original array is converted to C or Fortran order. For contiguous views,\n"
     "'A' returns an exact copy of the physical memory. In particular, in-memory\n"
     "Fortran order is preserved. For non-contiguous views, the data is converted\n"
     "to C first. order=None is the same as order='C'."},
    {"hex", FN(mv_hex), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", FN(mv_tolist), MP_METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"cast", FN(mv_cast), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Cast a memoryview to a new format or shape."},
    {"toreadonly", FN(mv_toreadonly), MP_METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", FN(mv_enter), MP_METH_NOARGS, NULL},
    {"__exit__", FN(mv_exit), MP_METH_FASTCALL, NULL},
    {NULL},
};

/* ---- attributes --------------------------------------------------------------------------------- */

static mp_obj get_obj(mp_obj self, void *c)
{
    return released(self) ? NULL : mp_newref(MV(self)->obj);
}

static mp_obj get_nbytes(mp_obj self, void *c)
{
    return released(self) ? NULL : mp_int_from_ssize(MV(self)->len);
}

static mp_obj get_readonly(mp_obj self, void *c)
{
    return released(self) ? NULL : mp_bool(MV(self)->readonly);
}

static mp_obj get_itemsize(mp_obj self, void *c)
{
    return released(self) ? NULL : mp_small(1);
}

static mp_obj get_format(mp_obj self, void *c)
{
    if (released(self))
        return NULL;
    char f = MV(self)->format;
    return mp_str_new(&f, 1);
}

static mp_obj get_ndim(mp_obj self, void *c)
{
    return released(self) ? NULL : mp_small(1);
}

static mp_obj one_tuple(mp_obj self, intptr_t v)
{
    if (released(self))
        return NULL;
    mp_obj i = mp_int_from_ssize(v);
    mp_obj t = i ? mp_tuple_pack(1, i) : NULL;
    mp_xdecref(i);
    return t;
}

static mp_obj get_shape(mp_obj self, void *c) { return one_tuple(self, MV(self)->len); }
static mp_obj get_strides(mp_obj self, void *c) { return one_tuple(self, MV(self)->step); }

static mp_obj get_suboffsets(mp_obj self, void *c)
{
    return released(self) ? NULL : mp_tuple_new(0);
}

/* One dimension: contiguous in every sense when the items are adjacent
 * (or there are fewer than two). */
static mp_obj get_contiguous(mp_obj self, void *c)
{
    if (released(self))
        return NULL;
    return mp_bool(MV(self)->step == 1 || MV(self)->len <= 1);
}

static const mp_getset_def mv_getsets[] = {
    {"obj", get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", get_nbytes, NULL,
     "The amount of space in bytes that the array would use in\n a contiguous representation.", NULL},
    {"readonly", get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", get_itemsize, NULL, "The size in bytes of each element of the memoryview.", NULL},
    {"format", get_format, NULL,
     "A string containing the format (in struct module style)\n for each element in the view.", NULL},
    {"ndim", get_ndim, NULL,
     "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.",
     NULL},
    {"shape", get_shape, NULL,
     "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", NULL},
    {"strides", get_strides, NULL,
     "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.",
     NULL},
    {"suboffsets", get_suboffsets, NULL, "A tuple of integers used internally for PIL-style arrays.",
     NULL},
    {"c_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", get_contiguous, NULL, "A bool indicating whether the memory is Fortran contiguous.",
     NULL},
    {"contiguous", get_contiguous, NULL, "A bool indicating whether the memory is contiguous.", NULL},
    {NULL},
};

/* ---- iteration ------------------------------------------------------------------------------------ */

typedef struct {
    mp_object ob;
    mp_obj view;   /* NULL when exhausted */
    intptr_t index;
} mv_iter;

static mp_obj mv_iter_new(mp_obj self)
{
    if (released(self))
        return NULL;
    mv_iter *it = (mv_iter *)mp_obj_alloc(&mp_type_memory_iterator);
    if (!it)
        return NULL;
    it->view = mp_newref(self);
    return (mp_obj)it;
}

static mp_obj mv_iter_next(mp_obj self)
{
    mv_iter *it = (mv_iter *)self;
    if (!it->view)
        return NULL;
    if (released(it->view))
        return NULL;
    if (it->index >= MV(it->view)->len) {
        MP_CLEAR(it->view);
        return NULL;
    }
    return item_at(it->view, it->index++);
}

static void mv_iter_dealloc(mp_obj self)
{
    MP_CLEAR(((mv_iter *)self)->view);
    mp_obj_free(self);
}

mp_type mp_type_memory_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "memory_iterator",
    .basicsize = sizeof(mv_iter),
    .dealloc = mv_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = mv_iter_next,
};

static const mp_sequence_methods mv_as_sequence = {
    .length = mv_length,
    .item = mv_sq_item,
};

static const mp_mapping_methods mv_as_mapping = {
    .length = mv_length,
    .subscript = mv_subscript,
    .ass_subscript = mv_ass_subscript,
};

mp_type mp_type_memoryview = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "memoryview",
    .flags = MP_TPFLAGS_SEQUENCE,
    .basicsize = sizeof(mp_memoryview),
    .doc = "Create a new memoryview object which references the given object.",
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = mv_iter_new,
    .new_ = mv_new,
    .as_sequence = &mv_as_sequence,
    .as_mapping = &mv_as_mapping,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .weaklistoffset = offsetof(mp_memoryview, weakreflist),
};

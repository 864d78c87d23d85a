/* tuple: an immutable array of references, with the shared empty tuple,
 * a free list for small tuples, and CPython 3.11's xxHash-based hash.
 * (CPython's Objects/tupleobject.c.) */
#include <stdarg.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/genericalias.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* ---- the shared empty tuple ----------------------------------------------------------
 * A static, immortal object with an (untracked) gc head before it, since
 * tuples are gc objects and the collector may look at any tuple's head. */
static struct {
    mp_gc_head gc;
    mp_tuple t;
} empty_tuple = {.t = {{{MP_IMMORTAL_REFCNT, &mp_type_tuple}, 0}}};

#define EMPTY ((mp_obj)&empty_tuple.t)

/* ---- free list -------------------------------------------------------------------------
 * Freed tuples of 1..MAXSAVESIZE-1 items are kept, linked through
 * items[0], for reuse; the debug build counts them as freed. */
#define MAXSAVESIZE 20
#define MAXFREELIST 2000

static mp_tuple *free_list[MAXSAVESIZE];
static int free_count[MAXSAVESIZE];

static mp_obj tuple_alloc(mp_type *type, intptr_t n)
{
    if (type == &mp_type_tuple && n < MAXSAVESIZE && free_list[n]) {
        mp_tuple *t = free_list[n];
        free_list[n] = (mp_tuple *)t->items[0];
        free_count[n]--;
        t->ob.ob.refcnt = 1;
        t->ob.ob.type = &mp_type_tuple;
        memset(t->items, 0, sizeof(mp_obj) * (size_t)n);
#ifdef MP_DEBUG
        mp_debug_live_objects++;
#endif
        mp_gc_track((mp_obj)t);
        return (mp_obj)t;
    }
    return mp_obj_alloc_var(type, n);
}

mp_obj mp_tuple_new(intptr_t n)
{
    if (n == 0)
        return EMPTY;
    if (n < 0)
        return mp_err_set_str(&mp_type_SystemError, "negative tuple size");
    return tuple_alloc(&mp_type_tuple, n);
}

static void tuple_dealloc(mp_obj self)
{
    mp_tuple *t = (mp_tuple *)self;
    intptr_t n = t->ob.size;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    for (intptr_t i = n - 1; i >= 0; i--)
        mp_xdecref(t->items[i]);
    if (self->type == &mp_type_tuple && n > 0 && n < MAXSAVESIZE &&
        free_count[n] < MAXFREELIST) {
        t->items[0] = (mp_obj)free_list[n];
        free_list[n] = t;
        free_count[n]++;
#ifdef MP_DEBUG
        mp_debug_live_objects--;
#endif
        return;
    }
    mp_obj_free(self);
}

void mp_tuple_fini(void)
{
    for (int n = 1; n < MAXSAVESIZE; n++) {
        while (free_list[n]) {
            mp_tuple *t = free_list[n];
            free_list[n] = (mp_tuple *)t->items[0];
            mp_free(MP_GC_HEAD(t));
        }
        free_count[n] = 0;
    }
}

mp_obj mp_tuple_pack(intptr_t n, ...)
{
    mp_obj t = mp_tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    int missing = 0;
    for (intptr_t i = 0; i < n; i++) {
        mp_obj item = va_arg(ap, mp_obj);
        /* A NULL item is a failed call feeding us: its error is set. */
        if (!item)
            missing = 1;
        else
            mp_incref(item);
        MP_TUPLE_ITEMS(t)[i] = item;
    }
    va_end(ap);
    if (missing) {
        mp_decref(t);
        return NULL;
    }
    return t;
}

mp_obj mp_tuple_from_array(mp_obj const *items, intptr_t n)
{
    mp_obj t = mp_tuple_new(n);
    if (!t)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        MP_TUPLE_ITEMS(t)[i] = mp_newref(items[i]);
    return t;
}

mp_obj mp_tuple_slice(mp_obj t, intptr_t start, intptr_t end)
{
    intptr_t n = MP_TUPLE_LEN(t);
    if (start < 0)
        start = 0;
    if (end > n)
        end = n;
    if (end < start)
        end = start;
    if (start == 0 && end == n && mp_type_of(t) == &mp_type_tuple)
        return mp_newref(t);
    return mp_tuple_from_array(MP_TUPLE_ITEMS(t) + start, end - start);
}

/* ---- the sequence protocol ----------------------------------------------------------- */

static intptr_t tuple_length(mp_obj self) { return MP_TUPLE_LEN(self); }

static mp_obj tuple_item(mp_obj self, intptr_t i)
{
    if ((uintptr_t)i >= (uintptr_t)MP_TUPLE_LEN(self))
        return mp_err_set_str(&mp_type_IndexError, "tuple index out of range");
    return mp_newref(MP_TUPLE_GET(self, i));
}

static mp_obj tuple_subscript(mp_obj self, mp_obj key)
{
    if (mp_is_small(key)) {
        intptr_t i = mp_small_value(key);
        if (i < 0)
            i += MP_TUPLE_LEN(self);
        return tuple_item(self, i);
    }
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return NULL;
        if (i < 0)
            i += MP_TUPLE_LEN(self);
        return tuple_item(self, i);
    }
    if (mp_slice_check(key)) {
        intptr_t start, stop, step, n;
        if (mp_slice_indices(key, MP_TUPLE_LEN(self), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return mp_tuple_slice(self, start, stop);
        mp_obj r = mp_tuple_new(n);
        if (!r)
            return NULL;
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            MP_TUPLE_ITEMS(r)[k] = mp_newref(MP_TUPLE_GET(self, i));
        return r;
    }
    return mp_err_format(&mp_type_TypeError, "tuple indices must be integers or slices, not %s",
                         mp_type_of(key)->name);
}

static int tuple_contains(mp_obj self, mp_obj x)
{
    intptr_t n = MP_TUPLE_LEN(self);
    for (intptr_t i = 0; i < n; i++) {
        int r = mp_obj_richcompare_bool(MP_TUPLE_GET(self, i), x, MP_EQ);
        if (r != 0)
            return r;
    }
    return 0;
}

static mp_obj tuple_concat(mp_obj a, mp_obj b)
{
    if (!mp_tuple_check(b))
        return mp_err_format(&mp_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             mp_type_of(b)->name);
    intptr_t na = MP_TUPLE_LEN(a), nb = MP_TUPLE_LEN(b);
    if (nb == 0 && mp_type_of(a) == &mp_type_tuple)
        return mp_newref(a);
    if (na == 0 && mp_type_of(b) == &mp_type_tuple)
        return mp_newref(b);
    mp_obj r = mp_tuple_new(na + nb);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < na; i++)
        MP_TUPLE_ITEMS(r)[i] = mp_newref(MP_TUPLE_GET(a, i));
    for (intptr_t i = 0; i < nb; i++)
        MP_TUPLE_ITEMS(r)[na + i] = mp_newref(MP_TUPLE_GET(b, i));
    return r;
}

static mp_obj tuple_repeat(mp_obj self, intptr_t count)
{
    intptr_t n = MP_TUPLE_LEN(self);
    if (count == 1 && mp_type_of(self) == &mp_type_tuple)
        return mp_newref(self);
    if (count <= 0 || n == 0)
        return EMPTY;
    if (count > INTPTR_MAX / n / (intptr_t)sizeof(mp_obj))
        return mp_err_no_memory();
    mp_obj r = mp_tuple_new(n * count);
    if (!r)
        return NULL;
    mp_obj *dst = MP_TUPLE_ITEMS(r);
    for (intptr_t c = 0; c < count; c++)
        for (intptr_t i = 0; i < n; i++)
            *dst++ = mp_newref(MP_TUPLE_GET(self, i));
    return r;
}

/* ---- repr, hash, comparison ------------------------------------------------------------ */

static mp_obj tuple_repr(mp_obj self)
{
    intptr_t n = MP_TUPLE_LEN(self);
    if (n == 0)
        return mp_str_new("()", 2);
    int rec = mp_repr_enter(self);
    if (rec != 0)
        return rec < 0 ? NULL : mp_str_new("(...)", 5);
    mp_buf b = MP_BUF_INIT;
    mp_buf_putc(&b, '(');
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0)
            mp_buf_append(&b, ", ", 2);
        mp_obj r = mp_obj_repr(MP_TUPLE_GET(self, i));
        if (!r) {
            mp_buf_free(&b);
            mp_repr_leave(self);
            return NULL;
        }
        mp_buf_append(&b, mp_str_utf8(r), mp_str_nbytes(r));
        mp_decref(r);
    }
    if (n == 1)
        mp_buf_putc(&b, ',');
    mp_buf_putc(&b, ')');
    mp_repr_leave(self);
    return mp_str_from_buf(&b);
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* CPython 3.11's tuplehash: xxHash's round over the items' hashes. */
static mp_hash_t tuple_hash(mp_obj self)
{
    intptr_t n = MP_TUPLE_LEN(self);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        mp_hash_t lane = mp_obj_hash(MP_TUPLE_GET(self, i));
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (mp_hash_t)acc;
}

/* Lexicographic comparison of two arrays, shared with list (list.h). */
mp_obj mp_seq_richcompare(mp_obj const *a, intptr_t na, mp_obj const *b, intptr_t nb, int op)
{
    intptr_t i;
    if ((op == MP_EQ || op == MP_NE) && na != nb)
        return mp_bool(op == MP_NE);
    for (i = 0; i < na && i < nb; i++) {
        int k = mp_obj_richcompare_bool(a[i], b[i], MP_EQ);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= na || i >= nb) {
        int r;
        switch (op) {
        case MP_LT: r = na < nb; break;
        case MP_LE: r = na <= nb; break;
        case MP_EQ: r = na == nb; break;
        case MP_NE: r = na != nb; break;
        case MP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return mp_bool(r);
    }
    if (op == MP_EQ)
        return mp_bool(0);
    if (op == MP_NE)
        return mp_bool(1);
    return mp_obj_richcompare(a[i], b[i], op);
}

static mp_obj tuple_richcompare(mp_obj a, mp_obj b, int op)
{
    if (!mp_tuple_check(a) || !mp_tuple_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    return mp_seq_richcompare(MP_TUPLE_ITEMS(a), MP_TUPLE_LEN(a), MP_TUPLE_ITEMS(b),
                              MP_TUPLE_LEN(b), op);
}

/* ---- gc ---------------------------------------------------------------------------------- */

static int tuple_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    for (intptr_t i = MP_TUPLE_LEN(self) - 1; i >= 0; i--) {
        mp_obj x = MP_TUPLE_GET(self, i);
        if (x && visit(x, arg))
            return 1;
    }
    return 0;
}

/* ---- methods ----------------------------------------------------------------------------- */

/* The start/stop arguments of index(): clipped indices, as CPython's
 * _PyEval_SliceIndexNotNone. */
int mp_seq_index_args(mp_obj const *args, size_t nargs, intptr_t len, intptr_t *start,
                      intptr_t *stop)
{
    *start = 0;
    *stop = INTPTR_MAX;
    for (size_t k = 1; k < nargs; k++) {
        mp_obj v = args[k];
        intptr_t x;
        if (mp_is_small(v)) {
            x = mp_small_value(v);
        } else if (mp_index_check(v)) {
            x = mp_number_as_ssize(v, NULL);
            if (x == -1 && mp_err_occurred())
                return -1;
        } else {
            mp_err_set_str(&mp_type_TypeError,
                           "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (x < 0) {
            x += len;
            if (x < 0)
                x = 0;
        }
        if (k == 1)
            *start = x;
        else
            *stop = x;
    }
    return 0;
}

static mp_obj tuple_index(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("index", nargs, 1, 3) < 0)
        return NULL;
    intptr_t start, stop, n = MP_TUPLE_LEN(self);
    if (mp_seq_index_args(args, nargs, n, &start, &stop) < 0)
        return NULL;
    for (intptr_t i = start; i < stop && i < MP_TUPLE_LEN(self); i++) {
        int r = mp_obj_richcompare_bool(MP_TUPLE_GET(self, i), args[0], MP_EQ);
        if (r > 0)
            return mp_int_from_ssize(i);
        if (r < 0)
            return NULL;
    }
    return mp_err_set_str(&mp_type_ValueError, "tuple.index(x): x not in tuple");
}

static mp_obj tuple_count(mp_obj self, mp_obj x)
{
    intptr_t c = 0;
    for (intptr_t i = 0; i < MP_TUPLE_LEN(self); i++) {
        int r = mp_obj_richcompare_bool(MP_TUPLE_GET(self, i), x, MP_EQ);
        if (r < 0)
            return NULL;
        c += r;
    }
    return mp_int_from_ssize(c);
}

static mp_obj tuple_getnewargs(mp_obj self)
{
    mp_obj copy = mp_tuple_slice(self, 0, MP_TUPLE_LEN(self));
    if (!copy)
        return NULL;
    mp_obj r = mp_tuple_pack(1, copy);
    mp_decref(copy);
    return r;
}

static mp_obj tuple_sizeof(mp_obj self)
{
    return mp_int_from_ssize((intptr_t)sizeof(mp_tuple) +
                             MP_TUPLE_LEN(self) * (intptr_t)sizeof(mp_obj));
}

static const mp_method_def tuple_methods[] = {
    {"__getnewargs__", (void (*)(void))tuple_getnewargs, MP_METH_NOARGS, NULL},
    {"index", (void (*)(void))tuple_index, MP_METH_FASTCALL,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", (void (*)(void))tuple_count, MP_METH_O, "Return number of occurrences of value."},
    {"__sizeof__", (void (*)(void))tuple_sizeof, MP_METH_NOARGS,
     "Size of object in memory, in bytes."},
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

/* ---- construction --------------------------------------------------------------------------- */

/* tuple(iterable=()), for tuple and its subclasses (namedtuple calls
 * tuple.__new__(cls, iterable)). */
static mp_obj tuple_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if ((type == &mp_type_tuple || type->init == mp_type_tuple.init) &&
        mp_arg_no_kwargs("tuple", kwnames) < 0)
        return NULL;
    if (mp_arg_check_count("tuple", nargs, 0, 1) < 0)
        return NULL;
    if (type == &mp_type_tuple)
        return nargs ? mp_sequence_tuple(args[0]) : EMPTY;
    mp_obj items = nargs ? mp_sequence_tuple(args[0]) : EMPTY;
    if (!items)
        return NULL;
    intptr_t n = MP_TUPLE_LEN(items);
    mp_obj r = tuple_alloc(type, n);
    if (r)
        for (intptr_t i = 0; i < n; i++)
            MP_TUPLE_ITEMS(r)[i] = mp_newref(MP_TUPLE_GET(items, i));
    mp_decref(items);
    return r;
}

/* ---- the iterator ---------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    intptr_t index;
    mp_obj seq; /* NULL when exhausted */
} tuple_iter;

static mp_obj tuple_iter_new(mp_obj seq)
{
    tuple_iter *it = (tuple_iter *)mp_obj_alloc(&mp_type_tuple_iterator);
    if (!it)
        return NULL;
    it->seq = mp_newref(seq);
    return (mp_obj)it;
}

static mp_obj tuple_iter_next(mp_obj self)
{
    tuple_iter *it = (tuple_iter *)self;
    if (!it->seq)
        return NULL;
    if (it->index < MP_TUPLE_LEN(it->seq))
        return mp_newref(MP_TUPLE_GET(it->seq, it->index++));
    MP_CLEAR(it->seq);
    return NULL;
}

static void tuple_iter_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_xdecref(((tuple_iter *)self)->seq);
    mp_obj_free(self);
}

static int tuple_iter_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj s = ((tuple_iter *)self)->seq;
    return s ? visit(s, arg) : 0;
}

static mp_obj tuple_iter_length_hint(mp_obj self)
{
    tuple_iter *it = (tuple_iter *)self;
    intptr_t n = it->seq ? MP_TUPLE_LEN(it->seq) - it->index : 0;
    return mp_int_from_ssize(n > 0 ? n : 0);
}

static const mp_method_def tuple_iter_methods[] = {
    {"__length_hint__", (void (*)(void))tuple_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

mp_type mp_type_tuple_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "tuple_iterator",
    .basicsize = sizeof(tuple_iter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = tuple_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = tuple_iter_traverse,
    .iter = mp_self_iter,
    .iternext = tuple_iter_next,
    .methods = tuple_iter_methods,
};

/* ---- the type ------------------------------------------------------------------------------- */

static const mp_sequence_methods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

static const mp_mapping_methods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};

mp_type mp_type_tuple = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "tuple",
    .basicsize = sizeof(mp_tuple),
    .itemsize = sizeof(mp_obj),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_TUPLE_SUBCLASS | MP_TPFLAGS_GC |
             MP_TPFLAGS_SEQUENCE | MP_TPFLAGS_MATCH_SELF,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = tuple_iter_new,
    .traverse = tuple_traverse,
    .new_ = tuple_new,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .methods = tuple_methods,
};

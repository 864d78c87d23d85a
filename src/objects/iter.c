/* The built-in iterator types: the index-based iterator of old-style
 * sequences, iter(callable, sentinel), and enumerate, zip, map, filter
 * and reversed.  (CPython's Objects/iterobject.c, enumobject.c and the
 * iterator types of Python/bltinmodule.c.) */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/genericalias.h"
#include "minipy/int.h"
#include "minipy/iter.h"
#include "minipy/mem.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* Every iterator here is a struct of references after the header (and,
 * for some, C integers after those): one dealloc and one traverse serve
 * them all, given how many references each holds. */
static size_t nrefs(mp_type *t);

static void iter_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_obj *refs = (mp_obj *)((char *)self + sizeof(mp_object));
    size_t n = nrefs(mp_type_of(self));
    for (size_t i = 0; i < n; i++)
        MP_CLEAR(refs[i]);
    mp_obj_free(self);
}

static int iter_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj *refs = (mp_obj *)((char *)self + sizeof(mp_object));
    size_t n = nrefs(mp_type_of(self));
    for (size_t i = 0; i < n; i++)
        if (refs[i] && visit(refs[i], arg))
            return 1;
    return 0;
}

static int iter_gc_clear(mp_obj self)
{
    mp_obj *refs = (mp_obj *)((char *)self + sizeof(mp_object));
    size_t n = nrefs(mp_type_of(self));
    for (size_t i = 0; i < n; i++)
        MP_CLEAR(refs[i]);
    return 0;
}

/* Whether the current exception ends an iteration (IndexError or
 * StopIteration from __getitem__); clears it if so. */
static int clear_end_error(void)
{
    if (mp_err_matches(&mp_type_IndexError) || mp_err_matches(&mp_type_StopIteration)) {
        mp_err_clear();
        return 1;
    }
    return 0;
}

#define LENGTH_HINT_DOC "Private method returning an estimate of len(list(it))."

/* ---- iterator: seq[0], seq[1], ... ------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj seq;       /* NULL when exhausted */
    intptr_t index;
} seqiter;

mp_obj mp_seqiter_new(mp_obj seq)
{
    seqiter *it = (seqiter *)mp_obj_alloc(&mp_type_seqiter);
    if (!it)
        return NULL;
    it->seq = mp_newref(seq);
    return (mp_obj)it;
}

static mp_obj seqiter_next(mp_obj self)
{
    seqiter *it = (seqiter *)self;
    if (!it->seq)
        return NULL;
    mp_obj idx = mp_int_from_ssize(it->index);
    if (!idx)
        return NULL;
    mp_obj r = mp_obj_getitem(it->seq, idx);
    mp_decref(idx);
    if (r) {
        it->index++;
        return r;
    }
    if (clear_end_error())
        MP_CLEAR(it->seq);
    return NULL;
}

static mp_obj seqiter_length_hint(mp_obj self)
{
    seqiter *it = (seqiter *)self;
    if (!it->seq)
        return mp_small(0);
    intptr_t n = mp_obj_len(it->seq);
    if (n < 0) {
        if (!mp_err_matches(&mp_type_TypeError))
            return NULL;
        mp_err_clear();
        MP_RETURN_NOTIMPLEMENTED;
    }
    n -= it->index;
    return mp_int_from_ssize(n > 0 ? n : 0);
}

static const mp_method_def seqiter_methods[] = {
    {"__length_hint__", (void (*)(void))seqiter_length_hint, MP_METH_NOARGS, LENGTH_HINT_DOC},
    {NULL},
};

mp_type mp_type_seqiter = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "iterator",
    .basicsize = sizeof(seqiter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* ---- callable_iterator: iter(f, sentinel) ------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj callable;  /* NULL when exhausted */
    mp_obj sentinel;
} calliter;

mp_obj mp_callable_iter_new(mp_obj callable, mp_obj sentinel)
{
    calliter *it = (calliter *)mp_obj_alloc(&mp_type_callable_iterator);
    if (!it)
        return NULL;
    it->callable = mp_newref(callable);
    it->sentinel = mp_newref(sentinel);
    return (mp_obj)it;
}

static mp_obj calliter_next(mp_obj self)
{
    calliter *it = (calliter *)self;
    if (!it->callable)
        return NULL;
    mp_obj r = mp_call0(it->callable);
    if (!r) {
        if (mp_err_matches(&mp_type_StopIteration)) {
            mp_err_clear();
            MP_CLEAR(it->callable);
            MP_CLEAR(it->sentinel);
        }
        return NULL;
    }
    int eq = mp_obj_richcompare_bool(it->sentinel, r, MP_EQ);
    if (eq == 0)
        return r;
    mp_decref(r);
    if (eq > 0) {
        MP_CLEAR(it->callable);
        MP_CLEAR(it->sentinel);
    }
    return NULL;
}

mp_type mp_type_callable_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "callable_iterator",
    .basicsize = sizeof(calliter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = calliter_next,
};

/* ---- enumerate ----------------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj it;
    mp_obj longindex; /* the count once it leaves the small range, else NULL */
    intptr_t index;
} enumobject;

static mp_obj enum_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"iterable", "start", NULL};
    mp_obj iterable = NULL, start = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "enumerate", kwlist, 0, 2, &iterable, &start) < 0)
        return NULL;
    if (!iterable)
        return mp_err_set_str(&mp_type_TypeError, "enumerate() missing required argument 'iterable'");
    mp_obj st = NULL;
    if (start && !(st = mp_number_index(start)))
        return NULL;
    mp_obj it = mp_obj_getiter(iterable);
    if (!it) {
        mp_xdecref(st);
        return NULL;
    }
    enumobject *e = (enumobject *)mp_obj_alloc(type);
    if (!e) {
        mp_xdecref(st);
        mp_decref(it);
        return NULL;
    }
    e->it = it;
    if (st && mp_is_small(st))
        e->index = mp_small_value(st);
    else if (st)
        e->longindex = mp_newref(st);
    mp_xdecref(st);
    return (mp_obj)e;
}

static mp_obj enum_next(mp_obj self)
{
    enumobject *e = (enumobject *)self;
    mp_obj item = mp_type_of(e->it)->iternext(e->it);
    if (!item)
        return NULL;
    mp_obj idx;
    if (!e->longindex && e->index < MP_SMALL_MAX) {
        idx = mp_small(e->index++);
    } else {
        if (!e->longindex && !(e->longindex = mp_int_from_ssize(e->index))) {
            mp_decref(item);
            return NULL;
        }
        idx = mp_newref(e->longindex);
        mp_obj next = mp_number_add(e->longindex, mp_small(1));
        if (!next) {
            mp_decref(idx);
            mp_decref(item);
            return NULL;
        }
        MP_SETREF(e->longindex, next);
    }
    mp_obj r = mp_tuple_new(2);
    if (!r) {
        mp_decref(idx);
        mp_decref(item);
        return NULL;
    }
    MP_TUPLE_ITEMS(r)[0] = idx;
    MP_TUPLE_ITEMS(r)[1] = item;
    return r;
}

static const mp_method_def enum_methods[] = {
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

mp_type mp_type_enumerate = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "enumerate",
    .basicsize = sizeof(enumobject),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n"
           "    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = enum_next,
    .new_ = enum_new,
    .methods = enum_methods,
};

/* ---- zip ------------------------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj iters;     /* tuple of iterators */
    intptr_t strict;
} zipobject;

/* A tuple of iter(x) for each x. */
static mp_obj iter_tuple(mp_obj const *args, size_t n)
{
    mp_obj t = mp_tuple_new((intptr_t)n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        mp_obj it = mp_obj_getiter(args[i]);
        if (!it) {
            /* The unset slots are NULL: fill them before dropping t. */
            for (size_t j = i; j < n; j++)
                MP_TUPLE_ITEMS(t)[j] = mp_newref(mp_none);
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i] = it;
    }
    return t;
}

static mp_obj zip_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    int strict = 0;
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        mp_obj name = MP_TUPLE_GET(kwnames, k);
        if (!mp_str_eq_cstr(name, "strict"))
            return mp_err_format(&mp_type_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        int t = mp_obj_is_true(args[nargs + (size_t)k]);
        if (t < 0)
            return NULL;
        strict = t;
    }
    mp_obj iters = iter_tuple(args, nargs);
    if (!iters)
        return NULL;
    zipobject *z = (zipobject *)mp_obj_alloc(type);
    if (!z) {
        mp_decref(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return (mp_obj)z;
}

static mp_obj zip_strict_error(zipobject *z, intptr_t i)
{
    if (i > 0)
        return mp_err_format(&mp_type_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             (size_t)(i + 1), i == 1 ? " " : "s 1-", (size_t)i);
    intptr_t n = MP_TUPLE_LEN(z->iters);
    for (i = 1; i < n; i++) {
        mp_obj it = MP_TUPLE_GET(z->iters, i);
        mp_obj item = mp_type_of(it)->iternext(it);
        if (item) {
            mp_decref(item);
            return mp_err_format(&mp_type_ValueError,
                                 "zip() argument %zd is longer than argument%s%zd",
                                 (size_t)(i + 1), i == 1 ? " " : "s 1-", (size_t)i);
        }
        if (mp_err_occurred()) {
            if (!mp_err_matches(&mp_type_StopIteration))
                return NULL;
            mp_err_clear();
        }
    }
    return NULL;
}

static mp_obj zip_next(mp_obj self)
{
    zipobject *z = (zipobject *)self;
    intptr_t n = MP_TUPLE_LEN(z->iters);
    if (n == 0)
        return NULL;
    mp_obj r = mp_tuple_new(n);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        mp_obj it = MP_TUPLE_GET(z->iters, i);
        mp_obj item = mp_type_of(it)->iternext(it);
        if (!item) {
            for (intptr_t j = i; j < n; j++)
                MP_TUPLE_ITEMS(r)[j] = mp_newref(mp_none);
            mp_decref(r);
            if (z->strict) {
                if (mp_err_occurred()) {
                    if (!mp_err_matches(&mp_type_StopIteration))
                        return NULL;
                    mp_err_clear();
                }
                return zip_strict_error(z, i);
            }
            return NULL;
        }
        MP_TUPLE_ITEMS(r)[i] = item;
    }
    return r;
}

mp_type mp_type_zip = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "zip",
    .basicsize = sizeof(zipobject),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ---- map ------------------------------------------------------------------------------------------ */

typedef struct {
    mp_object ob;
    mp_obj func;
    mp_obj iters;     /* tuple of iterators */
} mapobject;

static mp_obj map_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (type == &mp_type_map && mp_arg_no_kwargs("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return mp_err_set_str(&mp_type_TypeError, "map() must have at least two arguments.");
    mp_obj iters = iter_tuple(args + 1, nargs - 1);
    if (!iters)
        return NULL;
    mapobject *m = (mapobject *)mp_obj_alloc(type);
    if (!m) {
        mp_decref(iters);
        return NULL;
    }
    m->func = mp_newref(args[0]);
    m->iters = iters;
    return (mp_obj)m;
}

static mp_obj map_next(mp_obj self)
{
    mapobject *m = (mapobject *)self;
    intptr_t n = MP_TUPLE_LEN(m->iters);
    mp_obj small[8], *stack = n <= 8 ? small : mp_malloc((size_t)n * sizeof(mp_obj));
    if (!stack)
        return mp_err_no_memory();
    intptr_t got = 0;
    mp_obj r = NULL;
    for (; got < n; got++) {
        mp_obj it = MP_TUPLE_GET(m->iters, got);
        if (!(stack[got] = mp_type_of(it)->iternext(it)))
            break;
    }
    if (got == n)
        r = mp_call(m->func, stack, (size_t)n, NULL);
    for (intptr_t i = 0; i < got; i++)
        mp_decref(stack[i]);
    if (stack != small)
        mp_free(stack);
    return r;
}

mp_type mp_type_map = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "map",
    .basicsize = sizeof(mapobject),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = map_next,
    .new_ = map_new,
};

/* ---- filter --------------------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj func;      /* None: truth of the item */
    mp_obj it;
} filterobject;

static mp_obj filter_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (type == &mp_type_filter && mp_arg_no_kwargs("filter", kwnames) < 0)
        return NULL;
    if (mp_arg_check_count("filter", nargs, 2, 2) < 0)
        return NULL;
    mp_obj it = mp_obj_getiter(args[1]);
    if (!it)
        return NULL;
    filterobject *f = (filterobject *)mp_obj_alloc(type);
    if (!f) {
        mp_decref(it);
        return NULL;
    }
    f->func = mp_newref(args[0]);
    f->it = it;
    return (mp_obj)f;
}

static mp_obj filter_next(mp_obj self)
{
    filterobject *f = (filterobject *)self;
    mp_unaryfunc next = mp_type_of(f->it)->iternext;
    int plain = f->func == mp_none || f->func == (mp_obj)&mp_type_bool;
    for (;;) {
        mp_obj item = next(f->it);
        if (!item)
            return NULL;
        int ok;
        if (plain) {
            ok = mp_obj_is_true(item);
        } else {
            mp_obj g = mp_call1(f->func, item);
            ok = g ? mp_obj_is_true(g) : -1;
            mp_xdecref(g);
        }
        if (ok > 0)
            return item;
        mp_decref(item);
        if (ok < 0)
            return NULL;
    }
}

mp_type mp_type_filter = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "filter",
    .basicsize = sizeof(filterobject),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ---- reversed --------------------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj seq;       /* NULL when exhausted */
    intptr_t index;
} revobject;

static int is_sequence(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t->flags & MP_TPFLAGS_DICT_SUBCLASS)
        return 0;
    if (t->as_sequence && t->as_sequence->item)
        return 1;
    return t->as_mapping && t->as_mapping->subscript && mp_type_lookup(t, MP_NAME(__getitem__));
}

static mp_obj reversed_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (type == &mp_type_reversed && mp_arg_no_kwargs("reversed", kwnames) < 0)
        return NULL;
    if (mp_arg_check_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    mp_obj seq = args[0];
    mp_type *st = mp_type_of(seq);
    mp_obj meth = mp_type_lookup(st, MP_NAME(__reversed__));
    if (meth == mp_none)
        return mp_err_format(&mp_type_TypeError, "'%s' object is not reversible", st->name);
    if (meth) {
        mp_descrgetfunc get = mp_type_of(meth)->descr_get;
        mp_obj bound = get ? get(meth, seq, (mp_obj)st) : mp_newref(meth);
        if (!bound)
            return NULL;
        mp_obj r = mp_call0(bound);
        mp_decref(bound);
        return r;
    }
    if (!is_sequence(seq))
        return mp_err_format(&mp_type_TypeError, "'%s' object is not reversible", st->name);
    intptr_t n = mp_obj_len(seq);
    if (n < 0)
        return NULL;
    revobject *r = (revobject *)mp_obj_alloc(type);
    if (!r)
        return NULL;
    r->seq = mp_newref(seq);
    r->index = n - 1;
    return (mp_obj)r;
}

static mp_obj reversed_next(mp_obj self)
{
    revobject *r = (revobject *)self;
    if (r->index >= 0 && r->seq) {
        mp_obj idx = mp_int_from_ssize(r->index);
        mp_obj item = idx ? mp_obj_getitem(r->seq, idx) : NULL;
        mp_xdecref(idx);
        if (item) {
            r->index--;
            return item;
        }
        if (!clear_end_error())
            return NULL;
    }
    r->index = -1;
    MP_CLEAR(r->seq);
    return NULL;
}

static mp_obj reversed_length_hint(mp_obj self)
{
    revobject *r = (revobject *)self;
    if (!r->seq)
        return mp_small(0);
    intptr_t n = mp_obj_len(r->seq);
    if (n < 0)
        return NULL;
    return mp_int_from_ssize(n < r->index + 1 ? 0 : r->index + 1);
}

static const mp_method_def reversed_methods[] = {
    {"__length_hint__", (void (*)(void))reversed_length_hint, MP_METH_NOARGS, LENGTH_HINT_DOC},
    {NULL},
};

mp_type mp_type_reversed = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "reversed",
    .basicsize = sizeof(revobject),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .dealloc = iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = iter_traverse,
    .clear = iter_gc_clear,
    .iter = mp_self_iter,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .new_ = reversed_new,
};

static size_t nrefs(mp_type *t)
{
    /* Subclasses (of enumerate, zip, ...) keep the base's layout first. */
    while (t->flags & MP_TPFLAGS_HEAPTYPE)
        t = t->base;
    if (t == &mp_type_seqiter || t == &mp_type_reversed || t == &mp_type_zip)
        return 1;
    return 2; /* callable_iterator, enumerate, map, filter */
}

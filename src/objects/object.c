/* Allocation and freeing of objects, and the generic protocols every value
 * supports: repr, str, hash, truth, comparison, attribute access.
 * (CPython's Objects/object.c.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/trace.h"
#include "minipy/tracemalloc.h"
#include "minipy/weakref.h"
#include "minipy/tuple.h"
#include "minipy/union.h"

int mp_trace_refcounts;

#ifdef MP_DEBUG
intptr_t mp_debug_live_objects;
#endif

/* ---- allocation ------------------------------------------------------------ */

/* Free lists of small blocks (the optimised build only).  Objects come and
 * go by the million (a str per concatenation, a bound method per call), and
 * malloc/free took 15-20% of such programs: a freed block is kept on a
 * list of its size class and handed out again, zeroed as calloc would.
 * The blocks stay malloc's own (str's in-place concatenation reallocs one
 * and asks malloc_usable_size), so a block may always go back to free().
 * A block of usable size u serves any request up to u: it is filed under
 * class u / POOL_GRAIN, and a request of n bytes takes from class
 * ceil(n / POOL_GRAIN).  The debug build (ASan, the count of live objects)
 * keeps calling malloc and free for each object, so that a use after free
 * is still caught there. */
#if !defined(MP_DEBUG) && !defined(__SANITIZE_ADDRESS__)
#define MP_OBJ_POOL 1
#include <malloc.h>

#define POOL_GRAIN 16
#define POOL_CLASSES 33          /* blocks of up to 512 bytes */
#define POOL_MAX_BLOCKS 512      /* kept per class: the rest goes to free() */

typedef struct pool_block { struct pool_block *next; } pool_block;

static struct {
    pool_block *head;
    int count;
} pool[POOL_CLASSES];

static void *pool_calloc(size_t n)
{
    size_t c = (n + POOL_GRAIN - 1) / POOL_GRAIN;
    if (c < POOL_CLASSES && pool[c].head) {
        pool_block *b = pool[c].head;
        pool[c].head = b->next;
        pool[c].count--;
        memset(b, 0, n);
        return b;
    }
    return mp_calloc(1, n);
}

static void pool_free(void *p)
{
    size_t c = malloc_usable_size(p) / POOL_GRAIN;
    if (c < POOL_CLASSES && pool[c].count < POOL_MAX_BLOCKS) {
        pool_block *b = p;
        b->next = pool[c].head;
        pool[c].head = b;
        pool[c].count++;
        return;
    }
    mp_free(p);
}
#else
#define pool_calloc(n) mp_calloc(1, (n))
#define pool_free(p) mp_free(p)
#endif

static mp_obj alloc_bytes(mp_type *type, size_t size)
{
    mp_obj o;
    if (mp_type_is_gc(type)) {
        mp_gc_maybe_collect();
        mp_gc_head *g = pool_calloc(sizeof(mp_gc_head) + size);
        if (!g)
            return mp_err_no_memory();
        o = MP_GC_OBJ(g);
    } else {
        o = pool_calloc(size);
        if (!o)
            return mp_err_no_memory();
    }
    o->refcnt = 1;
    o->type = type;
    /* A heap type is kept alive by its instances. */
    if (type->flags & MP_TPFLAGS_HEAPTYPE)
        mp_incref((mp_obj)type);
#ifdef MP_DEBUG
    mp_debug_live_objects++;
#endif
    if (mp_type_is_gc(type))
        mp_gc_track(o);
    if (MP_TRACING(mp_trace_refcounts))
        mp_trace_object_created(o);
    /* tracemalloc counts what the object was given, header included. */
    if (MP_TRACING(mp_tracemalloc_tracing))
        mp_tracemalloc_track(o, size + (mp_type_is_gc(type) ? sizeof(mp_gc_head) : 0));
    return o;
}

mp_obj mp_obj_alloc(mp_type *type)
{
    return alloc_bytes(type, type->basicsize);
}

mp_obj mp_obj_alloc_var(mp_type *type, intptr_t n)
{
    if (n < 0 || (type->itemsize && (size_t)n > (SIZE_MAX - type->basicsize) / type->itemsize / 2))
        return mp_err_no_memory();
    mp_obj o = alloc_bytes(type, type->basicsize + (size_t)n * type->itemsize);
    if (o)
        ((mp_varobject *)o)->size = n;
    return o;
}

void mp_obj_free(mp_obj o)
{
    mp_type *type = o->type;
    /* The weak references to o die with it, and their callbacks run, for
     * the types whose dealloc has not cleared them already.  Untracked
     * first: a collection run by a callback must not see o. */
    if (type->weaklistoffset) {
        if (mp_type_is_gc(type) && mp_gc_is_tracked(o))
            mp_gc_untrack(o);
        mp_weakref_clear_refs(o);
    }
    if (MP_TRACING(mp_trace_refcounts))
        mp_trace_object_freed(o);
    if (MP_TRACING(mp_tracemalloc_tracing))
        mp_tracemalloc_untrack(o);
#ifdef MP_DEBUG
    mp_debug_live_objects--;
#endif
    if (mp_type_is_gc(type)) {
        if (mp_gc_is_tracked(o))
            mp_gc_untrack(o);
        pool_free(MP_GC_HEAD(o));
    } else {
        pool_free(o);
    }
    if (type->flags & MP_TPFLAGS_HEAPTYPE)
        mp_decref((mp_obj)type);
}

/* Called when a count reaches zero.  The type's dealloc drops what the
 * object owns and calls mp_obj_free.  __del__ (finalize) runs first, with
 * the object briefly alive again; if __del__ stored a new reference to it
 * somewhere, the object is resurrected and not freed. */
void mp_dealloc(mp_obj o)
{
    mp_type *type = o->type;
    if (type->finalize) {
        /* __del__ runs once per object (PEP 442): not again for an object
         * the collector has finalized, nor after a resurrection. */
        int gc = mp_obj_is_gc(o);
        if (!gc || !MP_GC_HEAD(o)->finalized) {
            if (gc)
                MP_GC_HEAD(o)->finalized = 1;
            o->refcnt = 1;
            type->finalize(o);
            if (--o->refcnt != 0)
                return;
        }
    }
    type->dealloc(o);
}

/* ---- repr and str ------------------------------------------------------------ */

mp_obj mp_obj_repr(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (!t->repr)
        return mp_str_from_format("<%s object at %p>", t->name, (void *)o);
    if (mp_enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    mp_obj r = t->repr(o);
    mp_leave_recursive_call();
    if (r && !mp_str_check(r)) {
        mp_err_format(&mp_type_TypeError, "__repr__ returned non-string (type %s)",
                      mp_type_of(r)->name);
        mp_decref(r);
        return NULL;
    }
    return r;
}

mp_obj mp_obj_str(mp_obj o)
{
    if (mp_str_check_exact(o))
        return mp_newref(o);
    mp_type *t = mp_type_of(o);
    if (!t->str)
        return mp_obj_repr(o);
    if (mp_enter_recursive_call(" while getting the str of an object") < 0)
        return NULL;
    mp_obj r = t->str(o);
    mp_leave_recursive_call();
    if (r && !mp_str_check(r)) {
        mp_err_format(&mp_type_TypeError, "__str__ returned non-string (type %s)",
                      mp_type_of(r)->name);
        mp_decref(r);
        return NULL;
    }
    return r;
}

/* ---- hashing and truth ----------------------------------------------------------- */

mp_hash_t mp_obj_hash_not_implemented(mp_obj o)
{
    mp_err_format(&mp_type_TypeError, "unhashable type: '%s'", mp_type_of(o)->name);
    return -1;
}

mp_hash_t mp_obj_hash(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t->hash)
        return t->hash(o);
    return mp_obj_hash_not_implemented(o);
}

int mp_obj_is_true(mp_obj o)
{
    if (o == mp_true)
        return 1;
    if (o == mp_false || o == mp_none)
        return 0;
    if (mp_is_small(o))
        return mp_small_value(o) != 0;
    mp_type *t = o->type;
    if (t->as_number && t->as_number->bool_)
        return t->as_number->bool_(o);
    if (t->as_mapping && t->as_mapping->length) {
        intptr_t n = t->as_mapping->length(o);
        return n < 0 ? -1 : n > 0;
    }
    if (t->as_sequence && t->as_sequence->length) {
        intptr_t n = t->as_sequence->length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int mp_obj_not(mp_obj o)
{
    int r = mp_obj_is_true(o);
    return r < 0 ? r : !r;
}

/* ---- rich comparison ------------------------------------------------------------- */

static const int swapped_op[] = {MP_GT, MP_GE, MP_EQ, MP_NE, MP_LT, MP_LE};
const char *const mp_compare_op_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};

static mp_obj do_richcompare(mp_obj a, mp_obj b, int op)
{
    mp_type *ta = mp_type_of(a), *tb = mp_type_of(b);
    int checked_reverse = 0;
    mp_obj r;
    /* A subclass that overrides the reflected comparison goes first. */
    if (ta != tb && mp_type_is_subtype(tb, ta) && tb->richcompare) {
        checked_reverse = 1;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != mp_notimplemented)
            return r;
        mp_decref(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != mp_notimplemented)
            return r;
        mp_decref(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != mp_notimplemented)
            return r;
        mp_decref(r);
    }
    /* Neither side knows: identity for == and !=, TypeError for order. */
    switch (op) {
    case MP_EQ: return mp_bool(a == b);
    case MP_NE: return mp_bool(a != b);
    default:
        return mp_err_format(&mp_type_TypeError,
                             "'%s' not supported between instances of '%s' and '%s'",
                             mp_compare_op_symbols[op], ta->name, tb->name);
    }
}

mp_obj mp_obj_richcompare(mp_obj a, mp_obj b, int op)
{
    if (mp_enter_recursive_call(" in comparison") < 0)
        return NULL;
    mp_obj r = do_richcompare(a, b, op);
    mp_leave_recursive_call();
    return r;
}

int mp_obj_richcompare_bool(mp_obj a, mp_obj b, int op)
{
    /* Identity implies equality, as CPython assumes for containers. */
    if (a == b) {
        if (op == MP_EQ)
            return 1;
        if (op == MP_NE)
            return 0;
    }
    mp_obj r = mp_obj_richcompare(a, b, op);
    if (!r)
        return -1;
    int ok = (r == mp_true) ? 1 : (r == mp_false) ? 0 : mp_obj_is_true(r);
    mp_decref(r);
    return ok;
}

/* ---- attributes ---------------------------------------------------------------- */

static mp_obj attr_error_message(mp_obj o, mp_obj name);

/* AttributeError with .name and .obj set, as CPython 3.11 sets them (its
 * "Did you mean" suggestions read them). */
mp_obj mp_err_no_attribute(mp_obj o, mp_obj name)
{
    attr_error_message(o, name);
    mp_obj exc = mp_ts()->curexc;
    if (exc && mp_type_of(exc) == &mp_type_AttributeError) {
        mp_exc_attribute *e = (mp_exc_attribute *)exc;
        MP_SETREF(e->name, mp_newref(name));
        MP_SETREF(e->obj, mp_newref(o));
    }
    return NULL;
}

static mp_obj attr_error_message(mp_obj o, mp_obj name)
{
    mp_type *t = mp_type_of(o);
    if (t->flags & MP_TPFLAGS_TYPE_SUBCLASS)
        return mp_err_format(&mp_type_AttributeError, "type object '%s' has no attribute '%U'",
                             ((mp_type *)o)->name, name);
    if (t == &mp_type_module) {
        mp_obj modname = mp_dict_getitem(((mp_module *)o)->dict, MP_NAME(__name__));
        if (modname && mp_str_check(modname))
            return mp_err_format(&mp_type_AttributeError, "module '%U' has no attribute '%U'",
                                 modname, name);
        return mp_err_format(&mp_type_AttributeError, "module has no attribute '%U'", name);
    }
    return mp_err_format(&mp_type_AttributeError, "'%s' object has no attribute '%U'",
                         t->name, name);
}

char *mp_obj_var_tail(mp_obj o)
{
    mp_type *t = o->type, *solid = t;
    while (solid->flags & MP_TPFLAGS_HEAPTYPE)
        solid = solid->base;
    /* str counts its items in code points but stores UTF-8 bytes; the
     * others store size * itemsize bytes. */
    size_t items = (t->flags & MP_TPFLAGS_STR_SUBCLASS)
                       ? ((mp_str *)o)->nbytes
                       : t->itemsize * (size_t)((mp_varobject *)o)->size;
    size_t end = solid->basicsize + items;
    end = (end + sizeof(mp_obj) - 1) & ~(sizeof(mp_obj) - 1);
    return (char *)o + end;
}

mp_obj *mp_obj_dict_ptr(mp_obj o)
{
    if (mp_is_small(o))
        return NULL;
    intptr_t off = o->type->dictoffset;
    if (off == 0)
        return NULL;
    return (mp_obj *)mp_obj_member_addr(o, off);
}

mp_obj mp_obj_generic_getattr(mp_obj o, mp_obj name)
{
    mp_type *t = mp_type_of(o);
    mp_obj descr = mp_type_lookup(t, name);
    mp_descrgetfunc get = NULL;
    if (descr) {
        mp_incref(descr);
        get = mp_type_of(descr)->descr_get;
        /* A data descriptor (one with __set__) wins over the instance dict. */
        if (get && mp_type_of(descr)->descr_set) {
            mp_obj r = get(descr, o, (mp_obj)t);
            mp_decref(descr);
            return r;
        }
    }
    mp_obj *dictp = mp_obj_dict_ptr(o);
    if (dictp && *dictp) {
        mp_obj v = mp_dict_getitem(*dictp, name);
        if (v) {
            mp_xdecref(descr);
            return mp_newref(v);
        }
        if (mp_err_occurred()) {
            mp_xdecref(descr);
            return NULL;
        }
    }
    if (get) {
        mp_obj r = get(descr, o, (mp_obj)t);
        mp_decref(descr);
        return r;
    }
    if (descr)
        return descr;
    return mp_err_no_attribute(o, name);
}

int mp_obj_generic_setattr(mp_obj o, mp_obj name, mp_obj value)
{
    mp_type *t = mp_type_of(o);
    mp_obj descr = mp_type_lookup(t, name);
    if (descr) {
        mp_descrsetfunc set = mp_type_of(descr)->descr_set;
        if (set) {
            mp_incref(descr);
            int r = set(descr, o, value);
            mp_decref(descr);
            return r;
        }
    }
    mp_obj *dictp = mp_obj_dict_ptr(o);
    if (!dictp) {
        if (descr)
            mp_err_format(&mp_type_AttributeError, "'%s' object attribute '%U' is read-only",
                          t->name, name);
        else
            mp_err_format(&mp_type_AttributeError, "'%s' object has no attribute '%U'",
                          t->name, name);
        return -1;
    }
    if (!value) {
        if (*dictp && mp_dict_pop(*dictp, name, NULL) == 1)
            return 0;
        if (!mp_err_occurred())
            mp_err_no_attribute(o, name);
        return -1;
    }
    if (!*dictp) {
        *dictp = mp_dict_new();
        if (!*dictp)
            return -1;
    }
    return mp_dict_setitem(*dictp, name, value);
}

mp_obj mp_obj_getattr(mp_obj o, mp_obj name)
{
    mp_type *t = mp_type_of(o);
    if (!mp_str_check(name))
        return mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                             mp_type_of(name)->name);
    if (t->getattro)
        return t->getattro(o, name);
    return mp_err_no_attribute(o, name);
}

mp_obj mp_obj_getattr_s(mp_obj o, const char *name)
{
    mp_obj n = mp_str_intern(name);
    return n ? mp_obj_getattr(o, n) : NULL;
}

int mp_obj_lookup_attr(mp_obj o, mp_obj name, mp_obj *result)
{
    *result = mp_obj_getattr(o, name);
    if (*result)
        return 1;
    if (mp_err_matches(&mp_type_AttributeError)) {
        mp_err_clear();
        return 0;
    }
    return -1;
}

int mp_obj_setattr(mp_obj o, mp_obj name, mp_obj value)
{
    mp_type *t = mp_type_of(o);
    if (!mp_str_check(name)) {
        mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                      mp_type_of(name)->name);
        return -1;
    }
    if (t->setattro)
        return t->setattro(o, name, value);
    if (t->getattro)
        mp_err_format(&mp_type_AttributeError,
                      "'%s' object has no attribute '%U'", t->name, name);
    else
        mp_err_format(&mp_type_TypeError, "'%s' object has no attributes (%s .%U)", t->name,
                      value ? "assign to" : "del", name);
    return -1;
}

int mp_obj_setattr_s(mp_obj o, const char *name, mp_obj value)
{
    mp_obj n = mp_str_intern(name);
    return n ? mp_obj_setattr(o, n, value) : -1;
}

int mp_obj_hasattr(mp_obj o, mp_obj name)
{
    mp_obj v;
    int r = mp_obj_lookup_attr(o, name, &v);
    if (r < 0) {
        mp_err_clear();
        return 0;
    }
    mp_xdecref(v);
    return r;
}

int mp_obj_get_method(mp_obj o, mp_obj name, mp_obj *method)
{
    mp_type *t = mp_type_of(o);
    /* Only the generic lookup can skip the bound method: a custom
     * __getattribute__ must see every access. */
    if (t->getattro != mp_obj_generic_getattr) {
        *method = mp_obj_getattr(o, name);
        return *method ? 0 : -1;
    }
    mp_obj descr = mp_type_lookup(t, name);
    int is_method = 0;
    if (descr) {
        mp_type *dt = mp_type_of(descr);
        if (dt->flags & MP_TPFLAGS_METHOD_DESCRIPTOR)
            is_method = 1;
        else if (dt->descr_get && dt->descr_set) {
            *method = dt->descr_get(descr, o, (mp_obj)t);
            return *method ? 0 : -1;
        }
    }
    mp_obj *dictp = mp_obj_dict_ptr(o);
    if (dictp && *dictp) {
        mp_obj v = mp_dict_getitem(*dictp, name);
        if (v) {
            *method = mp_newref(v);
            return 0;
        }
        if (mp_err_occurred())
            return -1;
    }
    if (is_method) {
        *method = mp_newref(descr);
        return 1;
    }
    if (descr) {
        mp_descrgetfunc get = mp_type_of(descr)->descr_get;
        *method = get ? get(descr, o, (mp_obj)t) : mp_newref(descr);
        return *method ? 0 : -1;
    }
    mp_err_no_attribute(o, name);
    *method = NULL;
    return -1;
}

/* ---- the singletons' types --------------------------------------------------------- */

static mp_obj none_repr(mp_obj o) { return mp_newref(mp_str_intern("None")); }
static mp_obj notimpl_repr(mp_obj o) { return mp_newref(mp_str_intern("NotImplemented")); }
static mp_obj ellipsis_repr(mp_obj o) { return mp_newref(mp_str_intern("Ellipsis")); }
static int none_bool(mp_obj o) { return 0; }
static void immortal_dealloc(mp_obj o)
{
    /* Unreachable: immortal counts never reach zero.  Restore, in case a
     * bug in reference counting got here, rather than free a static. */
    o->refcnt = MP_IMMORTAL_REFCNT;
}

static mp_hash_t identity_hash(mp_obj o)
{
    uintptr_t y = (uintptr_t)o;
    return (mp_hash_t)((y >> 4) | (y << (8 * sizeof(void *) - 4)));
}

static mp_obj singleton_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (nargs || (kwnames && MP_TUPLE_LEN(kwnames))) {
        return mp_err_format(&mp_type_TypeError, "%s takes no arguments", type->name);
    }
    if (type == &mp_type_none)
        return mp_newref(mp_none);
    if (type == &mp_type_notimplemented)
        return mp_newref(mp_notimplemented);
    return mp_newref(mp_ellipsis);
}

/* None | int is a union too. */
static mp_obj none_or(mp_obj a, mp_obj b) { return mp_union_new(a, b); }

static const mp_number_methods none_as_number = {.bool_ = none_bool, .or_ = none_or};

#define STATIC_TYPE_HEAD {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0}

mp_type mp_type_none = {
    .ob = STATIC_TYPE_HEAD,
    .name = "NoneType",
    .basicsize = sizeof(mp_object),
    .dealloc = immortal_dealloc,
    .repr = none_repr,
    .hash = identity_hash,
    .as_number = &none_as_number,
    .getattro = mp_obj_generic_getattr,
    .new_ = singleton_new,
};

mp_type mp_type_notimplemented = {
    .ob = STATIC_TYPE_HEAD,
    .name = "NotImplementedType",
    .basicsize = sizeof(mp_object),
    .dealloc = immortal_dealloc,
    .repr = notimpl_repr,
    .hash = identity_hash,
    .getattro = mp_obj_generic_getattr,
    .new_ = singleton_new,
};

mp_type mp_type_ellipsis = {
    .ob = STATIC_TYPE_HEAD,
    .name = "ellipsis",
    .basicsize = sizeof(mp_object),
    .dealloc = immortal_dealloc,
    .repr = ellipsis_repr,
    .hash = identity_hash,
    .getattro = mp_obj_generic_getattr,
    .new_ = singleton_new,
};

mp_object mp_none_struct = {MP_IMMORTAL_REFCNT, &mp_type_none};
mp_object mp_notimplemented_struct = {MP_IMMORTAL_REFCNT, &mp_type_notimplemented};
mp_object mp_ellipsis_struct = {MP_IMMORTAL_REFCNT, &mp_type_ellipsis};

mp_hash_t mp_obj_identity_hash(mp_obj o) { return identity_hash(o); }

/* Weak references: weakref.ref (and its callback), kept in a list on the
 * referent (at its type's weaklistoffset) and cleared, callbacks called,
 * when the referent dies. */
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/weakref.h"

/* A doubly linked list of the weak references to one object; the head is
 * stored in the object. */
static mp_weakref **list_head(mp_obj o)
{
    if (mp_is_small(o))
        return NULL;
    intptr_t off = o->type->weaklistoffset;
    if (!off)
        return NULL;
    return (mp_weakref **)mp_obj_member_addr(o, off); /* negative: after the items */
}

static void unlink_ref(mp_weakref *r)
{
    if (!r->object)
        return;
    mp_weakref **head = list_head(r->object);
    if (head && *head == r)
        *head = r->next;
    if (r->prev)
        r->prev->next = r->next;
    if (r->next)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->object = NULL;
}

mp_obj mp_weakref_get(mp_obj ref)
{
    mp_weakref *r = (mp_weakref *)ref;
    return r->object ? r->object : mp_none;
}

mp_obj mp_weakref_new(mp_type *type, mp_obj object, mp_obj callback)
{
    mp_weakref **head = list_head(object);
    if (!head)
        return mp_err_format(&mp_type_TypeError, "cannot create weak reference to '%s' object",
                             mp_type_of(object)->name);
    if (callback == mp_none)
        callback = NULL;
    /* Plain refs without a callback are shared, as in CPython. */
    if (!callback && type == &mp_type_weakref) {
        for (mp_weakref *r = *head; r; r = r->next)
            if (!r->callback && mp_type_of((mp_obj)r) == &mp_type_weakref)
                return mp_newref((mp_obj)r);
    }
    mp_weakref *r = (mp_weakref *)mp_obj_alloc(type);
    if (!r)
        return NULL;
    r->object = object;
    r->callback = callback ? mp_newref(callback) : NULL;
    r->hash = -1;
    r->next = *head;
    if (*head)
        (*head)->prev = r;
    *head = r;
    return (mp_obj)r;
}

mp_obj mp_weakref_first(mp_obj o)
{
    mp_weakref **head = list_head(o);
    if (!head || !*head)
        MP_RETURN_NONE;
    return mp_newref((mp_obj)*head);
}

/* Called as an object dies: every weak reference to it goes dead, then
 * the callbacks run, with the exceptions they raise reported. */
void mp_weakref_clear_refs(mp_obj o)
{
    mp_weakref **head = list_head(o);
    if (!head || !*head)
        return;
    mp_obj saved = mp_err_fetch();
    /* Keep the refs alive while calling back, and detach them all first. */
    intptr_t n = 0;
    for (mp_weakref *r = *head; r; r = r->next)
        n++;
    mp_weakref *refs[n > 0 ? n : 1];
    intptr_t k = 0;
    while (*head) {
        mp_weakref *r = *head;
        refs[k++] = r->callback && r->ob.refcnt > 0 ? (mp_weakref *)mp_newref((mp_obj)r) : NULL;
        unlink_ref(r);
    }
    for (intptr_t i = 0; i < k; i++) {
        mp_weakref *r = refs[i];
        if (!r)
            continue;
        mp_obj cb = r->callback;
        r->callback = NULL;
        mp_obj res = mp_call1(cb, (mp_obj)r);
        if (res)
            mp_decref(res);
        else
            mp_err_write_unraisable(cb);
        mp_decref(cb);
        mp_decref((mp_obj)r);
    }
    mp_err_restore(saved);
}

/* ---- the ref type ------------------------------------------------------------------------ */

static mp_obj ref_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_check_count("__new__", nargs, 1, 2) < 0)
        return NULL;
    return mp_weakref_new(type, args[0], nargs > 1 ? args[1] : NULL);
}

static int ref_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return 0;
}

static mp_obj ref_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("weakref", kwnames) < 0 || mp_arg_check_count("weakref", nargs, 0, 0) < 0)
        return NULL;
    return mp_newref(mp_weakref_get(self));
}

static void ref_dealloc(mp_obj self)
{
    mp_weakref *r = (mp_weakref *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    unlink_ref(r);
    MP_CLEAR(r->callback);
    mp_obj_free(self);
}

static int ref_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj cb = ((mp_weakref *)self)->callback;
    return cb && visit(cb, arg);
}

static int ref_clear(mp_obj self)
{
    mp_weakref *r = (mp_weakref *)self;
    unlink_ref(r);
    MP_CLEAR(r->callback);
    return 0;
}

static mp_hash_t ref_hash(mp_obj self)
{
    mp_weakref *r = (mp_weakref *)self;
    if (r->hash != -1)
        return r->hash;
    if (!r->object) {
        mp_err_set_str(&mp_type_TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = mp_obj_hash(r->object);
    return r->hash;
}

static mp_obj ref_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op != MP_EQ && op != MP_NE) || !mp_obj_type_check(b, &mp_type_weakref))
        MP_RETURN_NOTIMPLEMENTED;
    mp_weakref *x = (mp_weakref *)a, *y = (mp_weakref *)b;
    if (!x->object || !y->object) {
        int eq = a == b;
        return mp_bool(op == MP_EQ ? eq : !eq);
    }
    return mp_obj_richcompare(x->object, y->object, op);
}

static mp_obj ref_repr(mp_obj self)
{
    mp_weakref *r = (mp_weakref *)self;
    if (!r->object)
        return mp_str_from_format("<weakref at %p; dead>", (void *)self);
    return mp_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                              mp_type_of(r->object)->name, (void *)r->object);
}

static mp_obj ref_get_callback(mp_obj self, void *c)
{
    mp_obj cb = ((mp_weakref *)self)->callback;
    return mp_newref(cb ? cb : mp_none);
}

static const mp_getset_def ref_getsets[] = {
    {"__callback__", ref_get_callback, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_weakref = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(mp_weakref),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .dealloc = ref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .getattro = mp_obj_generic_getattr,
    .new_ = ref_new,
    .init = ref_init,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .getsets = ref_getsets,
};

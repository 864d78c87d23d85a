/* types.SimpleNamespace (namespace.h), as CPython's Objects/namespaceobject.c. */
#include <stddef.h>

#include "minipy/namespace.h"

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define NS(o) ((mp_namespace *)(o))

static mp_obj ns_alloc(mp_type *type)
{
    mp_obj self = mp_obj_alloc(type);
    if (!self)
        return NULL;
    if (!(NS(self)->dict = mp_dict_new())) {
        mp_decref(self);
        return NULL;
    }
    return self;
}

mp_obj mp_namespace_new(mp_obj kwds)
{
    mp_obj self = ns_alloc(&mp_type_namespace);
    if (self && kwds && mp_dict_update(NS(self)->dict, kwds) < 0)
        MP_CLEAR(self);
    return self;
}

static mp_obj ns_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return ns_alloc(type);
}

static int ns_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (nargs) {
        mp_err_set_str(&mp_type_TypeError, "no positional arguments expected");
        return -1;
    }
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++)
        if (mp_dict_setitem(NS(self)->dict, MP_TUPLE_GET(kwnames, i), args[i]) < 0)
            return -1;
    return 0;
}

static void ns_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    MP_CLEAR(NS(self)->dict);
    mp_obj_free(self);
}

static int ns_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return NS(self)->dict && visit(NS(self)->dict, arg);
}

static int ns_clear(mp_obj self)
{
    MP_CLEAR(NS(self)->dict);
    return 0;
}

/* namespace(a=1, b='x') for the exact type, Sub(a=1) for subclasses;
 * a namespace inside itself shows as namespace(...). */
static mp_obj ns_repr(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    const char *name = t == &mp_type_namespace ? "namespace" : t->name;
    int rec = mp_repr_enter(self);
    if (rec != 0)
        return rec < 0 ? NULL : mp_str_from_format("%s(...)", name);
    mp_buf b = MP_BUF_INIT;
    mp_buf_puts(&b, name);
    mp_buf_putc(&b, '(');
    intptr_t pos = 0;
    mp_obj k, v;
    int first = 1, ok = 1;
    mp_obj d = NS(self)->dict;
    mp_incref(d);
    while (ok && mp_dict_next(d, &pos, &k, &v)) {
        if (!mp_str_check(k))
            continue;
        mp_incref(v);
        mp_obj r = mp_obj_repr(v);
        mp_decref(v);
        if (!r) {
            ok = 0;
            break;
        }
        if (!first)
            mp_buf_append(&b, ", ", 2);
        first = 0;
        mp_buf_append(&b, mp_str_utf8(k), mp_str_nbytes(k));
        mp_buf_putc(&b, '=');
        mp_buf_append(&b, mp_str_utf8(r), mp_str_nbytes(r));
        mp_decref(r);
    }
    mp_decref(d);
    mp_repr_leave(self);
    if (!ok) {
        mp_buf_free(&b);
        return NULL;
    }
    mp_buf_putc(&b, ')');
    return mp_str_from_buf(&b);
}

static mp_obj ns_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op == MP_EQ || op == MP_NE) && mp_obj_type_check(a, &mp_type_namespace) &&
        mp_obj_type_check(b, &mp_type_namespace))
        return mp_obj_richcompare(NS(a)->dict, NS(b)->dict, op);
    MP_RETURN_NOTIMPLEMENTED;
}

/* (type, (), dict): copy and pickle rebuild it from its attributes. */
static mp_obj ns_reduce(mp_obj self)
{
    mp_obj empty = mp_tuple_new(0);
    if (!empty)
        return NULL;
    mp_obj r = mp_tuple_pack(3, (mp_obj)mp_type_of(self), empty, NS(self)->dict);
    mp_decref(empty);
    return r;
}

static const mp_method_def ns_methods[] = {
    {"__reduce__", (void (*)(void))ns_reduce, MP_METH_NOARGS, "Return state information for pickling"},
    {NULL},
};

static const mp_member_def ns_members[] = {
    {"__dict__", MP_MEMBER_OBJ, offsetof(mp_namespace, dict), 1, NULL},
    {NULL},
};

mp_type mp_type_namespace = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(mp_namespace),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .dealloc = ns_dealloc,
    .repr = ns_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = ns_richcompare,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .new_ = ns_new,
    .init = ns_init,
    .methods = ns_methods,
    .members = ns_members,
    .dictoffset = offsetof(mp_namespace, dict),
};

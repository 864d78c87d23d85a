/* Descriptors for C code: methods, class methods, members, getsets, slot
 * wrappers; the bound forms of slot wrappers; mappingproxy; and the
 * classmethod and staticmethod wrappers.  (CPython's Objects/descrobject.c
 * and the classmethod/staticmethod part of Objects/funcobject.c.) */
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/gc.h"
#include "minipy/genericalias.h"
#include "minipy/int.h"
#include "minipy/iter.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/opcodes.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/typeslots.h"

#define DESCR(o) ((mp_descr *)(o))

static mp_obj descr_new(mp_type *dtype, mp_type *owner, const char *name, const void *def)
{
    mp_descr *d = (mp_descr *)mp_obj_alloc(dtype);
    if (!d)
        return NULL;
    d->owner = (mp_type *)mp_newref((mp_obj)owner);
    d->name = mp_str_intern(name);
    if (!d->name) {
        mp_decref((mp_obj)d);
        return NULL;
    }
    d->def = def;
    return (mp_obj)d;
}

static void descr_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    mp_decref((mp_obj)DESCR(self)->owner);
    mp_obj_free(self);
}

/* A descriptor in a class's dict points back at the class: a cycle the
 * collector must see. */
static int descr_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return visit((mp_obj)DESCR(self)->owner, arg);
}

/* The check every descriptor makes before touching obj's C struct. */
static int descr_check(mp_obj self, mp_obj obj, const char *what)
{
    mp_descr *d = DESCR(self);
    if (mp_obj_type_check(obj, d->owner))
        return 0;
    mp_err_format(&mp_type_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                  d->name, d->owner->name, mp_type_of(obj)->name);
    (void)what;
    return -1;
}

static mp_obj descr_get_name(mp_obj self, void *c) { return mp_newref(DESCR(self)->name); }
static mp_obj descr_get_qualname(mp_obj self, void *c)
{
    mp_obj owner = mp_type_qualname(DESCR(self)->owner);
    if (!owner)
        return NULL;
    mp_obj r = mp_str_from_format("%U.%U", owner, DESCR(self)->name);
    mp_decref(owner);
    return r;
}
static mp_obj descr_get_objclass(mp_obj self, void *c)
{
    return mp_newref((mp_obj)DESCR(self)->owner);
}
static mp_obj method_get_doc(mp_obj self, void *c)
{
    const mp_method_def *def = DESCR(self)->def;
    if (!def->doc)
        MP_RETURN_NONE;
    return mp_str_from_cstr(def->doc);
}

static const mp_getset_def method_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL},
};

/* ---- method descriptors: list.append ------------------------------------------------ */

mp_obj mp_method_descr_new(mp_type *owner, const mp_method_def *def)
{
    return descr_new(&mp_type_method_descr, owner, def->name, def);
}

static mp_obj method_descr_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!obj)
        return mp_newref(self);
    if (descr_check(self, obj, "get") < 0)
        return NULL;
    return mp_builtin_func_new(DESCR(self)->def, obj, NULL);
}

/* list.append(lst, x): the first argument is self. */
static mp_obj method_descr_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_descr *d = DESCR(self);
    if (nargs < 1)
        return mp_err_format(&mp_type_TypeError,
                             "unbound method %s.%U() needs an argument", d->owner->name, d->name);
    if (descr_check(self, args[0], "call") < 0)
        return NULL;
    return mp_method_def_call(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static mp_obj method_descr_repr(mp_obj self)
{
    return mp_str_from_format("<method '%U' of '%s' objects>", DESCR(self)->name,
                              DESCR(self)->owner->name);
}

mp_type mp_type_method_descr = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "method_descriptor",
    .basicsize = sizeof(mp_descr),
    .flags = MP_TPFLAGS_METHOD_DESCRIPTOR | MP_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = method_descr_repr,
    .hash = mp_obj_identity_hash,
    .call = method_descr_call,
    .getattro = mp_obj_generic_getattr,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

/* ---- class method descriptors: dict.fromkeys ---------------------------------------- */

mp_obj mp_classmethod_descr_new(mp_type *owner, const mp_method_def *def)
{
    return descr_new(&mp_type_classmethod_descr, owner, def->name, def);
}

static mp_obj classmethod_descr_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!type)
        type = (mp_obj)mp_type_of(obj);
    return mp_builtin_func_new(DESCR(self)->def, type, NULL);
}

static mp_obj classmethod_descr_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_descr *d = DESCR(self);
    if (nargs < 1 || !(mp_type_of(args[0])->flags & MP_TPFLAGS_TYPE_SUBCLASS))
        return mp_err_format(&mp_type_TypeError,
                             "descriptor '%U' of '%s' object needs a type", d->name, d->owner->name);
    return mp_method_def_call(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static mp_obj classmethod_descr_repr(mp_obj self)
{
    return mp_str_from_format("<method '%U' of '%s' objects>", DESCR(self)->name,
                              DESCR(self)->owner->name);
}

mp_type mp_type_classmethod_descr = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(mp_descr),
    .flags = MP_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = classmethod_descr_repr,
    .hash = mp_obj_identity_hash,
    .call = classmethod_descr_call,
    .getattro = mp_obj_generic_getattr,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
};

/* ---- member descriptors ---------------------------------------------------------------- */

mp_obj mp_member_descr_new(mp_type *owner, const mp_member_def *def)
{
    return descr_new(&mp_type_member_descr, owner, def->name, def);
}

static mp_obj member_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!obj)
        return mp_newref(self);
    if (descr_check(self, obj, "get") < 0)
        return NULL;
    const mp_member_def *m = DESCR(self)->def;
    char *addr = mp_obj_member_addr(obj, (intptr_t)m->offset);
    switch (m->kind) {
    case MP_MEMBER_OBJ: {
        mp_obj v = *(mp_obj *)addr;
        return mp_newref(v ? v : mp_none);
    }
    case MP_MEMBER_OBJ_EX: {
        mp_obj v = *(mp_obj *)addr;
        if (!v)
            return mp_err_format(&mp_type_AttributeError, "'%s' object has no attribute '%s'",
                                 mp_type_of(obj)->name, m->name);
        return mp_newref(v);
    }
    case MP_MEMBER_INT: return mp_int_from_ssize(*(int *)addr);
    case MP_MEMBER_SSIZE: return mp_int_from_ssize(*(intptr_t *)addr);
    case MP_MEMBER_BOOL: return mp_bool(*(char *)addr);
    }
    return mp_err_set_str(&mp_type_SystemError, "bad member kind");
}

static int member_set(mp_obj self, mp_obj obj, mp_obj value)
{
    if (descr_check(self, obj, "set") < 0)
        return -1;
    const mp_member_def *m = DESCR(self)->def;
    if (m->readonly) {
        mp_err_set_str(&mp_type_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = mp_obj_member_addr(obj, (intptr_t)m->offset);
    switch (m->kind) {
    case MP_MEMBER_OBJ:
    case MP_MEMBER_OBJ_EX: {
        mp_obj *slot = (mp_obj *)addr;
        if (!value && m->kind == MP_MEMBER_OBJ_EX && !*slot) {
            /* 3.11 names only the attribute when deleting an unset slot. */
            mp_err_set_str(&mp_type_AttributeError, m->name);
            return -1;
        }
        mp_xincref(value);
        MP_SETREF(*slot, value);
        return 0;
    }
    default: {
        if (!value) {
            mp_err_set_str(&mp_type_TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        intptr_t v;
        if (mp_int_as_ssize(value, &v) < 0)
            return -1;
        if (m->kind == MP_MEMBER_INT)
            *(int *)addr = (int)v;
        else if (m->kind == MP_MEMBER_SSIZE)
            *(intptr_t *)addr = v;
        else
            *(char *)addr = v != 0;
        return 0;
    }
    }
}

static mp_obj member_repr(mp_obj self)
{
    return mp_str_from_format("<member '%U' of '%s' objects>", DESCR(self)->name,
                              DESCR(self)->owner->name);
}

static mp_obj member_get_doc(mp_obj self, void *c)
{
    const mp_member_def *m = DESCR(self)->def;
    return m->doc ? mp_str_from_cstr(m->doc) : mp_newref(mp_none);
}

static const mp_getset_def member_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_member_descr = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "member_descriptor",
    .basicsize = sizeof(mp_descr),
    .flags = MP_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = member_repr,
    .hash = mp_obj_identity_hash,
    .getattro = mp_obj_generic_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_descr_getsets,
};

/* ---- getset descriptors ----------------------------------------------------------------- */

mp_obj mp_getset_descr_new(mp_type *owner, const mp_getset_def *def)
{
    return descr_new(&mp_type_getset_descr, owner, def->name, def);
}

static mp_obj getset_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!obj)
        return mp_newref(self);
    if (descr_check(self, obj, "get") < 0)
        return NULL;
    const mp_getset_def *g = DESCR(self)->def;
    if (!g->get)
        return mp_err_format(&mp_type_AttributeError, "attribute '%U' of '%s' objects is not readable",
                             DESCR(self)->name, DESCR(self)->owner->name);
    return g->get(obj, g->closure);
}

static int getset_set(mp_obj self, mp_obj obj, mp_obj value)
{
    if (descr_check(self, obj, "set") < 0)
        return -1;
    const mp_getset_def *g = DESCR(self)->def;
    if (!g->set) {
        mp_err_format(&mp_type_AttributeError, "attribute '%U' of '%s' objects is not writable",
                      DESCR(self)->name, DESCR(self)->owner->name);
        return -1;
    }
    return g->set(obj, value, g->closure);
}

static mp_obj getset_repr(mp_obj self)
{
    return mp_str_from_format("<attribute '%U' of '%s' objects>", DESCR(self)->name,
                              DESCR(self)->owner->name);
}

static mp_obj getset_get_doc(mp_obj self, void *c)
{
    const mp_getset_def *g = DESCR(self)->def;
    return g->doc ? mp_str_from_cstr(g->doc) : mp_newref(mp_none);
}

static const mp_getset_def getset_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_getset_descr = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "getset_descriptor",
    .basicsize = sizeof(mp_descr),
    .flags = MP_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = getset_repr,
    .hash = mp_obj_identity_hash,
    .getattro = mp_obj_generic_getattr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = getset_descr_getsets,
};

/* ---- slot wrappers: int.__add__ --------------------------------------------------------- */

mp_obj mp_wrapper_descr_new(mp_type *owner, const mp_slotdef *slot, void *wrapped)
{
    mp_descr *d = (mp_descr *)descr_new(&mp_type_wrapper_descr, owner, slot->name, slot);
    if (d)
        d->wrapped = wrapped;
    return (mp_obj)d;
}

typedef struct {
    mp_object ob;
    mp_descr *descr;
    mp_obj self;
} method_wrapper;

static mp_obj wrapper_call_bound(mp_descr *d, mp_obj self, mp_obj const *args, size_t nargs,
                                 mp_obj kwnames)
{
    const mp_slotdef *s = d->def;
    if (!(s->flags & MP_SLOT_KEYWORDS) && mp_arg_no_kwargs(s->name, kwnames) < 0)
        return NULL;
    return s->wrapper(self, args, nargs, kwnames, d->wrapped);
}

static mp_obj wrapper_descr_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_descr *d = DESCR(self);
    if (nargs < 1)
        return mp_err_format(&mp_type_TypeError,
                             "descriptor '%U' of '%s' object needs an argument", d->name,
                             d->owner->name);
    if (descr_check(self, args[0], "call") < 0)
        return NULL;
    return wrapper_call_bound(d, args[0], args + 1, nargs - 1, kwnames);
}

static mp_obj wrapper_descr_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!obj)
        return mp_newref(self);
    if (descr_check(self, obj, "get") < 0)
        return NULL;
    method_wrapper *w = (method_wrapper *)mp_obj_alloc(&mp_type_method_wrapper);
    if (!w)
        return NULL;
    w->descr = (mp_descr *)mp_newref(self);
    w->self = mp_newref(obj);
    return (mp_obj)w;
}

static mp_obj wrapper_descr_repr(mp_obj self)
{
    return mp_str_from_format("<slot wrapper '%U' of '%s' objects>", DESCR(self)->name,
                              DESCR(self)->owner->name);
}

static mp_obj wrapper_get_doc(mp_obj self, void *c)
{
    const mp_slotdef *s = DESCR(self)->def;
    return s->doc ? mp_str_from_cstr(s->doc) : mp_newref(mp_none);
}

static const mp_getset_def wrapper_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_wrapper_descr = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(mp_descr),
    .flags = MP_TPFLAGS_METHOD_DESCRIPTOR | MP_TPFLAGS_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .repr = wrapper_descr_repr,
    .hash = mp_obj_identity_hash,
    .call = wrapper_descr_call,
    .getattro = mp_obj_generic_getattr,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_descr_getsets,
};

static void method_wrapper_dealloc(mp_obj self)
{
    method_wrapper *w = (method_wrapper *)self;
    mp_gc_untrack(self);
    mp_decref((mp_obj)w->descr);
    mp_decref(w->self);
    mp_obj_free(self);
}

static int method_wrapper_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    method_wrapper *w = (method_wrapper *)self;
    return visit((mp_obj)w->descr, arg) || visit(w->self, arg);
}

static mp_obj method_wrapper_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    method_wrapper *w = (method_wrapper *)self;
    return wrapper_call_bound(w->descr, w->self, args, nargs, kwnames);
}

static mp_obj method_wrapper_repr(mp_obj self)
{
    method_wrapper *w = (method_wrapper *)self;
    return mp_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->name,
                              mp_type_of(w->self)->name, (void *)w->self);
}

static mp_obj method_wrapper_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op != MP_EQ && op != MP_NE) || mp_type_of(b) != &mp_type_method_wrapper)
        MP_RETURN_NOTIMPLEMENTED;
    method_wrapper *x = (method_wrapper *)a, *y = (method_wrapper *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return mp_bool(op == MP_EQ ? eq : !eq);
}

static mp_obj mw_get_self(mp_obj self, void *c) { return mp_newref(((method_wrapper *)self)->self); }
static mp_obj mw_get_name(mp_obj self, void *c) { return mp_newref(((method_wrapper *)self)->descr->name); }

static const mp_getset_def method_wrapper_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_method_wrapper = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper),
    .flags = MP_TPFLAGS_GC,
    .dealloc = method_wrapper_dealloc,
    .traverse = method_wrapper_traverse,
    .repr = method_wrapper_repr,
    .hash = mp_obj_identity_hash,
    .richcompare = method_wrapper_richcompare,
    .call = method_wrapper_call,
    .getattro = mp_obj_generic_getattr,
    .getsets = method_wrapper_getsets,
};

/* ---- mappingproxy: a read-only view of a type's dict ---------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj mapping;
} mappingproxy;

mp_obj mp_mappingproxy_new(mp_obj mapping)
{
    mappingproxy *p = (mappingproxy *)mp_obj_alloc(&mp_type_mappingproxy);
    if (p)
        p->mapping = mp_newref(mapping);
    return (mp_obj)p;
}

static void mappingproxy_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    mp_decref(((mappingproxy *)self)->mapping);
    mp_obj_free(self);
}

static int mappingproxy_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return visit(((mappingproxy *)self)->mapping, arg);
}

static mp_obj mappingproxy_getitem(mp_obj self, mp_obj key)
{
    return mp_obj_getitem(((mappingproxy *)self)->mapping, key);
}

static intptr_t mappingproxy_len(mp_obj self)
{
    return mp_obj_len(((mappingproxy *)self)->mapping);
}

static int mappingproxy_contains(mp_obj self, mp_obj key)
{
    return mp_sequence_contains(((mappingproxy *)self)->mapping, key);
}

static mp_obj mappingproxy_iter(mp_obj self)
{
    return mp_obj_getiter(((mappingproxy *)self)->mapping);
}

static mp_obj mappingproxy_repr(mp_obj self)
{
    return mp_str_from_format("mappingproxy(%R)", ((mappingproxy *)self)->mapping);
}

static mp_obj mappingproxy_str(mp_obj self)
{
    return mp_obj_str(((mappingproxy *)self)->mapping);
}

static mp_obj proxy_forward(mp_obj self, const char *name, mp_obj const *args, size_t nargs)
{
    return mp_call_method(((mappingproxy *)self)->mapping, name, args, nargs);
}

static mp_obj mappingproxy_keys(mp_obj self) { return proxy_forward(self, "keys", NULL, 0); }
static mp_obj mappingproxy_values(mp_obj self) { return proxy_forward(self, "values", NULL, 0); }
static mp_obj mappingproxy_items(mp_obj self) { return proxy_forward(self, "items", NULL, 0); }
static mp_obj mappingproxy_copy(mp_obj self) { return proxy_forward(self, "copy", NULL, 0); }
static mp_obj mappingproxy_get(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("get", nargs, 1, 2) < 0)
        return NULL;
    return proxy_forward(self, "get", args, nargs);
}

static mp_obj mappingproxy_reversed(mp_obj self)
{
    return mp_call1((mp_obj)&mp_type_reversed, ((mappingproxy *)self)->mapping);
}

/* mappingproxy(mapping): any mapping but a list or a tuple. */
static mp_obj mappingproxy_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"mapping", NULL};
    mp_obj mapping;
    if (mp_arg_parse(args, nargs, kwnames, "mappingproxy", kwlist, 1, 1, &mapping) < 0)
        return NULL;
    mp_type *mt = mp_type_of(mapping);
    if (!mt->as_mapping || !mt->as_mapping->subscript || mp_list_check(mapping) ||
        mp_tuple_check(mapping))
        return mp_err_format(&mp_type_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             mt->name);
    return mp_mappingproxy_new(mapping);
}

static mp_obj mappingproxy_richcompare(mp_obj self, mp_obj other, int op)
{
    return mp_obj_richcompare(((mappingproxy *)self)->mapping, other, op);
}

/* proxy | other is a new dict (the proxied mapping's copy, updated). */
static mp_obj mappingproxy_or(mp_obj a, mp_obj b)
{
    if (mp_type_of(a) == &mp_type_mappingproxy)
        a = ((mappingproxy *)a)->mapping;
    if (mp_type_of(b) == &mp_type_mappingproxy)
        b = ((mappingproxy *)b)->mapping;
    return mp_number_binary_op(a, b, MP_NB_OR);
}

static const mp_number_methods mappingproxy_as_number = {.or_ = mappingproxy_or};

static const mp_method_def mappingproxy_methods[] = {
    {"__reversed__", (void (*)(void))mappingproxy_reversed, MP_METH_NOARGS, NULL},
    {"keys", (void (*)(void))mappingproxy_keys, MP_METH_NOARGS, NULL},
    {"values", (void (*)(void))mappingproxy_values, MP_METH_NOARGS, NULL},
    {"items", (void (*)(void))mappingproxy_items, MP_METH_NOARGS, NULL},
    {"copy", (void (*)(void))mappingproxy_copy, MP_METH_NOARGS, NULL},
    {"get", (void (*)(void))mappingproxy_get, MP_METH_FASTCALL, NULL},
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

static const mp_mapping_methods mappingproxy_as_mapping = {
    .length = mappingproxy_len,
    .subscript = mappingproxy_getitem,
};

static const mp_sequence_methods mappingproxy_as_sequence = {
    .contains = mappingproxy_contains,
};

mp_type mp_type_mappingproxy = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_MAPPING,
    .dealloc = mappingproxy_dealloc,
    .traverse = mappingproxy_traverse,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .getattro = mp_obj_generic_getattr,
    .iter = mappingproxy_iter,
    .richcompare = mappingproxy_richcompare,
    .new_ = mappingproxy_new,
    .as_mapping = &mappingproxy_as_mapping,
    .as_sequence = &mappingproxy_as_sequence,
    .as_number = &mappingproxy_as_number,
    .methods = mappingproxy_methods,
};

/* ---- classmethod and staticmethod ------------------------------------------------------------ */

static mp_obj wrapper_new(mp_type *type, mp_obj callable)
{
    mp_static_wrapper *w = (mp_static_wrapper *)mp_obj_alloc(type);
    if (w)
        w->callable = mp_newref(callable);
    return (mp_obj)w;
}

mp_obj mp_staticmethod_new(mp_obj callable) { return wrapper_new(&mp_type_staticmethod, callable); }
mp_obj mp_classmethod_new(mp_obj callable) { return wrapper_new(&mp_type_classmethod, callable); }

static mp_obj sw_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs(type->name, kwnames) < 0 ||
        mp_arg_check_count(type->name, nargs, 1, 1) < 0)
        return NULL;
    return wrapper_new(type, args[0]);
}

/* classmethod(f) and staticmethod(f) take f's __module__, __name__,
 * __qualname__, __doc__ and __annotations__ into their own __dict__, as
 * functools.wraps would (CPython 3.10+'s cm_init/sm_init); the wrappers C
 * makes for __new__ and the like are bare. */
static int sw_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const copied[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__", NULL};
    mp_static_wrapper *w = (mp_static_wrapper *)self;
    if (mp_arg_no_kwargs(mp_type_of(self)->name, kwnames) < 0 ||
        mp_arg_check_count(mp_type_of(self)->name, nargs, 1, 1) < 0)
        return -1;
    MP_SETREF(w->callable, mp_newref(args[0]));
    for (int i = 0; copied[i]; i++) {
        mp_obj name = mp_str_intern(copied[i]), value;
        int found = mp_obj_lookup_attr(w->callable, name, &value);
        if (found < 0)
            return -1;
        if (!found)
            continue;
        int r = mp_obj_setattr(self, name, value);
        mp_decref(value);
        if (r < 0)
            return -1;
    }
    return 0;
}

static void sw_dealloc(mp_obj self)
{
    mp_static_wrapper *w = (mp_static_wrapper *)self;
    mp_gc_untrack(self);
    MP_CLEAR(w->callable);
    MP_CLEAR(w->dict);
    mp_obj_free(self);
}

static int sw_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_static_wrapper *w = (mp_static_wrapper *)self;
    if (w->callable && visit(w->callable, arg))
        return 1;
    return w->dict && visit(w->dict, arg);
}

static int sw_clear(mp_obj self)
{
    mp_static_wrapper *w = (mp_static_wrapper *)self;
    MP_CLEAR(w->callable);
    MP_CLEAR(w->dict);
    return 0;
}

static mp_obj staticmethod_get(mp_obj self, mp_obj obj, mp_obj type)
{
    return mp_newref(((mp_static_wrapper *)self)->callable);
}

static mp_obj staticmethod_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_call(((mp_static_wrapper *)self)->callable, args, nargs, kwnames);
}

static mp_obj classmethod_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!type)
        type = (mp_obj)mp_type_of(obj);
    mp_obj c = ((mp_static_wrapper *)self)->callable;
    /* classmethod(property(...)) and the like chain through __get__. */
    mp_descrgetfunc get = mp_type_of(c)->descr_get;
    if (get && mp_type_of(c) != &mp_type_function)
        return get(c, type, type);
    return mp_method_new(c, type);
}

static mp_obj sw_get_func(mp_obj self, void *c)
{
    return mp_newref(((mp_static_wrapper *)self)->callable);
}

static mp_obj sw_get_isabstract(mp_obj self, void *c)
{
    mp_obj r;
    int found = mp_obj_lookup_attr(((mp_static_wrapper *)self)->callable,
                                   MP_NAME(__isabstractmethod__), &r);
    if (found <= 0)
        return found < 0 ? NULL : mp_bool(0);
    return r;
}

static mp_obj sw_repr(mp_obj self)
{
    return mp_str_from_format("<%s(%R)>", mp_type_of(self)->name,
                              ((mp_static_wrapper *)self)->callable);
}

/* The wrapper's own attributes (functools.wraps copies into them). */
static mp_obj sw_get_dict(mp_obj self, void *c)
{
    mp_obj *dictp = mp_obj_dict_ptr(self);
    if (!*dictp && !(*dictp = mp_dict_new()))
        return NULL;
    return mp_newref(*dictp);
}

static int sw_set_dict(mp_obj self, mp_obj value, void *c)
{
    if (!value) {
        mp_err_set_str(&mp_type_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!mp_dict_check(value)) {
        mp_err_format(&mp_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      mp_type_of(value)->name);
        return -1;
    }
    MP_SETREF(*mp_obj_dict_ptr(self), mp_newref(value));
    return 0;
}

static const mp_getset_def sw_getsets[] = {
    {"__dict__", sw_get_dict, sw_set_dict, NULL, NULL},
    {"__func__", sw_get_func, NULL, NULL, NULL},
    {"__wrapped__", sw_get_func, NULL, NULL, NULL},
    {"__isabstractmethod__", sw_get_isabstract, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_staticmethod = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "staticmethod",
    .basicsize = sizeof(mp_static_wrapper),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .dealloc = sw_dealloc,
    .repr = sw_repr,
    .call = staticmethod_call,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .descr_get = staticmethod_get,
    .new_ = sw_new,
    .init = sw_init,
    .traverse = sw_traverse,
    .clear = sw_clear,
    .getsets = sw_getsets,
    .dictoffset = offsetof(mp_static_wrapper, dict),
};

mp_type mp_type_classmethod = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "classmethod",
    .basicsize = sizeof(mp_static_wrapper),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .dealloc = sw_dealloc,
    .repr = sw_repr,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .descr_get = classmethod_get,
    .new_ = sw_new,
    .init = sw_init,
    .traverse = sw_traverse,
    .clear = sw_clear,
    .getsets = sw_getsets,
    .dictoffset = offsetof(mp_static_wrapper, dict),
};

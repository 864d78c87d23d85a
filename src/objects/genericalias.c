/* types.GenericAlias: list[int], dict[str, int], type[int] (PEP 585).
 * A thin record of the origin class and its arguments: it prints as
 * written, calls the origin, hands other attributes over to the origin,
 * stands for the origin among a class statement's bases, and substitutes
 * its type parameters when subscripted.  (CPython's
 * Objects/genericaliasobject.c.) */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/genericalias.h"
#include "minipy/gc.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/union.h"
#include "minipy/weakref.h"

#define GA(o) ((mp_genericalias *)(o))

static mp_obj ga_make(mp_type *type, mp_obj origin, mp_obj args, int starred)
{
    mp_obj tuple = mp_tuple_check(args) ? mp_newref(args) : mp_tuple_pack(1, args);
    if (!tuple)
        return NULL;
    mp_genericalias *ga = (mp_genericalias *)mp_obj_alloc(type);
    if (!ga) {
        mp_decref(tuple);
        return NULL;
    }
    ga->origin = mp_newref(origin);
    ga->args = tuple;
    ga->starred = starred;
    return (mp_obj)ga;
}

mp_obj mp_genericalias_new(mp_obj origin, mp_obj args)
{
    return ga_make(&mp_type_genericalias, origin, args, 0);
}

mp_obj mp_genericalias_class_getitem(mp_obj cls, mp_obj key)
{
    return mp_genericalias_new(cls, key);
}

static mp_obj ga_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("GenericAlias", kwnames) < 0 ||
        mp_arg_check_count("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return ga_make(type, args[0], args[1], 0);
}

static void ga_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    if (GA(self)->weakreflist)
        mp_weakref_clear_refs(self);
    MP_CLEAR(GA(self)->origin);
    MP_CLEAR(GA(self)->args);
    MP_CLEAR(GA(self)->parameters);
    mp_obj_free(self);
}

static int ga_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj fields[] = {GA(self)->origin, GA(self)->args, GA(self)->parameters};
    for (size_t i = 0; i < 3; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    return 0;
}

static int ga_clear(mp_obj self)
{
    MP_CLEAR(GA(self)->origin);
    MP_CLEAR(GA(self)->args);
    MP_CLEAR(GA(self)->parameters);
    return 0;
}

/* ---- repr: list[int], dict[str, list[int]], tuple[()], Callable[[int], str] ---- */

/* One argument: a class as module.qualname (no module for builtins),
 * anything alias-like or class-less by its repr, ... for Ellipsis. */
static int repr_item(mp_buf *b, mp_obj p)
{
    if (p == mp_ellipsis) {
        mp_buf_puts(b, "...");
        return 0;
    }
    mp_obj tmp, qualname = NULL, module = NULL, r = NULL;
    int found = mp_obj_lookup_attr(p, mp_str_intern("__origin__"), &tmp);
    if (found < 0)
        return -1;
    if (found) {
        mp_decref(tmp);
        found = mp_obj_lookup_attr(p, mp_str_intern("__args__"), &tmp);
        if (found < 0)
            return -1;
        if (found) {
            mp_decref(tmp);
            goto use_repr;
        }
    }
    if (mp_obj_lookup_attr(p, MP_NAME(__qualname__), &qualname) < 0)
        return -1;
    if (!qualname)
        goto use_repr;
    if (mp_obj_lookup_attr(p, MP_NAME(__module__), &module) < 0) {
        mp_decref(qualname);
        return -1;
    }
    if (!module || module == mp_none)
        goto use_repr;
    if (mp_str_check(module) && mp_str_eq_cstr(module, "builtins"))
        r = mp_obj_str(qualname);
    else
        r = mp_str_from_format("%S.%S", module, qualname);
    goto done;
use_repr:
    r = mp_obj_repr(p);
done:
    mp_xdecref(qualname);
    mp_xdecref(module);
    if (!r)
        return -1;
    mp_buf_append(b, mp_str_utf8(r), mp_str_nbytes(r));
    mp_decref(r);
    return 0;
}

/* A list argument (Callable's parameters) prints as [a, b]. */
static int repr_items(mp_buf *b, intptr_t n, mp_obj const *items)
{
    for (intptr_t i = 0; i < n; i++) {
        if (i)
            mp_buf_puts(b, ", ");
        mp_obj p = items[i];
        if (mp_list_check(p)) {
            mp_buf_putc(b, '[');
            if (repr_items(b, MP_LIST_LEN(p), ((mp_list *)p)->items) < 0)
                return -1;
            mp_buf_putc(b, ']');
        } else if (repr_item(b, p) < 0) {
            return -1;
        }
    }
    return 0;
}

static mp_obj ga_repr(mp_obj self)
{
    mp_genericalias *ga = GA(self);
    mp_buf b = MP_BUF_INIT;
    if (ga->starred)
        mp_buf_putc(&b, '*');
    if (repr_item(&b, ga->origin) < 0)
        goto fail;
    mp_buf_putc(&b, '[');
    intptr_t n = MP_TUPLE_LEN(ga->args);
    if (n == 0)
        mp_buf_puts(&b, "()");
    else if (repr_items(&b, n, MP_TUPLE_ITEMS(ga->args)) < 0)
        goto fail;
    mp_buf_putc(&b, ']');
    return mp_str_from_buf(&b);
fail:
    mp_buf_free(&b);
    return NULL;
}

/* ---- __parameters__ and substitution -------------------------------------------- */

static int add_unique(mp_obj list, mp_obj item)
{
    for (intptr_t i = 0; i < MP_LIST_LEN(list); i++)
        if (MP_LIST_GET(list, i) == item)
            return 0;
    return mp_list_append(list, item);
}

/* The type variables among args, in order, each once: the arguments with
 * __typing_subst__, and the __parameters__ of the others (not of classes).
 * types.UnionType (union.c) shares it. */
mp_obj mp_genericalias_make_parameters(mp_obj args)
{
    mp_obj params = mp_list_new(0);
    if (!params)
        return NULL;
    mp_obj subst_name = mp_str_intern("__typing_subst__");
    mp_obj params_name = mp_str_intern("__parameters__");
    for (intptr_t i = 0; i < MP_TUPLE_LEN(args); i++) {
        mp_obj t = MP_TUPLE_GET(args, i), found;
        if (mp_type_of(t)->flags & MP_TPFLAGS_TYPE_SUBCLASS)
            continue;
        int r = mp_obj_lookup_attr(t, subst_name, &found);
        if (r < 0)
            goto fail;
        if (r) {
            mp_decref(found);
            if (add_unique(params, t) < 0)
                goto fail;
            continue;
        }
        r = mp_obj_lookup_attr(t, params_name, &found);
        if (r < 0)
            goto fail;
        if (r && mp_tuple_check(found)) {
            for (intptr_t j = 0; j < MP_TUPLE_LEN(found); j++)
                if (add_unique(params, MP_TUPLE_GET(found, j)) < 0) {
                    mp_decref(found);
                    goto fail;
                }
        }
        if (r)
            mp_decref(found);
    }
    mp_obj tuple = mp_list_as_tuple(params);
    mp_decref(params);
    return tuple;
fail:
    mp_decref(params);
    return NULL;
}

static mp_obj ga_parameters(mp_obj self)
{
    mp_genericalias *ga = GA(self);
    if (!ga->parameters && !(ga->parameters = mp_genericalias_make_parameters(ga->args)))
        return NULL;
    return ga->parameters;
}

static intptr_t param_index(mp_obj params, mp_obj p)
{
    for (intptr_t i = 0; i < MP_TUPLE_LEN(params); i++)
        if (MP_TUPLE_GET(params, i) == p)
            return i;
    return -1;
}

/* One argument with the parameters replaced by the items given for them. */
static mp_obj subs_arg(mp_obj arg, mp_obj params, mp_obj const *items)
{
    if (mp_type_of(arg)->flags & MP_TPFLAGS_TYPE_SUBCLASS)
        return mp_newref(arg);
    mp_obj subst;
    int r = mp_obj_lookup_attr(arg, mp_str_intern("__typing_subst__"), &subst);
    if (r < 0)
        return NULL;
    if (r) {
        intptr_t i = param_index(params, arg);
        mp_obj v = i >= 0 ? mp_call1(subst, items[i]) : mp_newref(arg);
        mp_decref(subst);
        return v;
    }
    mp_obj sub;
    r = mp_obj_lookup_attr(arg, mp_str_intern("__parameters__"), &sub);
    if (r < 0)
        return NULL;
    if (!r || !mp_tuple_check(sub) || MP_TUPLE_LEN(sub) == 0) {
        mp_xdecref(sub);
        return mp_newref(arg);
    }
    intptr_t n = MP_TUPLE_LEN(sub);
    mp_obj subargs = mp_tuple_new(n);
    if (!subargs) {
        mp_decref(sub);
        return NULL;
    }
    for (intptr_t j = 0; j < n; j++) {
        intptr_t i = param_index(params, MP_TUPLE_GET(sub, j));
        MP_TUPLE_ITEMS(subargs)[j] = mp_newref(i >= 0 ? items[i] : MP_TUPLE_GET(sub, j));
    }
    mp_decref(sub);
    mp_obj key = n == 1 ? mp_newref(MP_TUPLE_GET(subargs, 0)) : mp_newref(subargs);
    mp_decref(subargs);
    mp_obj v = mp_obj_getitem(arg, key);
    mp_decref(key);
    return v;
}

mp_obj mp_genericalias_subs_parameters(mp_obj self, mp_obj args, mp_obj params, mp_obj item)
{
    intptr_t nparams = MP_TUPLE_LEN(params);
    if (nparams == 0)
        return mp_err_format(&mp_type_TypeError, "%R is not a generic class", self);
    mp_obj items = mp_tuple_check(item) ? mp_newref(item) : mp_tuple_pack(1, item);
    if (!items)
        return NULL;
    intptr_t nitems = MP_TUPLE_LEN(items);
    if (nitems != nparams) {
        mp_decref(items);
        return mp_err_format(&mp_type_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                             nitems > nparams ? "many" : "few", self, nitems, nparams);
    }
    intptr_t n = MP_TUPLE_LEN(args);
    mp_obj newargs = mp_tuple_new(n);
    if (!newargs) {
        mp_decref(items);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        mp_obj v = subs_arg(MP_TUPLE_GET(args, i), params, MP_TUPLE_ITEMS(items));
        if (!v) {
            mp_decref(items);
            mp_decref(newargs);
            return NULL;
        }
        MP_TUPLE_ITEMS(newargs)[i] = v;
    }
    mp_decref(items);
    return newargs;
}

static mp_obj ga_getitem(mp_obj self, mp_obj item)
{
    mp_genericalias *ga = GA(self);
    mp_obj params = ga_parameters(self);
    if (!params)
        return NULL;
    mp_obj newargs = mp_genericalias_subs_parameters(self, ga->args, params, item);
    if (!newargs)
        return NULL;
    mp_obj r = ga_make(mp_type_of(self), ga->origin, newargs, ga->starred);
    mp_decref(newargs);
    return r;
}

/* ---- attributes: most are the origin's ------------------------------------------ */

static const char *const attr_exceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static mp_obj ga_getattro(mp_obj self, mp_obj name)
{
    if (mp_str_check(name)) {
        const char *s = mp_str_utf8(name);
        const char *const *p = attr_exceptions;
        while (*p && strcmp(*p, s) != 0)
            p++;
        if (!*p)
            return mp_obj_getattr(GA(self)->origin, name);
    }
    return mp_obj_generic_getattr(self, name);
}

static mp_obj ga_dir(mp_obj self)
{
    mp_obj dir = mp_obj_dir(GA(self)->origin);
    if (!dir)
        return NULL;
    for (const char *const *p = attr_exceptions; *p; p++) {
        mp_obj name = mp_str_intern(*p);
        int has = mp_sequence_contains(dir, name);
        if (has < 0 || (!has && mp_list_append(dir, name) < 0)) {
            mp_decref(dir);
            return NULL;
        }
    }
    return dir;
}

static mp_obj ga_get_parameters(mp_obj self, void *c)
{
    mp_obj p = ga_parameters(self);
    return p ? mp_newref(p) : NULL;
}

static mp_obj ga_get_unpacked_tuple_args(mp_obj self, void *c)
{
    mp_genericalias *ga = GA(self);
    if (ga->starred && ga->origin == (mp_obj)&mp_type_tuple)
        return mp_newref(ga->args);
    MP_RETURN_NONE;
}

static mp_obj ga_get_unpacked(mp_obj self, void *c)
{
    return mp_newref(GA(self)->starred ? mp_true : mp_false);
}

/* ---- behaviour -------------------------------------------------------------------- */

/* list[int](x) is list(x), remembering the alias where it can. */
static mp_obj ga_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj obj = mp_call(GA(self)->origin, args, nargs, kwnames);
    if (obj && mp_obj_setattr(obj, mp_str_intern("__orig_class__"), self) < 0) {
        if (!mp_err_matches(&mp_type_AttributeError) && !mp_err_matches(&mp_type_TypeError)) {
            mp_decref(obj);
            return NULL;
        }
        mp_err_clear();
    }
    return obj;
}

static mp_obj ga_richcompare(mp_obj a, mp_obj b, int op)
{
    if (mp_type_of(a) != &mp_type_genericalias || mp_type_of(b) != &mp_type_genericalias ||
        (op != MP_EQ && op != MP_NE))
        MP_RETURN_NOTIMPLEMENTED;
    int eq = GA(a)->starred == GA(b)->starred;
    if (eq) {
        eq = mp_obj_richcompare_bool(GA(a)->origin, GA(b)->origin, MP_EQ);
        if (eq < 0)
            return NULL;
    }
    if (eq) {
        eq = mp_obj_richcompare_bool(GA(a)->args, GA(b)->args, MP_EQ);
        if (eq < 0)
            return NULL;
    }
    return mp_newref((op == MP_EQ) == (eq != 0) ? mp_true : mp_false);
}

static mp_hash_t ga_hash(mp_obj self)
{
    mp_hash_t h0 = mp_obj_hash(GA(self)->origin);
    if (h0 == -1)
        return -1;
    mp_hash_t h1 = mp_obj_hash(GA(self)->args);
    if (h1 == -1)
        return -1;
    mp_hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* *tuple[int, ...] in a subscript: iterating gives the starred alias. */
static mp_obj ga_iter(mp_obj self)
{
    mp_obj starred = ga_make(mp_type_of(self), GA(self)->origin, GA(self)->args, 1);
    if (!starred)
        return NULL;
    mp_obj one = mp_tuple_pack(1, starred);
    mp_decref(starred);
    if (!one)
        return NULL;
    mp_obj it = mp_obj_getiter(one);
    mp_decref(one);
    return it;
}

static mp_obj ga_or(mp_obj a, mp_obj b) { return mp_union_new(a, b); }

static mp_obj ga_mro_entries(mp_obj self, mp_obj bases)
{
    return mp_tuple_pack(1, GA(self)->origin);
}

static mp_obj ga_instancecheck(mp_obj self, mp_obj obj)
{
    return mp_err_set_str(&mp_type_TypeError,
                          "isinstance() argument 2 cannot be a parameterized generic");
}

static mp_obj ga_subclasscheck(mp_obj self, mp_obj obj)
{
    return mp_err_set_str(&mp_type_TypeError,
                          "issubclass() argument 2 cannot be a parameterized generic");
}

static mp_obj ga_reduce(mp_obj self)
{
    mp_obj inner = mp_tuple_pack(2, GA(self)->origin, GA(self)->args);
    if (!inner)
        return NULL;
    mp_obj r = mp_tuple_pack(2, (mp_obj)mp_type_of(self), inner);
    mp_decref(inner);
    return r;
}

static const mp_method_def ga_methods[] = {
    {"__mro_entries__", (void (*)(void))ga_mro_entries, MP_METH_O, NULL},
    {"__instancecheck__", (void (*)(void))ga_instancecheck, MP_METH_O, NULL},
    {"__subclasscheck__", (void (*)(void))ga_subclasscheck, MP_METH_O, NULL},
    {"__reduce__", (void (*)(void))ga_reduce, MP_METH_NOARGS, NULL},
    {"__dir__", (void (*)(void))ga_dir, MP_METH_NOARGS, NULL},
    {NULL},
};

static const mp_member_def ga_members[] = {
    {"__origin__", MP_MEMBER_OBJ, offsetof(mp_genericalias, origin), 1, NULL},
    {"__args__", MP_MEMBER_OBJ, offsetof(mp_genericalias, args), 1, NULL},
    {NULL},
};

static const mp_getset_def ga_getsets[] = {
    {"__parameters__", ga_get_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args, NULL, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL, NULL},
    {NULL},
};

static const mp_mapping_methods ga_as_mapping = {.subscript = ga_getitem};
static const mp_number_methods ga_as_number = {.or_ = ga_or};

mp_type mp_type_genericalias = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "types.GenericAlias",
    .basicsize = sizeof(mp_genericalias),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .clear = ga_clear,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattro = ga_getattro,
    .call = ga_call,
    .iter = ga_iter,
    .new_ = ga_new,
    .as_mapping = &ga_as_mapping,
    .as_number = &ga_as_number,
    .methods = ga_methods,
    .members = ga_members,
    .getsets = ga_getsets,
    .weaklistoffset = offsetof(mp_genericalias, weakreflist),
};

/* types.UnionType: what `int | str` makes, which isinstance() and
 * issubclass() accept in place of a tuple (PEP 604). */
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/descr.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/genericalias.h"
#include "minipy/list.h"
#include "minipy/opcodes.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/union.h"

static int is_unionable(mp_obj o)
{
    return o == mp_none || (mp_type_of(o)->flags & MP_TPFLAGS_TYPE_SUBCLASS) ||
           mp_type_of(o) == &mp_type_union || mp_type_of(o) == &mp_type_genericalias;
}

/* Adds o's members (flattening unions, None as NoneType) without repeats. */
static int add_args(mp_obj list, mp_obj o)
{
    if (mp_type_of(o) == &mp_type_union) {
        mp_obj args = ((mp_union *)o)->args;
        for (intptr_t i = 0; i < MP_TUPLE_LEN(args); i++)
            if (add_args(list, MP_TUPLE_GET(args, i)) < 0)
                return -1;
        return 0;
    }
    if (o == mp_none)
        o = (mp_obj)&mp_type_none;
    /* Two generic aliases are the same member when equal (list[int] twice),
     * any other two only when identical, as in CPython. */
    int is_ga = mp_type_of(o) == &mp_type_genericalias;
    for (intptr_t i = 0; i < MP_LIST_LEN(list); i++) {
        mp_obj m = MP_LIST_GET(list, i);
        if (m == o)
            return 0;
        if (is_ga && mp_type_of(m) == &mp_type_genericalias) {
            int eq = mp_obj_richcompare_bool(m, o, MP_EQ);
            if (eq)
                return eq < 0 ? -1 : 0;
        }
    }
    return mp_list_append(list, o);
}

mp_obj mp_union_new(mp_obj a, mp_obj b)
{
    if (!is_unionable(a) || !is_unionable(b))
        MP_RETURN_NOTIMPLEMENTED;
    mp_obj list = mp_list_new(0);
    if (!list || add_args(list, a) < 0 || add_args(list, b) < 0) {
        mp_xdecref(list);
        return NULL;
    }
    if (MP_LIST_LEN(list) == 1) {
        mp_obj only = mp_newref(MP_LIST_GET(list, 0));
        mp_decref(list);
        return only;
    }
    mp_union *u = (mp_union *)mp_obj_alloc(&mp_type_union);
    if (u)
        u->args = mp_list_as_tuple(list);
    mp_decref(list);
    if (u && !u->args)
        MP_CLEAR(u);
    return (mp_obj)u;
}

static mp_obj union_or(mp_obj a, mp_obj b) { return mp_union_new(a, b); }

static mp_obj union_repr(mp_obj self)
{
    mp_obj args = ((mp_union *)self)->args;
    mp_buf b = MP_BUF_INIT;
    for (intptr_t i = 0; i < MP_TUPLE_LEN(args); i++) {
        mp_obj t = MP_TUPLE_GET(args, i);
        if (i)
            mp_buf_puts(&b, " | ");
        if (t == (mp_obj)&mp_type_none) {
            mp_buf_puts(&b, "None");
            continue;
        }
        if (mp_type_of(t) == &mp_type_genericalias) {
            mp_obj r = mp_obj_repr(t);
            if (!r) {
                mp_buf_free(&b);
                return NULL;
            }
            mp_buf_append(&b, mp_str_utf8(r), mp_str_nbytes(r));
            mp_decref(r);
            continue;
        }
        mp_obj mod = mp_type_module_name((mp_type *)t), qual = mp_type_qualname((mp_type *)t);
        if (!mod || !qual) {
            mp_xdecref(mod);
            mp_xdecref(qual);
            mp_buf_free(&b);
            return NULL;
        }
        if (!mp_str_eq_cstr(mod, "builtins"))
            mp_buf_printf(&b, "%s.", mp_str_utf8(mod));
        mp_buf_puts(&b, mp_str_utf8(qual));
        mp_decref(mod);
        mp_decref(qual);
    }
    return mp_str_from_buf(&b);
}

static mp_obj union_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op != MP_EQ && op != MP_NE) || mp_type_of(b) != &mp_type_union)
        MP_RETURN_NOTIMPLEMENTED;
    mp_obj x = mp_frozenset_new(((mp_union *)a)->args);
    mp_obj y = x ? mp_frozenset_new(((mp_union *)b)->args) : NULL;
    mp_obj r = y ? mp_obj_richcompare(x, y, op) : NULL;
    mp_xdecref(x);
    mp_xdecref(y);
    return r;
}

static mp_hash_t union_hash(mp_obj self)
{
    mp_obj fs = mp_frozenset_new(((mp_union *)self)->args);
    if (!fs)
        return -1;
    mp_hash_t h = mp_obj_hash(fs);
    mp_decref(fs);
    return h;
}

/* The type variables in the members (list[T] | None has T): borrowed. */
static mp_obj union_parameters(mp_obj self)
{
    mp_union *u = (mp_union *)self;
    if (!u->parameters)
        u->parameters = mp_genericalias_make_parameters(u->args);
    return u->parameters;
}

static mp_obj union_get_parameters(mp_obj self, void *c)
{
    mp_obj p = union_parameters(self);
    return p ? mp_newref(p) : NULL;
}

/* (list[T] | None)[int]: the members with the parameters substituted,
 * joined again with | (so the result may be a single type, or whatever
 * the members' own | makes, as in CPython). */
static mp_obj union_getitem(mp_obj self, mp_obj item)
{
    mp_obj params = union_parameters(self);
    if (!params)
        return NULL;
    mp_obj newargs = mp_genericalias_subs_parameters(self, ((mp_union *)self)->args, params, item);
    if (!newargs)
        return NULL;
    /* A union has at least two members, so newargs is never empty. */
    mp_obj res = mp_newref(MP_TUPLE_GET(newargs, 0));
    for (intptr_t i = 1; res && i < MP_TUPLE_LEN(newargs); i++)
        MP_SETREF(res, mp_number_binary_op(res, MP_TUPLE_GET(newargs, i), MP_NB_OR));
    mp_decref(newargs);
    return res;
}

static void union_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    MP_CLEAR(((mp_union *)self)->args);
    MP_CLEAR(((mp_union *)self)->parameters);
    mp_obj_free(self);
}

static int union_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_union *u = (mp_union *)self;
    int r = u->args ? visit(u->args, arg) : 0;
    if (!r && u->parameters)
        r = visit(u->parameters, arg);
    return r;
}

static const mp_member_def union_members[] = {
    {"__args__", MP_MEMBER_OBJ, offsetof(mp_union, args), 1, NULL},
    {NULL},
};

static const mp_getset_def union_getsets[] = {
    {"__parameters__", union_get_parameters, NULL, "Type variables in the types.UnionType.", NULL},
    {NULL},
};

static const mp_number_methods union_as_number = {.or_ = union_or};
static const mp_mapping_methods union_as_mapping = {.subscript = union_getitem};

mp_type mp_type_union = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "types.UnionType",
    .basicsize = sizeof(mp_union),
    .flags = MP_TPFLAGS_GC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattro = mp_obj_generic_getattr,
    .traverse = union_traverse,
    .as_number = &union_as_number,
    .as_mapping = &union_as_mapping,
    .members = union_members,
    .getsets = union_getsets,
};

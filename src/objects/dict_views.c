/* The dict views: dict_keys, dict_values and dict_items, live views on a
 * dict, with the set operations of keys and items views.
 * (The views part of CPython's Objects/dictobject.c.) */
#include "minipy/abstract.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

typedef struct {
    mp_object ob;
    mp_obj dict;
} dict_view;

#define VIEW_DICT(o) (((dict_view *)(o))->dict)

static mp_obj view_new(mp_type *t, mp_obj d)
{
    dict_view *v = (dict_view *)mp_obj_alloc(t);
    if (!v)
        return NULL;
    v->dict = mp_newref(d);
    return (mp_obj)v;
}

mp_obj mp_dict_keys_view(mp_obj d) { return view_new(&mp_type_dict_keys, d); }
mp_obj mp_dict_values_view(mp_obj d) { return view_new(&mp_type_dict_values, d); }
mp_obj mp_dict_items_view(mp_obj d) { return view_new(&mp_type_dict_items, d); }

static void view_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_decref(VIEW_DICT(self));
    mp_obj_free(self);
}

static int view_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return visit(VIEW_DICT(self), arg);
}

static intptr_t view_len(mp_obj self) { return MP_DICT_LEN(VIEW_DICT(self)); }

static int is_setlike_view(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t == &mp_type_dict_keys || t == &mp_type_dict_items;
}

static int view_kind(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    return t == &mp_type_dict_keys ? MP_DICT_ITER_KEYS
         : t == &mp_type_dict_values ? MP_DICT_ITER_VALUES : MP_DICT_ITER_ITEMS;
}

static mp_obj view_iter(mp_obj self) { return mp_dict_iter_new(VIEW_DICT(self), view_kind(self), 0); }

static mp_obj view_reversed(mp_obj self)
{
    return mp_dict_iter_new(VIEW_DICT(self), view_kind(self), 1);
}

/* dict_keys(['a', 'b']) */
static mp_obj view_repr(mp_obj self)
{
    int rec = mp_repr_enter(self);
    if (rec != 0)
        return rec < 0 ? NULL : mp_str_new("...", 3);
    mp_obj seq = mp_sequence_list(self);
    mp_obj r = seq ? mp_str_from_format("%s(%R)", mp_type_of(self)->name, seq) : NULL;
    mp_xdecref(seq);
    mp_repr_leave(self);
    return r;
}

static int keys_contains(mp_obj self, mp_obj key) { return mp_dict_contains(VIEW_DICT(self), key); }

static int items_contains(mp_obj self, mp_obj item)
{
    if (!mp_tuple_check(item) || MP_TUPLE_LEN(item) != 2)
        return 0;
    mp_obj v = mp_dict_getitem(VIEW_DICT(self), MP_TUPLE_GET(item, 0));
    if (!v)
        return mp_err_occurred() ? -1 : 0;
    mp_incref(v);
    int r = mp_obj_richcompare_bool(v, MP_TUPLE_GET(item, 1), MP_EQ);
    mp_decref(v);
    return r;
}

static mp_obj view_mapping(mp_obj self, void *c) { return mp_mappingproxy_new(VIEW_DICT(self)); }

/* ---- set operations ------------------------------------------------------------------- */

/* Every item of a is in b: 1, 0, -1. */
static int all_contained_in(mp_obj a, mp_obj b)
{
    mp_obj it = mp_obj_getiter(a);
    if (!it)
        return -1;
    int ok = 1;
    mp_obj x;
    while ((x = mp_iter_next(it))) {
        ok = mp_sequence_contains(b, x);
        mp_decref(x);
        if (ok <= 0)
            break;
    }
    mp_decref(it);
    if (ok > 0 && mp_err_occurred())
        return -1;
    return ok;
}

static mp_obj view_richcompare(mp_obj self, mp_obj other, int op)
{
    if (!mp_set_check(other) && !is_setlike_view(other))
        MP_RETURN_NOTIMPLEMENTED;
    intptr_t ls = mp_obj_len(self), lo = mp_obj_len(other);
    if (ls < 0 || lo < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case MP_NE:
    case MP_EQ:
        if (ls == lo)
            ok = all_contained_in(self, other);
        if (op == MP_NE && ok >= 0)
            ok = !ok;
        break;
    case MP_LT: if (ls < lo) ok = all_contained_in(self, other); break;
    case MP_LE: if (ls <= lo) ok = all_contained_in(self, other); break;
    case MP_GT: if (ls > lo) ok = all_contained_in(other, self); break;
    case MP_GE: if (ls >= lo) ok = all_contained_in(other, self); break;
    }
    return ok < 0 ? NULL : mp_bool(ok);
}

/* A new set of the view's items (a keys view of a plain dict is read
 * straight from the dict). */
static mp_obj to_set(mp_obj self)
{
    mp_obj src = self;
    if (mp_type_of(self) == &mp_type_dict_keys && mp_type_of(VIEW_DICT(self)) == &mp_type_dict)
        src = VIEW_DICT(self);
    return mp_set_new(src);
}

static mp_obj call_on_set(mp_obj self, const char *method, mp_obj other)
{
    mp_obj r = to_set(self);
    if (!r)
        return NULL;
    mp_obj t = mp_call_method(r, method, &other, 1);
    if (!t) {
        mp_decref(r);
        return NULL;
    }
    mp_decref(t);
    return r;
}

static mp_obj views_sub(mp_obj a, mp_obj b) { return call_on_set(a, "difference_update", b); }
static mp_obj views_xor(mp_obj a, mp_obj b) { return call_on_set(a, "symmetric_difference_update", b); }

static mp_obj views_or(mp_obj a, mp_obj b)
{
    mp_obj r = to_set(a);
    if (r && mp_set_update(r, b) < 0) {
        mp_decref(r);
        return NULL;
    }
    return r;
}

static mp_obj views_and(mp_obj self, mp_obj other)
{
    /* The interpreter swaps the operands when the view is on the right. */
    if (!is_setlike_view(self)) {
        mp_obj t = other;
        other = self;
        self = t;
    }
    intptr_t ls = view_len(self);
    if (mp_type_of(other) == &mp_type_set) {
        intptr_t lo = mp_obj_len(other);
        if (lo < 0)
            return NULL;
        if (ls <= lo)
            return mp_call_method(other, "intersection", &self, 1);
    }
    if (is_setlike_view(other) && view_len(other) > ls) {
        mp_obj t = other;
        other = self;
        self = t;
    }
    mp_obj result = mp_set_new(NULL);
    if (!result)
        return NULL;
    mp_obj it = mp_obj_getiter(other);
    if (!it) {
        mp_decref(result);
        return NULL;
    }
    int (*contains)(mp_obj, mp_obj) =
        mp_type_of(self) == &mp_type_dict_keys ? keys_contains : items_contains;
    mp_obj key;
    while ((key = mp_iter_next(it))) {
        int rv = contains(self, key);
        if (rv > 0)
            rv = mp_set_add(result, key);
        mp_decref(key);
        if (rv < 0)
            break;
    }
    mp_decref(it);
    if (mp_err_occurred()) {
        mp_decref(result);
        return NULL;
    }
    return result;
}

static mp_obj view_isdisjoint(mp_obj self, mp_obj other)
{
    mp_obj it;
    if (other == self)
        return mp_bool(view_len(self) == 0);
    /* Iterate over the shorter object when both have a length. */
    if (mp_set_check(other) || is_setlike_view(other)) {
        intptr_t lo = mp_obj_len(other);
        if (lo < 0)
            return NULL;
        if (lo > view_len(self)) {
            mp_obj t = self;
            self = other;
            other = t;
        }
    }
    it = mp_obj_getiter(other);
    if (!it)
        return NULL;
    mp_obj x;
    int found = 0;
    while ((x = mp_iter_next(it))) {
        found = mp_sequence_contains(self, x);
        mp_decref(x);
        if (found != 0)
            break;
    }
    mp_decref(it);
    if (found < 0 || (found == 0 && mp_err_occurred()))
        return NULL;
    return mp_bool(!found);
}

/* ---- the types ------------------------------------------------------------------------------ */

static const mp_number_methods setview_as_number = {
    .subtract = views_sub,
    .and_ = views_and,
    .xor_ = views_xor,
    .or_ = views_or,
};

static const mp_sequence_methods keys_as_sequence = {
    .length = view_len,
    .contains = keys_contains,
};

static const mp_sequence_methods items_as_sequence = {
    .length = view_len,
    .contains = items_contains,
};

static const mp_sequence_methods values_as_sequence = {
    .length = view_len,
};

static const mp_method_def setview_methods[] = {
    {"isdisjoint", (void (*)(void))view_isdisjoint, MP_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", (void (*)(void))view_reversed, MP_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL},
};

static const mp_method_def values_methods[] = {
    {"__reversed__", (void (*)(void))view_reversed, MP_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL},
};

static const mp_getset_def view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL},
};

mp_type mp_type_dict_keys = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "dict_keys",
    .basicsize = sizeof(dict_view),
    .flags = MP_TPFLAGS_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = view_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = view_iter,
    .traverse = view_traverse,
    .as_number = &setview_as_number,
    .as_sequence = &keys_as_sequence,
    .methods = setview_methods,
    .getsets = view_getsets,
};

mp_type mp_type_dict_items = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "dict_items",
    .basicsize = sizeof(dict_view),
    .flags = MP_TPFLAGS_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = view_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = view_iter,
    .traverse = view_traverse,
    .as_number = &setview_as_number,
    .as_sequence = &items_as_sequence,
    .methods = setview_methods,
    .getsets = view_getsets,
};

mp_type mp_type_dict_values = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "dict_values",
    .basicsize = sizeof(dict_view),
    .flags = MP_TPFLAGS_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .getattro = mp_obj_generic_getattr,
    .iter = view_iter,
    .traverse = view_traverse,
    .as_sequence = &values_as_sequence,
    .methods = values_methods,
    .getsets = view_getsets,
};

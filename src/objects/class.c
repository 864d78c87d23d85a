/* Classes: type.__new__ making a heap type from a class statement (or a
 * call of type(name, bases, ns)), the layout and life of its instances,
 * and builtins.__build_class__.  (The heap-type part of CPython's
 * Objects/typeobject.c and Python/bltinmodule.c's builtin___build_class__.) */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/gc.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/typeslots.h"

/* ---- instances of classes ------------------------------------------------------------ */

/* The solid base: the nearest static type (whose C struct instances use). */
static mp_type *solid_base(mp_type *t)
{
    while (t->flags & MP_TPFLAGS_HEAPTYPE)
        t = t->base;
    return t;
}

/* The __slots__ members a class and its bases add, visited in turn. */
static void visit_slots(mp_obj self, void (*fn)(mp_obj *slot, void *), void *arg)
{
    for (mp_type *t = mp_type_of(self); t->flags & MP_TPFLAGS_HEAPTYPE; t = t->base) {
        for (const mp_member_def *m = t->members; m && m->name; m++)
            if (m->kind == MP_MEMBER_OBJ_EX)
                fn((mp_obj *)mp_obj_member_addr(self, (intptr_t)m->offset), arg);
    }
}

static void clear_slot(mp_obj *slot, void *arg) { MP_CLEAR(*slot); }

typedef struct {
    mp_visitproc visit;
    void *arg;
    int stop;
} visit_args;

static void visit_slot(mp_obj *slot, void *a)
{
    visit_args *va = a;
    if (!va->stop && *slot && va->visit(*slot, va->arg))
        va->stop = 1;
}

/* Instance dealloc for classes: drop the dict, the slots and the weak
 * references the class added, then let the solid base free the rest. */
static void subtype_dealloc(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    mp_type *base = solid_base(t);
    mp_obj *dictp = mp_obj_dict_ptr(self);
    if (t->weaklistoffset && t->weaklistoffset != base->weaklistoffset)
        mp_weakref_clear_refs(self);
    visit_slots(self, clear_slot, NULL);
    if (dictp && (!base->dictoffset || t->dictoffset != base->dictoffset))
        MP_CLEAR(*dictp);
    /* The base's dealloc frees the memory (and drops the class). */
    base->dealloc(self);
}

static int subtype_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_type *t = mp_type_of(self);
    mp_type *base = solid_base(t);
    visit_args va = {visit, arg, 0};
    visit_slots(self, visit_slot, &va);
    if (va.stop)
        return 1;
    mp_obj *dictp = mp_obj_dict_ptr(self);
    if (dictp && *dictp && (!base->dictoffset || t->dictoffset != base->dictoffset) &&
        visit(*dictp, arg))
        return 1;
    /* The class itself is a reference the instance holds. */
    if (visit((mp_obj)t, arg))
        return 1;
    return base->traverse ? base->traverse(self, visit, arg) : 0;
}

static int subtype_clear(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    mp_type *base = solid_base(t);
    visit_slots(self, clear_slot, NULL);
    mp_obj *dictp = mp_obj_dict_ptr(self);
    if (dictp && (!base->dictoffset || t->dictoffset != base->dictoffset))
        MP_CLEAR(*dictp);
    return base->clear ? base->clear(self) : 0;
}

static mp_obj subtype_get_dict(mp_obj self, void *c)
{
    mp_obj *dictp = mp_obj_dict_ptr(self);
    if (!dictp)
        return mp_err_set_str(&mp_type_AttributeError, "This object has no __dict__");
    if (!*dictp && !(*dictp = mp_dict_new()))
        return NULL;
    return mp_newref(*dictp);
}

static int subtype_set_dict(mp_obj self, mp_obj value, void *c)
{
    mp_obj *dictp = mp_obj_dict_ptr(self);
    if (!dictp) {
        mp_err_set_str(&mp_type_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value && !mp_dict_check(value)) {
        mp_err_format(&mp_type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      mp_type_of(value)->name);
        return -1;
    }
    mp_xincref(value);
    MP_SETREF(*dictp, value);
    return 0;
}

static mp_obj subtype_get_weakref(mp_obj self, void *c)
{
    return mp_weakref_first(self);
}

static const mp_getset_def subtype_getsets_dict_weak[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables", NULL},
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object", NULL},
    {NULL},
};
static const mp_getset_def subtype_getsets_dict[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables", NULL},
    {NULL},
};
static const mp_getset_def subtype_getsets_weak[] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object", NULL},
    {NULL},
};

/* ---- type.__new__ ------------------------------------------------------------------------ */

/* The metaclass to use: the most derived of meta and the bases' types. */
static mp_type *calculate_metaclass(mp_type *meta, mp_obj bases)
{
    mp_type *winner = meta;
    for (intptr_t i = 0; i < MP_TUPLE_LEN(bases); i++) {
        mp_type *bt = mp_type_of(MP_TUPLE_GET(bases, i));
        if (mp_type_is_subtype(winner, bt))
            continue;
        if (mp_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        mp_err_set_str(&mp_type_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                       "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Whether two solid bases' layouts are compatible (one extends the other). */
static mp_type *best_base(mp_obj bases)
{
    mp_type *best = NULL, *best_solid = NULL;
    for (intptr_t i = 0; i < MP_TUPLE_LEN(bases); i++) {
        mp_obj b = MP_TUPLE_GET(bases, i);
        if (!(mp_type_of(b)->flags & MP_TPFLAGS_TYPE_SUBCLASS)) {
            mp_err_set_str(&mp_type_TypeError, "bases must be types");
            return NULL;
        }
        mp_type *bt = (mp_type *)b;
        if (!(bt->flags & MP_TPFLAGS_BASETYPE)) {
            mp_err_format(&mp_type_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        mp_type *s = solid_base(bt);
        if (!best) {
            best = bt;
            best_solid = s;
        } else if (mp_type_is_subtype(best_solid, s)) {
            /* keep best */
        } else if (mp_type_is_subtype(s, best_solid)) {
            best = bt;
            best_solid = s;
        } else {
            mp_err_set_str(&mp_type_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* Checks and mangles __slots__ names; returns a new list or NULL. */
static mp_obj slot_names(mp_obj slots, mp_obj classname, int *has_dict, int *has_weak)
{
    mp_obj seq = mp_str_check(slots) ? mp_tuple_pack(1, slots) : mp_sequence_tuple(slots);
    if (!seq)
        return NULL;
    mp_obj out = mp_list_new(0);
    if (!out) {
        mp_decref(seq);
        return NULL;
    }
    for (intptr_t i = 0; i < MP_TUPLE_LEN(seq); i++) {
        mp_obj n = MP_TUPLE_GET(seq, i);
        if (!mp_str_check(n)) {
            mp_err_format(&mp_type_TypeError, "__slots__ items must be strings, not '%s'",
                          mp_type_of(n)->name);
            goto fail;
        }
        if (mp_str_eq_cstr(n, "__dict__")) {
            if (*has_dict) {
                mp_err_set_str(&mp_type_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *has_dict = 1;
            continue;
        }
        if (mp_str_eq_cstr(n, "__weakref__")) {
            if (*has_weak) {
                mp_err_set_str(&mp_type_TypeError, "__weakref__ slot disallowed: we already got one");
                goto fail;
            }
            *has_weak = 1;
            continue;
        }
        mp_obj m = mp_mangle_name(classname, n);
        if (!m || mp_list_append(out, m) < 0) {
            mp_xdecref(m);
            goto fail;
        }
        mp_decref(m);
    }
    mp_decref(seq);
    if (mp_list_sort(out, NULL, 0) < 0) {
        mp_decref(out);
        return NULL;
    }
    return out;
fail:
    mp_decref(seq);
    mp_decref(out);
    return NULL;
}

/* Calls __set_name__ on the namespace's values, then the parent's
 * __init_subclass__ with the class statement's keywords. */
static int finish_class(mp_type *t, mp_obj const *kwvalues, mp_obj kwnames)
{
    mp_obj items = mp_dict_items(t->dict);
    if (!items)
        return -1;
    for (intptr_t i = 0; i < MP_LIST_LEN(items); i++) {
        mp_obj pair = MP_LIST_GET(items, i);
        mp_obj name = MP_TUPLE_GET(pair, 0), value = MP_TUPLE_GET(pair, 1);
        mp_obj set_name = mp_type_lookup(mp_type_of(value), MP_NAME(__set_name__));
        if (!set_name)
            continue;
        mp_obj args[2] = {(mp_obj)t, name};
        mp_obj r = mp_call_method(value, "__set_name__", args, 2);
        if (!r) {
            /* 3.11 wraps the error in a RuntimeError saying which
             * __set_name__ failed (3.12 adds a note instead). */
            mp_obj cause = mp_err_fetch();
            mp_err_format(&mp_type_RuntimeError,
                          "Error calling __set_name__ on '%s' instance %R in '%s'",
                          mp_type_of(value)->name, name, t->name);
            mp_obj exc = mp_err_fetch();
            if (exc && cause && mp_exc_check(exc)) {
                mp_exc_set_context(exc, mp_newref(cause));
                mp_exc_set_cause(exc, cause);
            }
            else
                mp_xdecref(cause);
            mp_err_restore(exc);
            mp_decref(items);
            return -1;
        }
        mp_decref(r);
    }
    mp_decref(items);
    /* super(t, t).__init_subclass__(**kwds) */
    mp_obj sup = mp_super_new(t, (mp_obj)t);
    if (!sup)
        return -1;
    mp_obj init_sub = mp_obj_getattr(sup, MP_NAME(__init_subclass__));
    mp_decref(sup);
    if (!init_sub)
        return -1;
    mp_obj r = mp_call(init_sub, kwvalues, 0, kwnames);
    mp_decref(init_sub);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

mp_obj mp_class_new(mp_type *meta, mp_obj name, mp_obj bases, mp_obj ns,
                    mp_obj const *kwvalues, mp_obj kwnames)
{
    if (!mp_str_check(name))
        return mp_err_format(&mp_type_TypeError, "type.__new__() argument 1 must be str, not %s",
                             mp_type_of(name)->name);
    if (!mp_tuple_check(bases))
        return mp_err_format(&mp_type_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             mp_type_of(bases)->name);
    if (!mp_dict_check(ns))
        return mp_err_format(&mp_type_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             mp_type_of(ns)->name);
    /* type() itself does not resolve __mro_entries__ (only the class
     * statement and types.new_class do): CPython refuses such a base. */
    for (intptr_t i = 0; i < MP_TUPLE_LEN(bases); i++) {
        mp_obj b = MP_TUPLE_GET(bases, i);
        if (mp_type_of(b)->flags & MP_TPFLAGS_TYPE_SUBCLASS)
            continue;
        mp_obj meth = NULL;
        int found = mp_obj_lookup_attr(b, MP_NAME(__mro_entries__), &meth);
        if (found < 0)
            return NULL;
        if (meth) {
            mp_decref(meth);
            return mp_err_set_str(&mp_type_TypeError,
                                  "type() doesn't support MRO entry resolution; "
                                  "use types.new_class()");
        }
    }
    mp_type *winner = calculate_metaclass(meta, bases);
    if (!winner)
        return NULL;
    if (winner != meta && winner->new_ != meta->new_) {
        size_t nkw = kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0;
        mp_obj *stack = mp_malloc(sizeof(mp_obj) * (3 + nkw));
        if (!stack)
            return mp_err_no_memory();
        stack[0] = name;
        stack[1] = bases;
        stack[2] = ns;
        for (size_t i = 0; i < nkw; i++)
            stack[3 + i] = kwvalues[i];
        mp_obj r = winner->new_(winner, stack, 3, kwnames);
        mp_free(stack);
        return r;
    }
    meta = winner;
    mp_obj real_bases = MP_TUPLE_LEN(bases) ? mp_newref(bases)
                                            : mp_tuple_pack(1, (mp_obj)&mp_type_object);
    if (!real_bases)
        return NULL;
    mp_type *base = best_base(real_bases);
    if (!base) {
        mp_decref(real_bases);
        return NULL;
    }
    mp_obj dict = mp_dict_copy(ns);
    if (!dict) {
        mp_decref(real_bases);
        return NULL;
    }
    /* __slots__ decides the instance layout. */
    mp_obj slots = mp_dict_getitem(dict, MP_NAME(__slots__));
    mp_obj slotlist = NULL;
    int add_dict = 0, add_weak = 0;
    /* Whether CPython's base is variable-size: int is (not here), str is
     * not (it is here); the rules below follow CPython's. */
    int var_base = (base->itemsize != 0 && !(base->flags & MP_TPFLAGS_STR_SUBCLASS)) ||
                   (base->flags & MP_TPFLAGS_INT_SUBCLASS);
    /* Classes keep their namespace in mp_type.dict (CPython's type has a
     * tp_dictoffset): a metaclass adds no __dict__ of its own. */
    int may_add_dict = base->dictoffset == 0 && !(base->flags & MP_TPFLAGS_TYPE_SUBCLASS),
        may_add_weak = base->weaklistoffset == 0 && !var_base;
    if (slots) {
        int has_dict = !may_add_dict, has_weak = !may_add_weak;
        slotlist = slot_names(slots, name, &has_dict, &has_weak);
        if (!slotlist)
            goto fail_early;
        add_dict = may_add_dict && has_dict;
        add_weak = may_add_weak && has_weak;
        if (MP_LIST_LEN(slotlist) && var_base) {
            mp_err_format(&mp_type_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                          base->name);
            goto fail_early;
        }
    } else {
        add_dict = may_add_dict;
        add_weak = may_add_weak;
    }
    mp_type *t = (mp_type *)mp_obj_alloc(meta);
    if (!t)
        goto fail_early;
    t->ob.ob.type = meta; /* mp_obj_alloc set it; heap metaclasses are counted */
    t->flags = MP_TPFLAGS_HEAPTYPE | MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC |
               (base->flags & ~(MP_TPFLAGS_HEAPTYPE | MP_TPFLAGS_READY | MP_TPFLAGS_IS_ABSTRACT |
                                MP_TPFLAGS_COLLECTION)); /* from the MRO: mp_type_ready */
    t->ht_name = mp_newref(name);
    t->name = mp_str_utf8(name);
    t->base = (mp_type *)mp_newref((mp_obj)base);
    t->bases = real_bases;
    t->dict = dict;
    /* Qualname: from the namespace (the compiler stores it), else name. */
    mp_obj qual = mp_dict_getitem(dict, MP_NAME(__qualname__));
    if (qual) {
        if (!mp_str_check(qual)) {
            mp_err_format(&mp_type_TypeError, "type __qualname__ must be a str, not %s",
                          mp_type_of(qual)->name);
            goto fail;
        }
        t->ht_qualname = mp_newref(qual);
        if (mp_dict_pop(dict, MP_NAME(__qualname__), NULL) < 0)
            goto fail;
    } else {
        t->ht_qualname = mp_newref(name);
    }
    /* __module__ from the namespace, or from the caller's globals. */
    if (!mp_dict_getitem(dict, MP_NAME(__module__))) {
        mp_frame *f = mp_ts()->frame;
        mp_obj mod = f ? mp_dict_getitem(f->globals, MP_NAME(__name__)) : NULL;
        if (mod && mp_dict_setitem(dict, MP_NAME(__module__), mod) < 0)
            goto fail;
    }
    /* A library class written in Python in place of one of CPython's C
     * types declares that type's tp_name ('collections.deque'), which the
     * error messages show, as __minipy_tp_name__.  The name is interned
     * (immortal, so t->name may point into it) and taken out of the
     * namespace, so that the class looks as CPython's. */
    mp_obj tp_name_key = MP_NAME(__minipy_tp_name__);
    mp_obj tp_name = mp_dict_getitem(dict, tp_name_key);
    if (!tp_name && mp_err_occurred())
        goto fail;
    if (tp_name && mp_str_check(tp_name)) {
        mp_obj interned = mp_str_intern(mp_str_utf8(tp_name));
        if (!interned || mp_dict_pop(dict, tp_name_key, NULL) < 0)
            goto fail;
        t->name = mp_str_utf8(interned);
    }
    /* Layout: the base's struct, then the slots, dict and weak list.  For
     * variable-size bases (tuple, str, bytes) these words go after the
     * items instead, in the tail (abstract.h): their offsets count down
     * from -8. */
    mp_type *solid = solid_base(base);
    int var_layout = base->itemsize != 0;
    size_t size = base->basicsize;
    size_t rounded = (solid->basicsize + sizeof(mp_obj) - 1) & ~(sizeof(mp_obj) - 1);
    intptr_t tail_words = 0;
    if (var_layout && base != solid && base->basicsize > rounded)
        tail_words = (intptr_t)((base->basicsize - MP_VAR_TAIL_SLACK - rounded) / sizeof(mp_obj));
#define NEXT_WORD()                                                            \
    (var_layout ? -(intptr_t)sizeof(mp_obj) * ++tail_words                     \
                : (intptr_t)((size += sizeof(mp_obj)) - sizeof(mp_obj)))
    intptr_t nslots = slotlist ? MP_LIST_LEN(slotlist) : 0;
    if (nslots) {
        mp_member_def *members = mp_calloc((size_t)nslots + 1, sizeof(mp_member_def));
        if (!members) {
            mp_err_no_memory();
            goto fail;
        }
        for (intptr_t i = 0; i < nslots; i++) {
            members[i].name = mp_str_utf8(MP_LIST_GET(slotlist, i));
            members[i].kind = MP_MEMBER_OBJ_EX;
            members[i].offset = (size_t)NEXT_WORD();
        }
        t->members = members;
        t->ht_slots = mp_list_as_tuple(slotlist);
        if (!t->ht_slots)
            goto fail;
        /* The slot names must not also be class attributes. */
        for (intptr_t i = 0; i < nslots; i++) {
            mp_obj sn = MP_LIST_GET(slotlist, i);
            if (mp_dict_getitem(dict, sn)) {
                mp_err_format(&mp_type_ValueError, "%R in __slots__ conflicts with class variable", sn);
                goto fail;
            }
        }
    }
    if (add_dict)
        t->dictoffset = NEXT_WORD();
    if (add_weak)
        t->weaklistoffset = NEXT_WORD();
#undef NEXT_WORD
    if (var_layout && tail_words)
        size = rounded + (size_t)tail_words * sizeof(mp_obj) + MP_VAR_TAIL_SLACK;
    t->basicsize = size;
    t->itemsize = base->itemsize;
    t->getsets = add_dict && add_weak ? subtype_getsets_dict_weak
                 : add_dict            ? subtype_getsets_dict
                 : add_weak            ? subtype_getsets_weak
                                       : NULL;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->doc = NULL;
    /* Slots and the MRO, as for a static type; then the class's own
     * tables, so that its dunders can fill them without touching the
     * base's. */
    if (mp_type_ready(t) < 0)
        goto fail;
    if (t->as_number)
        t->ht_number = *t->as_number;
    t->as_number = &t->ht_number;
    if (t->as_sequence)
        t->ht_sequence = *t->as_sequence;
    t->as_sequence = &t->ht_sequence;
    if (t->as_mapping)
        t->ht_mapping = *t->as_mapping;
    t->as_mapping = &t->ht_mapping;
    if (t->getattro == NULL)
        t->getattro = mp_obj_generic_getattr;
    if (mp_typeslots_fill(t) < 0)
        goto fail;
    /* __new__ and __init_subclass__, __class_getitem__ are implicitly
     * static/class methods. */
    mp_obj f = mp_dict_getitem(dict, MP_NAME(__new__));
    if (f && mp_type_of(f) == &mp_type_function) {
        mp_obj sm = mp_staticmethod_new(f);
        if (!sm || mp_dict_setitem(dict, MP_NAME(__new__), sm) < 0) {
            mp_xdecref(sm);
            goto fail;
        }
        mp_decref(sm);
    }
    mp_obj special_cm[] = {MP_NAME(__init_subclass__), MP_NAME(__class_getitem__)};
    for (size_t i = 0; i < 2; i++) {
        f = mp_dict_getitem(dict, special_cm[i]);
        if (f && mp_type_of(f) == &mp_type_function) {
            mp_obj cm = mp_classmethod_new(f);
            if (!cm || mp_dict_setitem(dict, special_cm[i], cm) < 0) {
                mp_xdecref(cm);
                goto fail;
            }
            mp_decref(cm);
        }
    }
    /* The class cell of methods that use super() or __class__. */
    mp_obj cell = mp_dict_getitem(dict, MP_NAME(__classcell__));
    if (cell) {
        if (mp_type_of(cell) != &mp_type_cell) {
            mp_err_format(&mp_type_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                          mp_type_of(cell)->name);
            goto fail;
        }
        mp_obj old = ((mp_cell *)cell)->ref;
        ((mp_cell *)cell)->ref = mp_newref((mp_obj)t);
        mp_xdecref(old);
        if (mp_dict_pop(dict, MP_NAME(__classcell__), NULL) < 0)
            goto fail;
    }
    /* Defining __eq__ without __hash__ makes instances unhashable. */
    if (mp_dict_getitem(dict, MP_NAME(__eq__)) && !mp_dict_getitem(dict, MP_NAME(__hash__))) {
        if (mp_dict_setitem(dict, MP_NAME(__hash__), mp_none) < 0)
            goto fail;
        t->hash = mp_obj_hash_not_implemented;
    }
    if (!mp_dict_getitem(dict, MP_NAME(__doc__)) &&
        mp_dict_setitem(dict, MP_NAME(__doc__), mp_none) < 0)
        goto fail;
    mp_xdecref(slotlist);
    mp_type_register_subclass(t);
    if (finish_class(t, kwvalues, kwnames) < 0) {
        mp_decref((mp_obj)t);
        return NULL;
    }
    return (mp_obj)t;

fail:
    mp_xdecref(slotlist);
    mp_decref((mp_obj)t);
    return NULL;
fail_early:
    mp_xdecref(slotlist);
    mp_decref(real_bases);
    mp_decref(dict);
    return NULL;
}

/* ---- the life of a class ------------------------------------------------------------------ */

int mp_class_clear(mp_obj cls)
{
    mp_type *t = (mp_type *)cls;
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE))
        return 0;
    if (t->dict)
        mp_dict_clear(t->dict);
    MP_CLEAR(t->mro);
    return 0;
}

int mp_class_traverse(mp_obj cls, mp_visitproc visit, void *arg)
{
    mp_type *t = (mp_type *)cls;
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE))
        return 0;
    mp_obj fields[] = {t->dict, t->mro, t->bases, (mp_obj)t->base, t->ht_slots};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    return 0;
}

void mp_class_dealloc(mp_obj cls)
{
    mp_type *t = (mp_type *)cls;
    if (mp_gc_is_tracked(cls))
        mp_gc_untrack(cls);
    mp_type_unregister_subclass(t);
    if (t->weaklistoffset && mp_type_of(cls)->weaklistoffset)
        mp_weakref_clear_refs(cls);
    MP_CLEAR(t->dict);
    MP_CLEAR(t->mro);
    MP_CLEAR(t->bases);
    MP_CLEAR(t->base);
    MP_CLEAR(t->subclasses);
    MP_CLEAR(t->ht_slots);
    MP_CLEAR(t->ht_qualname);
    MP_CLEAR(t->ht_module);
    mp_free((void *)t->members);
    MP_CLEAR(t->ht_name);
    mp_obj_free(cls);
}

/* ---- builtins.__build_class__ --------------------------------------------------------------- */

/* __build_class__(func, name, *bases, metaclass=..., **kwds): resolve
 * __mro_entries__, pick the metaclass, __prepare__ the namespace, run the
 * class body in it, call the metaclass. */
mp_obj mp_build_class(mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (nargs < 2)
        return mp_err_set_str(&mp_type_TypeError, "__build_class__: not enough arguments");
    mp_obj body = args[0], name = args[1];
    if (mp_type_of(body) != &mp_type_function)
        return mp_err_set_str(&mp_type_TypeError, "__build_class__: func must be a function");
    if (!mp_str_check(name))
        return mp_err_set_str(&mp_type_TypeError, "__build_class__: name is not a string");
    mp_obj orig_bases = mp_tuple_from_array(args + 2, (intptr_t)nargs - 2);
    if (!orig_bases)
        return NULL;
    mp_obj bases = mp_resolve_mro_entries(orig_bases);
    mp_obj meta = NULL, ns = NULL, cls = NULL, kwn = NULL;
    intptr_t total_kw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    /* The keyword values, after three leading slots for the calls below. */
    mp_obj *stack = mp_malloc(sizeof(mp_obj) * (size_t)(3 + total_kw));
    mp_obj *kwv = stack ? stack + 3 : NULL;
    size_t nkw = 0;
    if (!stack)
        mp_err_no_memory();
    if (!bases || !stack)
        goto done;
    /* Split metaclass= from the other keywords. */
    kwn = mp_list_new(0);
    if (!kwn)
        goto done;
    for (intptr_t i = 0; i < total_kw; i++) {
        mp_obj k = MP_TUPLE_GET(kwnames, i);
        if (mp_str_eq(k, MP_NAME(metaclass)))
            meta = mp_newref(args[nargs + (size_t)i]);
        else {
            if (mp_list_append(kwn, k) < 0)
                goto done;
            kwv[nkw++] = args[nargs + (size_t)i];
        }
    }
    int meta_is_class = 0;
    if (!meta) {
        meta = MP_TUPLE_LEN(bases) ? mp_newref((mp_obj)mp_type_of(MP_TUPLE_GET(bases, 0)))
                                   : mp_newref((mp_obj)&mp_type_type);
        meta_is_class = 1;
    } else {
        meta_is_class = (mp_type_of(meta)->flags & MP_TPFLAGS_TYPE_SUBCLASS) != 0;
    }
    if (meta_is_class) {
        mp_type *winner = calculate_metaclass((mp_type *)meta, bases);
        if (!winner)
            goto done;
        MP_SETREF(meta, mp_newref((mp_obj)winner));
    }
    mp_obj kwtuple = mp_list_as_tuple(kwn);
    if (!kwtuple)
        goto done;
    MP_SETREF(kwn, kwtuple);
    /* ns = meta.__prepare__(name, bases, **kwds) */
    mp_obj prep;
    int found = mp_obj_lookup_attr(meta, MP_NAME(__prepare__), &prep);
    if (found < 0)
        goto done;
    if (found) {
        stack[1] = name;
        stack[2] = bases;
        ns = mp_call(prep, stack + 1, 2, nkw ? kwn : NULL);
        mp_decref(prep);
    } else {
        ns = mp_dict_new();
    }
    if (!ns)
        goto done;
    if (!mp_dict_check(ns) && !mp_type_of(ns)->as_mapping) {
        mp_err_format(&mp_type_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      meta_is_class ? ((mp_type *)meta)->name : "<metaclass>",
                      mp_type_of(ns)->name);
        goto done;
    }
    /* Run the body with ns as its locals. */
    mp_func *fn = (mp_func *)body;
    mp_tstate *ts = mp_ts();
    mp_frame *fr = mp_frame_push(ts, fn, ns);
    if (!fr)
        goto done;
    mp_obj cell = mp_eval_frame(ts, fr, 0);
    if (!cell)
        goto done;
    if (bases != orig_bases && mp_obj_setitem(ns, MP_NAME(__orig_bases__), orig_bases) < 0) {
        mp_decref(cell);
        goto done;
    }
    stack[0] = name;
    stack[1] = bases;
    stack[2] = ns;
    cls = mp_call(meta, stack, 3, nkw ? kwn : NULL);
    /* The body returned its __class__ cell (or None): check it got set. */
    if (cls && mp_type_of(cell) == &mp_type_cell && (mp_type_of(cls)->flags & MP_TPFLAGS_TYPE_SUBCLASS)) {
        mp_obj in_cell = ((mp_cell *)cell)->ref;
        if (in_cell != cls) {
            if (!in_cell)
                mp_err_format(&mp_type_RuntimeError,
                              "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                              name, cls);
            else
                mp_err_format(&mp_type_TypeError,
                              "__class__ set to %R defining %R as %R", in_cell, name, cls);
            MP_CLEAR(cls);
        }
    }
    mp_decref(cell);
done:
    mp_free(stack);
    mp_xdecref(meta);
    mp_xdecref(ns);
    mp_xdecref(kwn);
    mp_xdecref(bases);
    mp_decref(orig_bases);
    return cls;
}

/* Bases that are not classes may stand for some (__mro_entries__, PEP 560).
 * The method is looked up on the base itself, as CPython's update_bases
 * does, so an instance attribute counts too (typing.NamedTuple is a
 * function given a __mro_entries__ attribute). */
mp_obj mp_resolve_mro_entries(mp_obj bases)
{
    mp_obj out = NULL;  /* made on the first base that has __mro_entries__ */
    for (intptr_t i = 0; i < MP_TUPLE_LEN(bases); i++) {
        mp_obj b = MP_TUPLE_GET(bases, i);
        mp_obj meth = NULL;
        if (!(mp_type_of(b)->flags & MP_TPFLAGS_TYPE_SUBCLASS)) {
            int found = mp_obj_lookup_attr(b, MP_NAME(__mro_entries__), &meth);
            if (found < 0)
                goto fail;
        }
        if (!meth) {
            if (out && mp_list_append(out, b) < 0)
                goto fail;
            continue;
        }
        if (!out) {
            /* The bases before this one were kept as they are. */
            out = mp_list_new(0);
            for (intptr_t j = 0; out && j < i; j++) {
                if (mp_list_append(out, MP_TUPLE_GET(bases, j)) < 0) {
                    mp_decref(meth);
                    goto fail;
                }
            }
            if (!out) {
                mp_decref(meth);
                return NULL;
            }
        }
        mp_obj r = mp_call(meth, &bases, 1, NULL);
        mp_decref(meth);
        if (!r)
            goto fail;
        if (!mp_tuple_check(r)) {
            mp_decref(r);
            mp_err_set_str(&mp_type_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        int bad = mp_list_extend(out, r) < 0;
        mp_decref(r);
        if (bad)
            goto fail;
    }
    if (!out)
        return mp_newref(bases);
    mp_obj t = mp_list_as_tuple(out);
    mp_decref(out);
    return t;
fail:
    mp_xdecref(out);
    return NULL;
}

mp_obj mp_mangle_name(mp_obj classname, mp_obj name)
{
    const char *n = mp_str_utf8(name);
    size_t nlen = mp_str_nbytes(name);
    /* Only __x, not __x__ and not names with dots. */
    if (!classname || nlen < 3 || n[0] != '_' || n[1] != '_' ||
        (n[nlen - 1] == '_' && n[nlen - 2] == '_') || memchr(n, '.', nlen))
        return mp_newref(name);
    const char *c = mp_str_utf8(classname);
    while (*c == '_')
        c++;
    if (!*c)
        return mp_newref(name);
    return mp_str_from_format("_%s%s", c, n);
}

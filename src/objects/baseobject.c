/* The type `object`, root of every class: default construction, repr,
 * hashing by identity, comparison by identity, attribute access.
 * (The object part of CPython's Objects/typeobject.c.) */
#include "minipy/abstract.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/import.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static int object_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);

static mp_obj common_reduce(mp_obj self, intptr_t proto);
static mp_obj getstate_default(mp_obj obj, int required);

static int excess_args(size_t nargs, mp_obj kwnames)
{
    return nargs > 0 || (kwnames && MP_TUPLE_LEN(kwnames) > 0);
}

/* "Can't instantiate abstract class X with abstract methods a, b" */
static mp_obj abstract_error(mp_type *type)
{
    mp_obj names = mp_dict_getitem(type->dict, MP_NAME(__abstractmethods__));
    if (!names)
        return mp_err_occurred() ? NULL
                                 : mp_err_set_str(&mp_type_TypeError, "abstract class");
    mp_obj sorted = mp_sequence_list(names);
    if (!sorted || mp_list_sort(sorted, NULL, 0) < 0) {
        mp_xdecref(sorted);
        return NULL;
    }
    mp_obj sep = mp_str_from_cstr(", ");
    mp_obj joined = sep ? mp_str_join(sep, sorted) : NULL;
    mp_xdecref(sep);
    intptr_t n = MP_LIST_LEN(sorted);
    mp_decref(sorted);
    if (!joined)
        return NULL;
    mp_err_format(&mp_type_TypeError,
                  "Can't instantiate abstract class %s with abstract method%s %U",
                  type->name, n > 1 ? "s" : "", joined);
    mp_decref(joined);
    return NULL;
}

mp_obj mp_object_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != mp_object_new)
            return mp_err_set_str(&mp_type_TypeError,
                                  "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return mp_err_format(&mp_type_TypeError, "%s() takes no arguments", type->name);
    }
    if (type->flags & MP_TPFLAGS_IS_ABSTRACT)
        return abstract_error(type);
    return mp_obj_alloc(type);
}

static int object_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (excess_args(nargs, kwnames)) {
        mp_type *type = mp_type_of(self);
        if (type->init != object_init) {
            mp_err_set_str(&mp_type_TypeError,
                           "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == mp_object_new) {
            mp_err_format(&mp_type_TypeError,
                          "%s.__init__() takes exactly one argument (the instance to initialize)",
                          type->name);
            return -1;
        }
    }
    return 0;
}

/* <module.Qualname object at 0x...>, without the module for builtins. */
static mp_obj object_repr(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    mp_obj mod = mp_type_module_name(t);
    if (!mod)
        return NULL;
    mp_obj qual = mp_type_qualname(t);
    if (!qual) {
        mp_decref(mod);
        return NULL;
    }
    mp_obj r;
    if (mp_str_check(mod) && !mp_str_eq_cstr(mod, "builtins"))
        r = mp_str_from_format("<%U.%U object at %p>", mod, qual, (void *)self);
    else
        r = mp_str_from_format("<%s object at %p>", t->name, (void *)self);
    mp_decref(mod);
    mp_decref(qual);
    return r;
}

static mp_obj object_str(mp_obj self)
{
    mp_reprfunc repr = mp_type_of(self)->repr;
    return repr ? repr(self) : object_repr(self);
}

static mp_obj object_richcompare(mp_obj self, mp_obj other, int op)
{
    switch (op) {
    case MP_EQ:
        /* Identity; NotImplemented otherwise so that other gets a say. */
        return mp_newref(self == other ? mp_true : mp_notimplemented);
    case MP_NE: {
        /* By default != is the inverse of ==, if == is implemented. */
        mp_richcmpfunc eq = mp_type_of(self)->richcompare;
        if (!eq)
            MP_RETURN_NOTIMPLEMENTED;
        mp_obj r = eq(self, other, MP_EQ);
        if (!r || r == mp_notimplemented)
            return r;
        int t = mp_obj_is_true(r);
        mp_decref(r);
        return t < 0 ? NULL : mp_bool(!t);
    }
    default:
        MP_RETURN_NOTIMPLEMENTED;
    }
}

static void object_dealloc(mp_obj self)
{
    mp_obj_free(self);
}

static mp_obj object_format(mp_obj self, mp_obj spec)
{
    if (!mp_str_check(spec))
        return mp_err_format(&mp_type_TypeError, "format() argument 2 must be str, not %s",
                             mp_type_of(spec)->name);
    if (mp_str_len(spec) > 0)
        return mp_err_format(&mp_type_TypeError,
                             "unsupported format string passed to %s.__format__",
                             mp_type_of(self)->name);
    return mp_obj_str(self);
}

static mp_obj object_dir(mp_obj self)
{
    return mp_object_dir(self);
}

static mp_obj object_sizeof(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    intptr_t size = (intptr_t)t->basicsize;
    if (t->itemsize)
        size += (intptr_t)t->itemsize * ((mp_varobject *)self)->size;
    return mp_int_from_ssize(size);
}

static mp_obj object_init_subclass(mp_obj cls, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    /* CPython's is a METH_NOARGS class method: its two messages. */
    if (kwnames && MP_TUPLE_LEN(kwnames))
        return mp_err_format(&mp_type_TypeError,
                             "%N.__init_subclass__() takes no keyword arguments", cls);
    if (nargs)
        return mp_err_format(&mp_type_TypeError,
                             "%N.__init_subclass__() takes no arguments (%zu given)", cls, nargs);
    MP_RETURN_NONE;
}

static mp_obj object_subclasshook(mp_obj cls, mp_obj const *args, size_t nargs)
{
    MP_RETURN_NOTIMPLEMENTED;
}

static mp_obj object_reduce_ex(mp_obj self, mp_obj protocol)
{
    return mp_object_reduce_ex(self, protocol);
}

static mp_obj object_reduce(mp_obj self)
{
    return common_reduce(self, 0);
}

static mp_obj object_getstate(mp_obj self)
{
    return getstate_default(self, 0);
}

static const mp_method_def object_methods[] = {
    {"__reduce_ex__", (void (*)(void))object_reduce_ex, MP_METH_O, "Helper for pickle."},
    {"__reduce__", (void (*)(void))object_reduce, MP_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", (void (*)(void))object_getstate, MP_METH_NOARGS, "Helper for pickle."},
    {"__subclasshook__", (void (*)(void))object_subclasshook, MP_METH_FASTCALL | MP_METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", (void (*)(void))object_init_subclass,
     MP_METH_FASTCALL | MP_METH_KEYWORDS | MP_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__format__", (void (*)(void))object_format, MP_METH_O, "Default object formatter."},
    {"__sizeof__", (void (*)(void))object_sizeof, MP_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", (void (*)(void))object_dir, MP_METH_NOARGS, "Default dir() implementation."},
    {NULL},
};

static mp_obj object_get_class(mp_obj self, void *c)
{
    return mp_newref((mp_obj)mp_type_of(self));
}

static int object_set_class(mp_obj self, mp_obj value, void *c)
{
    if (!value) {
        mp_err_set_str(&mp_type_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!(mp_type_of(value)->flags & MP_TPFLAGS_TYPE_SUBCLASS)) {
        mp_err_format(&mp_type_TypeError, "__class__ must be set to a class, not '%s' object",
                      mp_type_of(value)->name);
        return -1;
    }
    mp_type *old = mp_type_of(self), *new_ = (mp_type *)value;
    if (!(old->flags & MP_TPFLAGS_HEAPTYPE) || !(new_->flags & MP_TPFLAGS_HEAPTYPE) ||
        old->basicsize != new_->basicsize || old->dealloc != new_->dealloc) {
        mp_err_format(&mp_type_TypeError,
                      "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    mp_incref(value);
    self->type = new_;
    mp_decref((mp_obj)old);
    return 0;
}

static const mp_getset_def object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL},
};

mp_type mp_type_object = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "object",
    .basicsize = sizeof(mp_object),
    .flags = MP_TPFLAGS_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = mp_obj_identity_hash,
    .richcompare = object_richcompare,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .new_ = mp_object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* ---- dir(obj) and the pickle protocol ----------------------------------------------------- */

mp_obj mp_object_dir(mp_obj o)
{
    mp_obj d;
    mp_obj idict;
    int found = mp_obj_lookup_attr(o, MP_NAME(__dict__), &idict);
    if (found < 0)
        return NULL;
    if (found && mp_dict_check(idict)) {
        d = mp_dict_copy(idict);
    } else {
        d = mp_dict_new();
    }
    mp_xdecref(idict);
    if (!d)
        return NULL;
    mp_obj cls;
    found = mp_obj_lookup_attr(o, MP_NAME(__class__), &cls);
    if (found < 0) {
        mp_decref(d);
        return NULL;
    }
    if (found) {
        mp_obj keys = mp_type_dir((mp_type *)cls);
        mp_decref(cls);
        if (!keys) {
            mp_decref(d);
            return NULL;
        }
        for (intptr_t i = 0; i < MP_LIST_LEN(keys); i++)
            if (mp_dict_setitem(d, MP_LIST_GET(keys, i), mp_none) < 0) {
                mp_decref(keys);
                mp_decref(d);
                return NULL;
            }
        mp_decref(keys);
    }
    mp_obj keys = mp_dict_keys(d);
    mp_decref(d);
    return keys;
}

/* ---- the pickle protocol, as copy and pickle use it (CPython's
 * object___reduce_ex__, reduce_newobj, object_getstate) ---- */

/* copyreg.name (a new reference). */
static mp_obj copyreg_attr(const char *name)
{
    mp_obj copyreg = mp_import("copyreg");
    if (!copyreg)
        return NULL;
    mp_obj r = mp_obj_getattr(copyreg, mp_str_intern(name));
    mp_decref(copyreg);
    return r;
}

/* The instance dict (None if empty) and, for classes with __slots__, a
 * dict of the slots that are set: (dict, slots).  `required`: the object
 * cannot be rebuilt without its state (no __getnewargs__). */
static mp_obj getstate_default(mp_obj obj, int required)
{
    mp_type *t = mp_type_of(obj);
    if (required && t->itemsize)
        return mp_err_format(&mp_type_TypeError, "cannot pickle '%s' object", t->name);
    mp_obj state;
    mp_obj *dictp = mp_obj_dict_ptr(obj);
    if (dictp && *dictp && MP_DICT_LEN(*dictp))
        state = mp_newref(*dictp);
    else
        state = mp_newref(mp_none);
    mp_obj slotnames_fn = copyreg_attr("_slotnames");
    mp_obj names = slotnames_fn ? mp_call1(slotnames_fn, (mp_obj)t) : NULL;
    mp_xdecref(slotnames_fn);
    if (!names) {
        mp_decref(state);
        return NULL;
    }
    if (!mp_list_check(names)) {
        mp_decref(names);
        mp_decref(state);
        return mp_err_format(&mp_type_TypeError,
                             "copyreg._slotnames didn't return a list or None");
    }
    /* A C struct with more than the header (beyond dict, slots and weak
     * list) holds state this cannot see. */
    mp_type *solid = t;
    while (solid->flags & MP_TPFLAGS_HEAPTYPE)
        solid = solid->base;
    if (required && solid->basicsize > sizeof(mp_object)) {
        mp_decref(names);
        mp_decref(state);
        return mp_err_format(&mp_type_TypeError, "cannot pickle '%s' object", t->name);
    }
    if (MP_LIST_LEN(names)) {
        mp_obj slots = mp_dict_new();
        if (!slots)
            goto fail;
        for (intptr_t i = 0; i < MP_LIST_LEN(names); i++) {
            mp_obj name = MP_LIST_GET(names, i), value;
            int found = mp_obj_lookup_attr(obj, name, &value);
            if (found < 0) {
                mp_decref(slots);
                goto fail;
            }
            if (found) {
                int r = mp_dict_setitem(slots, name, value);
                mp_decref(value);
                if (r < 0) {
                    mp_decref(slots);
                    goto fail;
                }
            }
        }
        if (MP_DICT_LEN(slots)) {
            mp_obj pair = mp_tuple_pack(2, state, slots);
            mp_decref(slots);
            if (!pair)
                goto fail;
            MP_SETREF(state, pair);
        } else {
            mp_decref(slots);
        }
    }
    mp_decref(names);
    return state;
fail:
    mp_decref(names);
    mp_decref(state);
    return NULL;
}

/* obj.__getstate__(), or the default without the call when it is
 * object's own. */
static mp_obj get_state(mp_obj obj, int required)
{
    mp_obj getstate = mp_obj_getattr(obj, MP_NAME(__getstate__));
    if (!getstate)
        return NULL;
    mp_obj r;
    if (mp_type_of(getstate) == &mp_type_builtin_function &&
        ((mp_builtin_func *)getstate)->self == obj &&
        ((mp_builtin_func *)getstate)->def->func == (void (*)(void))object_getstate)
        r = getstate_default(obj, required);
    else
        r = mp_call0(getstate);
    mp_decref(getstate);
    return r;
}

/* __getnewargs_ex__() or __getnewargs__(): *args (a tuple) and *kwargs (a
 * dict), each NULL when absent. */
static int get_new_arguments(mp_obj obj, mp_obj *args, mp_obj *kwargs)
{
    *args = *kwargs = NULL;
    mp_obj f = mp_type_lookup(mp_type_of(obj), mp_str_intern("__getnewargs_ex__"));
    if (f) {
        mp_obj r = mp_call_method(obj, "__getnewargs_ex__", NULL, 0);
        if (!r)
            return -1;
        if (!mp_tuple_check(r)) {
            mp_err_format(&mp_type_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'",
                          mp_type_of(r)->name);
            mp_decref(r);
            return -1;
        }
        if (MP_TUPLE_LEN(r) != 2) {
            mp_err_format(&mp_type_ValueError,
                          "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                          (intptr_t)MP_TUPLE_LEN(r));
            mp_decref(r);
            return -1;
        }
        mp_obj a = MP_TUPLE_GET(r, 0), k = MP_TUPLE_GET(r, 1);
        if (!mp_tuple_check(a)) {
            mp_err_format(&mp_type_TypeError,
                          "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                          mp_type_of(a)->name);
            mp_decref(r);
            return -1;
        }
        if (!mp_dict_check(k)) {
            mp_err_format(&mp_type_TypeError,
                          "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                          mp_type_of(k)->name);
            mp_decref(r);
            return -1;
        }
        *args = mp_newref(a);
        *kwargs = mp_newref(k);
        mp_decref(r);
        return 0;
    }
    f = mp_type_lookup(mp_type_of(obj), mp_str_intern("__getnewargs__"));
    if (f) {
        mp_obj r = mp_call_method(obj, "__getnewargs__", NULL, 0);
        if (!r)
            return -1;
        if (!mp_tuple_check(r)) {
            mp_err_format(&mp_type_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                          mp_type_of(r)->name);
            mp_decref(r);
            return -1;
        }
        *args = r;
    }
    return 0;
}

/* Protocol 2 and later: (copyreg.__newobj__, (cls, *args), state,
 * listitems, dictitems), or __newobj_ex__ with keyword arguments. */
static mp_obj reduce_newobj(mp_obj obj)
{
    mp_type *t = mp_type_of(obj);
    if (!t->new_)
        return mp_err_format(&mp_type_TypeError, "cannot pickle '%s' object", t->name);
    mp_obj args, kwargs;
    if (get_new_arguments(obj, &args, &kwargs) < 0)
        return NULL;
    int hasargs = args != NULL;
    mp_obj newobj, newargs;
    if (!kwargs || MP_DICT_LEN(kwargs) == 0) {
        newobj = copyreg_attr("__newobj__");
        intptr_t n = args ? MP_TUPLE_LEN(args) : 0;
        newargs = newobj ? mp_tuple_new(n + 1) : NULL;
        if (newargs) {
            MP_TUPLE_ITEMS(newargs)[0] = mp_newref((mp_obj)t);
            for (intptr_t i = 0; i < n; i++)
                MP_TUPLE_ITEMS(newargs)[i + 1] = mp_newref(MP_TUPLE_GET(args, i));
        }
    } else {
        newobj = copyreg_attr("__newobj_ex__");
        newargs = newobj ? mp_tuple_pack(3, (mp_obj)t, args, kwargs) : NULL;
    }
    mp_xdecref(args);
    mp_xdecref(kwargs);
    if (!newargs) {
        mp_xdecref(newobj);
        return NULL;
    }
    mp_obj state = get_state(obj, !(hasargs || mp_list_check(obj) || mp_dict_check(obj)));
    mp_obj listitems = NULL, dictitems = NULL, r = NULL;
    if (!state)
        goto done;
    if (mp_list_check(obj) && !(listitems = mp_obj_getiter(obj)))
        goto done;
    if (mp_dict_check(obj)) {
        mp_obj items = mp_call_method(obj, "items", NULL, 0);
        dictitems = items ? mp_obj_getiter(items) : NULL;
        mp_xdecref(items);
        if (!dictitems)
            goto done;
    }
    r = mp_tuple_pack(5, newobj, newargs, state, listitems ? listitems : mp_none,
                      dictitems ? dictitems : mp_none);
done:
    mp_decref(newobj);
    mp_decref(newargs);
    mp_xdecref(state);
    mp_xdecref(listitems);
    mp_xdecref(dictitems);
    return r;
}

static mp_obj common_reduce(mp_obj self, intptr_t proto)
{
    if (proto >= 2)
        return reduce_newobj(self);
    mp_obj f = copyreg_attr("_reduce_ex");
    if (!f)
        return NULL;
    mp_obj args[2] = {self, mp_small(proto)};
    mp_obj r = mp_call(f, args, 2, NULL);
    mp_decref(f);
    return r;
}

/* object.__reduce_ex__(protocol): a class's own __reduce__ wins. */
mp_obj mp_object_reduce_ex(mp_obj o, mp_obj protocol)
{
    intptr_t proto;
    if (mp_int_as_ssize(protocol, &proto) < 0)
        return NULL;
    mp_obj cls_reduce = mp_type_lookup(mp_type_of(o), MP_NAME(__reduce__));
    mp_obj obj_reduce = mp_dict_getitem(mp_type_object.dict, MP_NAME(__reduce__));
    if (cls_reduce && cls_reduce != obj_reduce)
        return mp_call_method(o, "__reduce__", NULL, 0);
    return common_reduce(o, proto);
}

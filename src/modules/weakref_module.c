/* The _weakref module: weak reference counts and lists, and the types the
 * Python-level weakref module (lib/weakref.py) imports.  Proxies are not
 * there yet: proxy() raises NotImplementedError, and ProxyType and
 * CallableProxyType are types without instances. */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/weakref.h"

#define FN(f) ((void (*)(void))(f))

/* Calls visit on each live weak reference to o, in list order; stops
 * early when visit returns nonzero (and returns that). */
static int each_ref(mp_obj o, int (*visit)(mp_obj ref, void *arg), void *arg)
{
    mp_obj first = mp_weakref_first(o);
    int r = 0;
    for (mp_weakref *w = first == mp_none ? NULL : (mp_weakref *)first; w && !r; w = w->next)
        r = visit((mp_obj)w, arg);
    mp_decref(first);
    return r;
}

static int count_ref(mp_obj ref, void *arg)
{
    (*(intptr_t *)arg)++;
    return 0;
}

static mp_obj weakref_getweakrefcount(mp_obj self, mp_obj o)
{
    intptr_t n = 0;
    each_ref(o, count_ref, &n);
    return mp_int_from_ssize(n);
}

static int list_ref(mp_obj ref, void *arg) { return mp_list_append((mp_obj)arg, ref) < 0; }

static mp_obj weakref_getweakrefs(mp_obj self, mp_obj o)
{
    mp_obj l = mp_list_new(0);
    if (l && each_ref(o, list_ref, l))
        MP_CLEAR(l);
    return l;
}

/* _remove_dead_weakref(dct, key): del dct[key] if it holds a dead weak
 * reference (the WeakValueDictionary callbacks' step). */
static mp_obj weakref_remove_dead(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    mp_obj d = args[0], key = args[1];
    if (!mp_dict_check(d))
        return mp_err_format(&mp_type_TypeError,
                             "_remove_dead_weakref() argument 1 must be dict, not %s",
                             mp_type_of(d)->name);
    mp_obj v = mp_dict_getitem(d, key);
    if (!v) {
        if (mp_err_occurred())
            return NULL;
        MP_RETURN_NONE;
    }
    if (!mp_obj_type_check(v, &mp_type_weakref))
        return mp_err_set_str(&mp_type_TypeError, "not a weakref");
    if (mp_weakref_get(v) == mp_none && mp_dict_pop(d, key, NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj weakref_proxy(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("proxy", nargs, 1, 2) < 0)
        return NULL;
    return mp_err_set_str(&mp_type_NotImplementedError,
                          "weakref.proxy() is not supported by minipy yet: use weakref.ref(obj) "
                          "and call the reference to reach the object");
}

/* The proxy types, for isinstance checks and imports; no instances. */
mp_type mp_type_weakproxy = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "weakref.ProxyType",
    .basicsize = sizeof(mp_weakref),
    .getattro = mp_obj_generic_getattr,
    .hash = mp_obj_hash_not_implemented,
    .new_ = mp_structseq_no_new,
};

mp_type mp_type_weakcallableproxy = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "weakref.CallableProxyType",
    .basicsize = sizeof(mp_weakref),
    .getattro = mp_obj_generic_getattr,
    .hash = mp_obj_hash_not_implemented,
    .new_ = mp_structseq_no_new,
};

static const mp_method_def weakref_methods[] = {
    {"getweakrefcount", FN(weakref_getweakrefcount), MP_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", FN(weakref_getweakrefs), MP_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", FN(weakref_remove_dead), MP_METH_FASTCALL,
     "Atomically remove key from dict if it points to a dead weakref."},
    {"proxy", FN(weakref_proxy), MP_METH_FASTCALL,
     "Create a proxy object that weakly references 'object'.\n\n"
     "'callback', if given, is called with a reference to the\n"
     "proxy when 'object' is about to be finalized."},
    {NULL},
};

static int weakref_exec(mp_obj m)
{
    if (mp_type_ready(&mp_type_weakproxy) < 0 || mp_type_ready(&mp_type_weakcallableproxy) < 0)
        return -1;
    if (mp_module_add(m, "ref", (mp_obj)&mp_type_weakref) < 0 ||
        mp_module_add(m, "ReferenceType", (mp_obj)&mp_type_weakref) < 0 ||
        mp_module_add(m, "ProxyType", (mp_obj)&mp_type_weakproxy) < 0 ||
        mp_module_add(m, "CallableProxyType", (mp_obj)&mp_type_weakcallableproxy) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_weakref = {
    "_weakref",
    "Weak-reference support module.",
    weakref_methods,
    weakref_exec,
};

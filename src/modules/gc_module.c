/* The gc module: the cycle collector's controls (vm/gc.c) with CPython
 * 3.11's interface.  minipy's collector has one generation; the module
 * shows CPython's three, with the second and third thresholds and counts
 * kept only for show.  gc.callbacks are not called, and freeze() has no
 * permanent generation to move objects to. */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

static intptr_t threshold1 = 10, threshold2 = 10;
static long debug_flags;
static intptr_t collected_total;

/* A C int from an int argument, as CPython's "i" format. */
static int int_arg(mp_obj o, intptr_t *out)
{
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    int clipped = mp_int_as_ssize_clip(i, out);
    mp_decref(i);
    if (clipped || *out > 2147483647 || *out < -2147483647 - 1) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

static mp_obj gc_collect(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"generation", NULL};
    mp_obj gen;
    intptr_t g = 2;
    if (mp_arg_parse(args, nargs, kwnames, "collect", kwlist, 0, 1, &gen) < 0 ||
        (gen && int_arg(gen, &g) < 0))
        return NULL;
    if (g < 0 || g > 2)
        return mp_err_set_str(&mp_type_ValueError, "invalid generation");
    intptr_t n = mp_gc_collect();
    collected_total += n;
    return mp_int_from_ssize(n);
}

static mp_obj gc_enable(mp_obj self)
{
    mp_gc_set_enabled(1);
    MP_RETURN_NONE;
}

static mp_obj gc_disable(mp_obj self)
{
    mp_gc_set_enabled(0);
    MP_RETURN_NONE;
}

static mp_obj gc_isenabled(mp_obj self) { return mp_bool(mp_gc_is_enabled()); }

static mp_obj gc_get_count(mp_obj self)
{
    mp_obj c = mp_int_from_ssize(mp_gc_get_count());
    mp_obj t = c ? mp_tuple_pack(3, c, mp_small(0), mp_small(0)) : NULL;
    mp_xdecref(c);
    return t;
}

static mp_obj gc_get_threshold(mp_obj self)
{
    mp_obj a = mp_int_from_ssize(mp_gc_get_threshold());
    mp_obj t = a ? mp_tuple_pack(3, a, mp_small(threshold1), mp_small(threshold2)) : NULL;
    mp_xdecref(a);
    return t;
}

static mp_obj gc_set_threshold(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs < 1 || nargs > 3)
        return mp_err_format(&mp_type_TypeError, "set_threshold() takes at %s %d argument%s (%zu given)",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3,
                             nargs < 1 ? "" : "s", nargs);
    intptr_t t[3] = {0, threshold1, threshold2};
    for (size_t i = 0; i < nargs; i++)
        if (int_arg(args[i], &t[i]) < 0)
            return NULL;
    mp_gc_set_threshold(t[0]);
    threshold1 = t[1];
    threshold2 = t[2];
    MP_RETURN_NONE;
}

static mp_obj gc_set_debug(mp_obj self, mp_obj flags)
{
    intptr_t v;
    if (int_arg(flags, &v) < 0)
        return NULL;
    debug_flags = (long)v;
    MP_RETURN_NONE;
}

static mp_obj gc_get_debug(mp_obj self) { return mp_int_from_ssize(debug_flags); }

static mp_obj gc_get_stats(mp_obj self)
{
    mp_obj l = mp_list_new(0);
    for (int g = 0; l && g < 3; g++) {
        mp_obj d = mp_dict_new();
        mp_obj n = mp_int_from_ssize(g == 2 ? mp_gc_collections : 0);
        mp_obj c = mp_int_from_ssize(g == 2 ? collected_total : 0);
        int bad = !d || !n || !c || mp_dict_setitem_str(d, "collections", n) < 0 ||
                  mp_dict_setitem_str(d, "collected", c) < 0 ||
                  mp_dict_setitem_str(d, "uncollectable", mp_small(0)) < 0 ||
                  mp_list_append(l, d) < 0;
        mp_xdecref(d);
        mp_xdecref(n);
        mp_xdecref(c);
        if (bad)
            MP_CLEAR(l);
    }
    return l;
}

/* ---- the objects ------------------------------------------------------------------------------------- */

static int is_container(mp_obj o) { return !mp_is_small(o) && mp_type_is_gc(o->type); }

static mp_obj gc_is_tracked(mp_obj self, mp_obj o)
{
    return mp_bool(is_container(o) && mp_gc_is_tracked(o));
}

static mp_obj gc_is_finalized(mp_obj self, mp_obj o)
{
    return mp_bool(is_container(o) && MP_GC_HEAD(o)->finalized);
}

typedef struct {
    mp_obj list;     /* the result; not listed in itself */
    mp_obj const *targets;
    size_t ntargets;
    int found;       /* get_referrers: the object visited refers to a target */
} walk;

static int append_object(mp_obj o, void *arg)
{
    walk *w = arg;
    if (o == w->list)
        return 0;
    return mp_list_append(w->list, o) < 0;
}

static mp_obj gc_get_objects(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"generation", NULL};
    mp_obj gen;
    intptr_t g = -1;
    if (mp_arg_parse(args, nargs, kwnames, "get_objects", kwlist, 0, 1, &gen) < 0 ||
        (gen && gen != mp_none && int_arg(gen, &g) < 0))
        return NULL;
    if (g >= 3)
        return mp_err_set_str(&mp_type_ValueError,
                              "generation parameter must be less than the number of available "
                              "generations (3)");
    if (g < -1)
        return mp_err_set_str(&mp_type_ValueError, "generation parameter cannot be negative");
    walk w = {mp_list_new(0), NULL, 0, 0};
    /* Everything lives in the one generation: CPython's oldest. */
    if (w.list && (g == -1 || g == 2) && mp_gc_for_each(append_object, &w))
        MP_CLEAR(w.list);
    return w.list;
}

static int referent(mp_obj o, void *arg)
{
    return mp_list_append(((walk *)arg)->list, o) < 0;
}

static mp_obj gc_get_referents(mp_obj self, mp_obj const *args, size_t nargs)
{
    walk w = {mp_list_new(0), NULL, 0, 0};
    for (size_t i = 0; w.list && i < nargs; i++) {
        mp_obj o = args[i];
        if (is_container(o) && o->type->traverse && o->type->traverse(o, referent, &w))
            MP_CLEAR(w.list);
    }
    return w.list;
}

static int refers_to_target(mp_obj o, void *arg)
{
    walk *w = arg;
    for (size_t i = 0; i < w->ntargets; i++)
        if (o == w->targets[i]) {
            w->found = 1;
            return 1;
        }
    return 0;
}

static int check_referrer(mp_obj o, void *arg)
{
    walk *w = arg;
    if (o == w->list || !o->type->traverse)
        return 0;
    w->found = 0;
    o->type->traverse(o, refers_to_target, w);
    return w->found && mp_list_append(w->list, o) < 0;
}

static mp_obj gc_get_referrers(mp_obj self, mp_obj const *args, size_t nargs)
{
    walk w = {mp_list_new(0), args, nargs, 0};
    if (w.list && mp_gc_for_each(check_referrer, &w))
        MP_CLEAR(w.list);
    return w.list;
}

static mp_obj gc_freeze(mp_obj self) { MP_RETURN_NONE; }
static mp_obj gc_get_freeze_count(mp_obj self) { return mp_small(0); }

static const mp_method_def gc_methods[] = {
    {"enable", FN(gc_enable), MP_METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", FN(gc_disable), MP_METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", FN(gc_isenabled), MP_METH_NOARGS, "Returns true if automatic garbage collection is enabled."},
    {"collect", FN(gc_collect), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Run the garbage collector.\n\n"
     "With no arguments, run a full collection.  The optional argument\n"
     "may be an integer specifying which generation to collect.  A ValueError\n"
     "is raised if the generation number is invalid.\n\n"
     "The number of unreachable objects is returned."},
    {"get_count", FN(gc_get_count), MP_METH_NOARGS, "Return a three-tuple of the current collection counts."},
    {"get_threshold", FN(gc_get_threshold), MP_METH_NOARGS, "Return the current collection thresholds."},
    {"set_threshold", FN(gc_set_threshold), MP_METH_FASTCALL,
     "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
     "Sets the collection thresholds.  Setting threshold0 to zero disables\n"
     "collection.\n"},
    {"set_debug", FN(gc_set_debug), MP_METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", FN(gc_get_debug), MP_METH_NOARGS, "Get the garbage collection debugging flags."},
    {"get_stats", FN(gc_get_stats), MP_METH_NOARGS,
     "Return a list of dictionaries containing per-generation statistics."},
    {"get_objects", FN(gc_get_objects), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"is_tracked", FN(gc_is_tracked), MP_METH_O,
     "Returns true if the object is tracked by the garbage collector.\n\n"
     "Simple atomic objects will return false."},
    {"is_finalized", FN(gc_is_finalized), MP_METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"get_referrers", FN(gc_get_referrers), MP_METH_FASTCALL,
     "get_referrers(*objs) -> list\n"
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", FN(gc_get_referents), MP_METH_FASTCALL,
     "get_referents(*objs) -> list\n"
     "Return the list of objects that are directly referred to by objs."},
    {"freeze", FN(gc_freeze), MP_METH_NOARGS,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", FN(gc_freeze), MP_METH_NOARGS,
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", FN(gc_get_freeze_count), MP_METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {NULL},
};

static int put(mp_obj m, const char *name, mp_obj v)
{
    if (!v)
        return -1;
    int r = mp_module_add(m, name, v);
    mp_decref(v);
    return r;
}

static int gc_exec(mp_obj m)
{
    if (put(m, "garbage", mp_list_new(0)) < 0 || put(m, "callbacks", mp_list_new(0)) < 0 ||
        mp_module_add_int(m, "DEBUG_STATS", 1) < 0 ||
        mp_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        mp_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        mp_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 || mp_module_add_int(m, "DEBUG_LEAK", 38) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_gc = {
    "gc",
    "This module provides access to the garbage collector for reference cycles.\n\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n",
    gc_methods,
    gc_exec,
};

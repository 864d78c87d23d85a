/* property: the data descriptor behind @property, with its getter/setter/
 * deleter decorator forms, as CPython 3.11's (Objects/descrobject.c). */
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

typedef struct mp_property {
    mp_object ob;
    mp_obj fget, fset, fdel; /* NULL when not given (None reads as None) */
    mp_obj doc;              /* __doc__, or NULL */
    mp_obj name;             /* from __set_name__, for error messages; or NULL */
    int getter_doc;          /* doc came from fget: a new getter brings its own */
} mp_property;

#define PROP(o) ((mp_property *)(o))

static mp_obj property_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_obj_alloc(type);
}

static int property_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"fget", "fset", "fdel", "doc", NULL};
    mp_obj fget, fset, fdel, doc;
    if (mp_arg_parse(args, nargs, kwnames, "property", kwlist, 0, 4, &fget, &fset, &fdel, &doc) < 0)
        return -1;
    mp_property *p = PROP(self);
    if (fget == mp_none)
        fget = NULL;
    if (fset == mp_none)
        fset = NULL;
    if (fdel == mp_none)
        fdel = NULL;
    MP_SETREF(p->fget, fget ? mp_newref(fget) : NULL);
    MP_SETREF(p->fset, fset ? mp_newref(fset) : NULL);
    MP_SETREF(p->fdel, fdel ? mp_newref(fdel) : NULL);
    MP_SETREF(p->doc, doc ? mp_newref(doc) : NULL);
    MP_CLEAR(p->name);
    p->getter_doc = 0;
    if ((doc && doc != mp_none) || !fget)
        return 0;
    /* No docstring given: the getter's, if it has one. */
    mp_obj get_doc;
    int r = mp_obj_lookup_attr(fget, MP_NAME(__doc__), &get_doc);
    if (r <= 0)
        return r;
    if (mp_type_of(self) == &mp_type_property) {
        MP_SETREF(p->doc, get_doc);
    } else {
        /* In a subclass the class's own __doc__ would shadow the slot:
         * the instance dict gets it instead, as in CPython. */
        r = mp_obj_setattr(self, MP_NAME(__doc__), get_doc);
        mp_decref(get_doc);
        if (r < 0)
            return -1;
    }
    p->getter_doc = 1;
    return 0;
}

static void property_dealloc(mp_obj self)
{
    mp_property *p = PROP(self);
    mp_gc_untrack(self);
    MP_CLEAR(p->fget);
    MP_CLEAR(p->fset);
    MP_CLEAR(p->fdel);
    MP_CLEAR(p->doc);
    MP_CLEAR(p->name);
    mp_obj_free(self);
}

static int property_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_property *p = PROP(self);
    mp_obj fields[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    return 0;
}

static int property_clear(mp_obj self)
{
    mp_property *p = PROP(self);
    MP_CLEAR(p->fget);
    MP_CLEAR(p->fset);
    MP_CLEAR(p->fdel);
    MP_CLEAR(p->doc);
    MP_CLEAR(p->name);
    return 0;
}

/* "property 'x' of 'A' object has no setter", or without the name when
 * the property never learnt it. */
static void missing_error(mp_obj self, mp_obj obj, const char *what)
{
    mp_obj qualname = obj ? mp_type_qualname(mp_type_of(obj)) : NULL;
    if (obj && !qualname)
        return;
    mp_property *p = PROP(self);
    if (!qualname)
        mp_err_format(&mp_type_AttributeError, "can't %s attribute",
                      what[0] == 's' ? "set" : "delete");
    else if (p->name)
        mp_err_format(&mp_type_AttributeError, "property %R of %R object has no %s", p->name,
                      qualname, what);
    else
        mp_err_format(&mp_type_AttributeError, "property of %R object has no %s", qualname, what);
    mp_xdecref(qualname);
}

static mp_obj property_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!obj || obj == mp_none)
        return mp_newref(self);
    mp_property *p = PROP(self);
    if (!p->fget) {
        missing_error(self, obj, "getter");
        return NULL;
    }
    return mp_call1(p->fget, obj);
}

static int property_set(mp_obj self, mp_obj obj, mp_obj value)
{
    mp_property *p = PROP(self);
    mp_obj func = value ? p->fset : p->fdel;
    if (!func) {
        missing_error(self, obj, value ? "setter" : "deleter");
        return -1;
    }
    mp_obj r = value ? mp_call2(func, obj, value) : mp_call1(func, obj);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

/* getter/setter/deleter: a copy of the property (of the same type) with
 * one function replaced, keeping the name. */
static mp_obj property_copy(mp_obj self, mp_obj get, mp_obj set, mp_obj del)
{
    mp_property *p = PROP(self);
    if (!get || get == mp_none)
        get = p->fget ? p->fget : mp_none;
    if (!set || set == mp_none)
        set = p->fset ? p->fset : mp_none;
    if (!del || del == mp_none)
        del = p->fdel ? p->fdel : mp_none;
    mp_obj doc = (p->getter_doc && get != mp_none) ? mp_none : (p->doc ? p->doc : mp_none);
    mp_obj args[4] = {get, set, del, doc};
    mp_obj r = mp_call((mp_obj)mp_type_of(self), args, 4, NULL);
    if (r && mp_obj_type_check(r, &mp_type_property))
        MP_SETREF(PROP(r)->name, p->name ? mp_newref(p->name) : NULL);
    return r;
}

static mp_obj property_getter(mp_obj self, mp_obj f) { return property_copy(self, f, NULL, NULL); }
static mp_obj property_setter(mp_obj self, mp_obj f) { return property_copy(self, NULL, f, NULL); }
static mp_obj property_deleter(mp_obj self, mp_obj f) { return property_copy(self, NULL, NULL, f); }

static mp_obj property_set_name(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs != 2)
        return mp_err_format(&mp_type_TypeError,
                             "__set_name__() takes 2 positional arguments but %zu were given", nargs);
    MP_SETREF(PROP(self)->name, mp_newref(args[1]));
    MP_RETURN_NONE;
}

/* Whether f.__isabstractmethod__ is true: 1, 0 or -1. */
static int is_abstract(mp_obj f)
{
    if (!f)
        return 0;
    mp_obj v;
    int r = mp_obj_lookup_attr(f, MP_NAME(__isabstractmethod__), &v);
    if (r <= 0)
        return r;
    r = mp_obj_is_true(v);
    mp_decref(v);
    return r;
}

static mp_obj property_get_isabstract(mp_obj self, void *c)
{
    mp_property *p = PROP(self);
    mp_obj fs[] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(fs[i]);
        if (r < 0)
            return NULL;
        if (r)
            return mp_bool(1);
    }
    return mp_bool(0);
}

#define FN(f) ((void (*)(void))(f))

static const mp_method_def property_methods[] = {
    {"getter", FN(property_getter), MP_METH_O,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", FN(property_setter), MP_METH_O,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", FN(property_deleter), MP_METH_O,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", FN(property_set_name), MP_METH_FASTCALL, "Method to set name of a property."},
    {NULL},
};

static const mp_member_def property_members[] = {
    {"fget", MP_MEMBER_OBJ, offsetof(mp_property, fget), 1, NULL},
    {"fset", MP_MEMBER_OBJ, offsetof(mp_property, fset), 1, NULL},
    {"fdel", MP_MEMBER_OBJ, offsetof(mp_property, fdel), 1, NULL},
    {"__doc__", MP_MEMBER_OBJ, offsetof(mp_property, doc), 0, NULL},
    {NULL},
};

static const mp_getset_def property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL},
};

mp_type mp_type_property = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "property",
    .basicsize = sizeof(mp_property),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .doc = "Property attribute.\n\n"
           "  fget\n    function to be used for getting an attribute value\n"
           "  fset\n    function to be used for setting an attribute value\n"
           "  fdel\n    function to be used for del'ing an attribute\n"
           "  doc\n    docstring\n\n"
           "Typical use is to define a managed attribute x:\n\n"
           "class C(object):\n"
           "    def getx(self): return self._x\n"
           "    def setx(self, value): self._x = value\n"
           "    def delx(self): del self._x\n"
           "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\n"
           "Decorators make defining new properties or modifying existing ones easy:\n\n"
           "class C(object):\n"
           "    @property\n"
           "    def x(self):\n"
           "        \"I am the 'x' property.\"\n"
           "        return self._x\n"
           "    @x.setter\n"
           "    def x(self, value):\n"
           "        self._x = value\n"
           "    @x.deleter\n"
           "    def x(self):\n"
           "        del self._x",
    .dealloc = property_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = property_traverse,
    .clear = property_clear,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .members = property_members,
    .getsets = property_getsets,
};

/* Modules (module.h). */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static int init_dict(mp_module *m, mp_obj name, mp_obj doc)
{
    if (!(m->dict = mp_dict_new()))
        return -1;
    if (mp_dict_setitem(m->dict, MP_NAME(__name__), name) < 0 ||
        mp_dict_setitem(m->dict, MP_NAME(__doc__), doc) < 0 ||
        mp_dict_setitem(m->dict, MP_NAME(__package__), mp_none) < 0 ||
        mp_dict_setitem(m->dict, MP_NAME(__loader__), mp_none) < 0 ||
        mp_dict_setitem(m->dict, MP_NAME(__spec__), mp_none) < 0)
        return -1;
    return 0;
}

mp_obj mp_module_new(mp_obj name)
{
    mp_module *m = (mp_module *)mp_obj_alloc(&mp_type_module);
    if (!m)
        return NULL;
    if (init_dict(m, name, mp_none) < 0) {
        mp_decref((mp_obj)m);
        return NULL;
    }
    return (mp_obj)m;
}

mp_obj mp_module_from_def(const mp_module_def *def)
{
    mp_obj name = mp_str_intern(def->name);
    if (!name)
        return NULL;
    mp_obj m = mp_module_new(name);
    if (!m)
        return NULL;
    if (def->doc) {
        mp_obj doc = mp_str_from_cstr(def->doc);
        if (!doc || mp_dict_setitem(((mp_module *)m)->dict, MP_NAME(__doc__), doc) < 0) {
            mp_xdecref(doc);
            mp_decref(m);
            return NULL;
        }
        mp_decref(doc);
    }
    for (const mp_method_def *d = def->methods; d && d->name; d++) {
        mp_obj f = mp_builtin_func_new(d, m, name);
        int r = f ? mp_module_add(m, d->name, f) : -1;
        mp_xdecref(f);
        if (r < 0) {
            mp_decref(m);
            return NULL;
        }
    }
    if (def->exec && def->exec(m) < 0) {
        mp_decref(m);
        return NULL;
    }
    return m;
}

mp_obj mp_module_get_dict(mp_obj m) { return ((mp_module *)m)->dict; }

int mp_module_add(mp_obj m, const char *name, mp_obj value)
{
    mp_obj key = mp_str_intern(name);
    return key ? mp_dict_setitem(((mp_module *)m)->dict, key, value) : -1;
}

int mp_module_add_int(mp_obj m, const char *name, intptr_t value)
{
    mp_obj v = mp_int_from_ssize(value);
    if (!v)
        return -1;
    int r = mp_module_add(m, name, v);
    mp_decref(v);
    return r;
}

int mp_module_add_type(mp_obj m, mp_type *t)
{
    if (mp_type_ready(t) < 0)
        return -1;
    const char *dot = strrchr(t->name, '.');
    return mp_module_add(m, dot ? dot + 1 : t->name, (mp_obj)t);
}

static void module_dealloc(mp_obj self)
{
    mp_module *m = (mp_module *)self;
    mp_gc_untrack(self);
    MP_CLEAR(m->dict);
    mp_obj_free(self);
}

static int module_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj d = ((mp_module *)self)->dict;
    return d && visit(d, arg);
}

static int module_clear(mp_obj self)
{
    MP_CLEAR(((mp_module *)self)->dict);
    return 0;
}

static mp_obj module_repr(mp_obj self)
{
    mp_module *m = (mp_module *)self;
    mp_obj name = m->dict ? mp_dict_getitem(m->dict, MP_NAME(__name__)) : NULL;
    mp_obj file = m->dict ? mp_dict_getitem(m->dict, MP_NAME(__file__)) : NULL;
    if (!name)
        name = mp_str_intern("?");
    if (file)
        return mp_str_from_format("<module %R from %R>", name, file);
    const char *n = mp_str_utf8(name);
    if (strcmp(n, "sys") == 0 || strcmp(n, "builtins") == 0 || mp_builtin_module_exists(n))
        return mp_str_from_format("<module %R (built-in)>", name);
    return mp_str_from_format("<module %R>", name);
}

/* Module attributes live in its dict; a module __getattr__ (PEP 562) is
 * the fallback. */
static mp_obj module_getattro(mp_obj self, mp_obj name)
{
    mp_obj r = mp_obj_generic_getattr(self, name);
    if (r || !mp_err_matches(&mp_type_AttributeError))
        return r;
    mp_module *m = (mp_module *)self;
    mp_obj getattr = m->dict ? mp_dict_getitem(m->dict, mp_str_intern("__getattr__")) : NULL;
    if (getattr) {
        mp_err_clear();
        return mp_call1(getattr, name);
    }
    mp_err_clear();
    return mp_err_no_attribute(self, name);
}

static mp_obj module_dir(mp_obj self)
{
    mp_module *m = (mp_module *)self;
    mp_obj dirf = m->dict ? mp_dict_getitem(m->dict, MP_NAME(__dir__)) : NULL;
    if (dirf)
        return mp_call0(dirf);
    return mp_dict_keys(m->dict);
}

static int module_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"name", "doc", NULL};
    mp_obj name, doc = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "module", kwlist, 1, 2, &name, &doc) < 0)
        return -1;
    mp_module *m = (mp_module *)self;
    if (!m->dict)
        return init_dict(m, name, doc ? doc : mp_none);
    if (mp_dict_setitem(m->dict, MP_NAME(__name__), name) < 0)
        return -1;
    return mp_dict_setitem(m->dict, MP_NAME(__doc__), doc ? doc : mp_none);
}

static const mp_method_def module_methods[] = {
    {"__dir__", (void (*)(void))module_dir, MP_METH_NOARGS, NULL},
    {NULL},
};

static const mp_member_def module_members[] = {
    {"__dict__", MP_MEMBER_OBJ, offsetof(mp_module, dict), 1, NULL},
    {NULL},
};

mp_type mp_type_module = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "module",
    .basicsize = sizeof(mp_module),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_BASETYPE,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    .dealloc = module_dealloc,
    .repr = module_repr,
    .hash = mp_obj_identity_hash,
    .getattro = module_getattro,
    .setattro = mp_obj_generic_setattr,
    .new_ = mp_object_new,
    .init = module_init,
    .traverse = module_traverse,
    .clear = module_clear,
    .methods = module_methods,
    .members = module_members,
    .dictoffset = offsetof(mp_module, dict),
    .weaklistoffset = offsetof(mp_module, weakreflist),
};

/* super(): attribute lookup starting after a class in an object's MRO.
 * super() without arguments finds the class in the calling method's
 * __class__ cell and the object in its first argument. */
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/frame.h"
#include "minipy/func.h"
#include "minipy/gc.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

typedef struct {
    mp_object ob;
    mp_type *type;      /* the class named in super(type, obj) */
    mp_obj obj;         /* the instance or class, or NULL (unbound) */
    mp_type *obj_type;  /* the type whose MRO is searched */
} mp_super;

extern mp_type mp_type_super;

/* The type to search: obj's type if obj is an instance of type, obj itself
 * if it is a subclass of type. */
static mp_type *check_super(mp_type *type, mp_obj obj)
{
    if ((mp_type_of(obj)->flags & MP_TPFLAGS_TYPE_SUBCLASS) &&
        mp_type_is_subtype((mp_type *)obj, type))
        return (mp_type *)obj;
    if (mp_type_is_subtype(mp_type_of(obj), type))
        return mp_type_of(obj);
    mp_obj klass;
    int found = mp_obj_lookup_attr(obj, MP_NAME(__class__), &klass);
    if (found > 0) {
        int ok = (mp_type_of(klass)->flags & MP_TPFLAGS_TYPE_SUBCLASS) &&
                 klass != (mp_obj)mp_type_of(obj) && mp_type_is_subtype((mp_type *)klass, type);
        mp_decref(klass);
        if (ok)
            return (mp_type *)klass;
    }
    if (found < 0)
        return NULL;
    mp_err_set_str(&mp_type_TypeError,
                   "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init_fields(mp_super *s, mp_type *type, mp_obj obj)
{
    mp_type *ot = NULL;
    if (obj && obj != mp_none) {
        ot = check_super(type, obj);
        if (!ot)
            return -1;
    } else {
        obj = NULL;
    }
    MP_SETREF(s->type, (void *)(mp_newref((mp_obj)type)));
    MP_SETREF(s->obj, obj ? mp_newref(obj) : NULL);
    MP_SETREF(s->obj_type, (void *)(ot ? mp_newref((mp_obj)ot) : NULL));
    return 0;
}

mp_obj mp_super_new(mp_type *type, mp_obj obj)
{
    mp_super *s = (mp_super *)mp_obj_alloc(&mp_type_super);
    if (!s)
        return NULL;
    if (super_init_fields(s, type, obj) < 0) {
        mp_decref((mp_obj)s);
        return NULL;
    }
    return (mp_obj)s;
}

/* super() with no arguments, from the calling frame. */
static int super_from_frame(mp_type **type, mp_obj *obj)
{
    mp_frame *f = mp_ts()->frame;
    if (!f || !f->code) {
        mp_err_set_str(&mp_type_RuntimeError, "super(): no current frame");
        return -1;
    }
    mp_code *co = f->code;
    if (co->argcount == 0) {
        mp_err_set_str(&mp_type_RuntimeError, "super(): no arguments");
        return -1;
    }
    mp_obj first = f->localsplus[0];
    /* The first argument may have become a cell (captured by a closure). */
    if (first && (co->localspluskinds[0] & MP_CO_FAST_CELL) && mp_type_of(first) == &mp_type_cell)
        first = ((mp_cell *)first)->ref;
    if (!first) {
        mp_err_set_str(&mp_type_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        mp_obj name = MP_TUPLE_GET(co->localsplusnames, i);
        if (!mp_str_eq(name, MP_NAME(__class__)))
            continue;
        mp_obj cell = f->localsplus[i];
        mp_obj cls = cell && mp_type_of(cell) == &mp_type_cell ? ((mp_cell *)cell)->ref : NULL;
        if (!cls) {
            mp_err_set_str(&mp_type_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!(mp_type_of(cls)->flags & MP_TPFLAGS_TYPE_SUBCLASS)) {
            mp_err_format(&mp_type_RuntimeError, "super(): __class__ is not a type (%s)",
                          mp_type_of(cls)->name);
            return -1;
        }
        *type = (mp_type *)cls;
        *obj = first;
        return 0;
    }
    mp_err_set_str(&mp_type_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static mp_obj super_new(mp_type *t, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("super", kwnames) < 0 || mp_arg_check_count("super", nargs, 0, 2) < 0)
        return NULL;
    return mp_obj_alloc(t);
}

static int super_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_type *type;
    mp_obj obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0)
            return -1;
    } else {
        if (!(mp_type_of(args[0])->flags & MP_TPFLAGS_TYPE_SUBCLASS)) {
            mp_err_format(&mp_type_TypeError, "super() argument 1 must be a type, not %s",
                          mp_type_of(args[0])->name);
            return -1;
        }
        type = (mp_type *)args[0];
        obj = nargs > 1 ? args[1] : NULL;
    }
    return super_init_fields((mp_super *)self, type, obj);
}

static mp_obj super_getattro(mp_obj self, mp_obj name)
{
    mp_super *s = (mp_super *)self;
    /* super().__class__ is super's own. */
    if (s->obj_type && !mp_str_eq(name, MP_NAME(__class__))) {
        mp_obj mro = s->obj_type->mro;
        intptr_t n = mro ? MP_TUPLE_LEN(mro) : 0, i = 0;
        while (i < n && MP_TUPLE_GET(mro, i) != (mp_obj)s->type)
            i++;
        for (i++; i < n; i++) {
            mp_type *t = (mp_type *)MP_TUPLE_GET(mro, i);
            mp_obj v = t->dict ? mp_dict_getitem(t->dict, name) : NULL;
            if (!v)
                continue;
            mp_descrgetfunc get = mp_type_of(v)->descr_get;
            if (!get)
                return mp_newref(v);
            /* obj is the class itself for classmethods called on a class. */
            mp_obj inst = s->obj == (mp_obj)s->obj_type ? NULL : s->obj;
            return get(v, inst, (mp_obj)s->obj_type);
        }
    }
    return mp_obj_generic_getattr(self, name);
}

static mp_obj super_descr_get(mp_obj self, mp_obj obj, mp_obj type)
{
    mp_super *s = (mp_super *)self;
    if (!obj || obj == mp_none || s->obj)
        return mp_newref(self);
    return mp_super_new(s->type, obj);
}

static mp_obj super_repr(mp_obj self)
{
    mp_super *s = (mp_super *)self;
    if (s->obj_type)
        return mp_str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                                  s->obj_type->name);
    return mp_str_from_format("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}

static void super_dealloc(mp_obj self)
{
    mp_super *s = (mp_super *)self;
    mp_gc_untrack(self);
    MP_CLEAR(s->type);
    MP_CLEAR(s->obj);
    MP_CLEAR(s->obj_type);
    mp_obj_free(self);
}

static int super_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_super *s = (mp_super *)self;
    return (s->obj && visit(s->obj, arg)) || (s->type && visit((mp_obj)s->type, arg)) ||
           (s->obj_type && visit((mp_obj)s->obj_type, arg));
}

static const mp_member_def super_members[] = {
    {"__thisclass__", MP_MEMBER_OBJ, offsetof(mp_super, type), 1, "the class invoking super()"},
    {"__self__", MP_MEMBER_OBJ, offsetof(mp_super, obj), 1, "the instance invoking super(); may be None"},
    {"__self_class__", MP_MEMBER_OBJ, offsetof(mp_super, obj_type), 1, "the type of the instance invoking super(); may be None"},
    {NULL},
};

mp_type mp_type_super = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "super",
    .basicsize = sizeof(mp_super),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .traverse = super_traverse,
    .members = super_members,
};

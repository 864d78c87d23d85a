/* Functions, cells, bound methods and built-in functions (func.h).
 * Calling a Python function is the VM's business (vm/call.c). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/gc.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* ---- function ---------------------------------------------------------------------- */

mp_obj mp_func_new(mp_code *code, mp_obj globals, mp_obj qualname)
{
    mp_func *f = (mp_func *)mp_obj_alloc(&mp_type_function);
    if (!f)
        return NULL;
    f->code = (mp_code *)mp_newref((mp_obj)code);
    f->globals = mp_newref(globals);
    f->name = mp_newref(code->name);
    f->qualname = mp_newref(qualname ? qualname : code->qualname);
    /* Builtins come from the globals' __builtins__, as in CPython. */
    mp_obj b = mp_dict_getitem(globals, MP_NAME(__builtins__));
    if (b && mp_type_of(b) == &mp_type_module)
        b = mp_module_get_dict(b);
    if (!b || !mp_dict_check(b))
        b = mp_the_interp.builtins;
    f->builtins = mp_newref(b);
    /* The docstring is the first constant when it is a str (the compiler
     * puts None there for functions without one). */
    mp_obj doc = MP_TUPLE_LEN(code->consts) > 0 ? MP_TUPLE_GET(code->consts, 0) : mp_none;
    f->doc = mp_newref(mp_str_check(doc) ? doc : mp_none);
    mp_obj module = mp_dict_getitem(globals, MP_NAME(__name__));
    f->module = mp_newref(module ? module : mp_none);
    return (mp_obj)f;
}

static int func_clear(mp_obj self)
{
    mp_func *f = (mp_func *)self;
    MP_CLEAR(f->globals);
    MP_CLEAR(f->builtins);
    MP_CLEAR(f->defaults);
    MP_CLEAR(f->kwdefaults);
    MP_CLEAR(f->closure);
    MP_CLEAR(f->doc);
    MP_CLEAR(f->dict);
    MP_CLEAR(f->annotations);
    MP_CLEAR(f->module);
    MP_CLEAR(f->name);
    MP_CLEAR(f->qualname);
    return 0;
}

static void func_dealloc(mp_obj self)
{
    mp_func *f = (mp_func *)self;
    mp_gc_untrack(self);
    func_clear(self);
    MP_CLEAR(f->code);
    mp_obj_free(self);
}

static int func_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_func *f = (mp_func *)self;
    mp_obj fields[] = {(mp_obj)f->code, f->globals, f->builtins, f->defaults, f->kwdefaults,
                       f->closure, f->doc, f->dict, f->annotations, f->module, f->name,
                       f->qualname};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    return 0;
}

static mp_obj func_repr(mp_obj self)
{
    return mp_str_from_format("<function %U at %p>", ((mp_func *)self)->qualname, (void *)self);
}

/* A function found on a class binds to the instance it is read from. */
static mp_obj func_descr_get(mp_obj self, mp_obj obj, mp_obj type)
{
    if (!obj || obj == mp_none) {
        if (obj == mp_none && type != (mp_obj)&mp_type_none)
            return mp_method_new(self, obj);
        return mp_newref(self);
    }
    return mp_method_new(self, obj);
}

#define FUNC_MEMBER(name, field, ro) {name, MP_MEMBER_OBJ, offsetof(mp_func, field), ro, NULL}

static const mp_member_def func_members[] = {
    FUNC_MEMBER("__closure__", closure, 1),
    FUNC_MEMBER("__doc__", doc, 0),
    FUNC_MEMBER("__globals__", globals, 1),
    FUNC_MEMBER("__module__", module, 0),
    FUNC_MEMBER("__builtins__", builtins, 1),
    {NULL},
};

static mp_obj func_get_code(mp_obj self, void *c) { return mp_newref((mp_obj)((mp_func *)self)->code); }
static int func_set_code(mp_obj self, mp_obj v, void *c)
{
    if (!v || mp_type_of(v) != &mp_type_code) {
        mp_err_set_str(&mp_type_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    mp_func *f = (mp_func *)self;
    mp_incref(v);
    MP_SETREF(f->code, (void *)(v));
    f->version++;
    return 0;
}

static mp_obj func_get_name(mp_obj self, void *c) { return mp_newref(((mp_func *)self)->name); }
static int func_set_name(mp_obj self, mp_obj v, void *which)
{
    if (!v || !mp_str_check(v)) {
        mp_err_format(&mp_type_TypeError, "%s must be set to a string object",
                      which ? "__qualname__" : "__name__");
        return -1;
    }
    mp_func *f = (mp_func *)self;
    if (which)
        MP_SETREF(f->qualname, mp_newref(v));
    else
        MP_SETREF(f->name, mp_newref(v));
    return 0;
}
static mp_obj func_get_qualname(mp_obj self, void *c) { return mp_newref(((mp_func *)self)->qualname); }

static mp_obj func_get_defaults(mp_obj self, void *c)
{
    mp_obj d = ((mp_func *)self)->defaults;
    return mp_newref(d ? d : mp_none);
}
static int func_set_defaults(mp_obj self, mp_obj v, void *c)
{
    if (v == mp_none)
        v = NULL;
    if (v && !mp_tuple_check(v)) {
        mp_err_set_str(&mp_type_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    mp_func *f = (mp_func *)self;
    mp_xincref(v);
    MP_SETREF(f->defaults, v);
    f->version++;
    return 0;
}

static mp_obj func_get_kwdefaults(mp_obj self, void *c)
{
    mp_obj d = ((mp_func *)self)->kwdefaults;
    return mp_newref(d ? d : mp_none);
}
static int func_set_kwdefaults(mp_obj self, mp_obj v, void *c)
{
    if (v == mp_none)
        v = NULL;
    if (v && !mp_dict_check(v)) {
        mp_err_set_str(&mp_type_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    mp_func *f = (mp_func *)self;
    mp_xincref(v);
    MP_SETREF(f->kwdefaults, v);
    f->version++;
    return 0;
}

static mp_obj func_get_annotations(mp_obj self, void *c)
{
    mp_func *f = (mp_func *)self;
    if (!f->annotations && !(f->annotations = mp_dict_new()))
        return NULL;
    /* MAKE_FUNCTION stores annotations as a flat tuple (name, value, ...). */
    if (mp_tuple_check(f->annotations)) {
        mp_obj t = f->annotations, d = mp_dict_new();
        if (!d)
            return NULL;
        for (intptr_t i = 0; i + 1 < MP_TUPLE_LEN(t); i += 2)
            if (mp_dict_setitem(d, MP_TUPLE_GET(t, i), MP_TUPLE_GET(t, i + 1)) < 0) {
                mp_decref(d);
                return NULL;
            }
        MP_SETREF(f->annotations, d);
    }
    return mp_newref(f->annotations);
}
static int func_set_annotations(mp_obj self, mp_obj v, void *c)
{
    if (v == mp_none)
        v = NULL;
    if (v && !mp_dict_check(v)) {
        mp_err_set_str(&mp_type_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    mp_xincref(v);
    MP_SETREF(((mp_func *)self)->annotations, v);
    return 0;
}

static mp_obj func_get_dict(mp_obj self, void *c)
{
    mp_func *f = (mp_func *)self;
    if (!f->dict && !(f->dict = mp_dict_new()))
        return NULL;
    return mp_newref(f->dict);
}
static int func_set_dict(mp_obj self, mp_obj v, void *c)
{
    if (!v || !mp_dict_check(v)) {
        mp_err_set_str(&mp_type_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    MP_SETREF(((mp_func *)self)->dict, mp_newref(v));
    return 0;
}

static const mp_getset_def func_getsets[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_name, NULL, (void *)1},
    {NULL},
};

static mp_obj func_new_from_python(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    mp_obj code, globals, name = NULL, defs = NULL, closure = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "function", kwlist, 2, 5, &code, &globals, &name,
                     &defs, &closure) < 0)
        return NULL;
    if (mp_type_of(code) != &mp_type_code || !mp_dict_check(globals))
        return mp_err_set_str(&mp_type_TypeError, "function() argument 'code' must be code, not other");
    mp_obj f = mp_func_new((mp_code *)code, globals, NULL);
    if (!f)
        return NULL;
    if (name && name != mp_none)
        MP_SETREF(((mp_func *)f)->name, mp_newref(name));
    if (defs && defs != mp_none)
        ((mp_func *)f)->defaults = mp_newref(defs);
    if (closure && closure != mp_none)
        ((mp_func *)f)->closure = mp_newref(closure);
    return f;
}

mp_type mp_type_function = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "function",
    .basicsize = sizeof(mp_func),
    .flags = MP_TPFLAGS_GC | MP_TPFLAGS_METHOD_DESCRIPTOR,
    .doc = "Create a function object.",
    .dealloc = func_dealloc,
    .repr = func_repr,
    .hash = mp_obj_identity_hash,
    .call = mp_func_call,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .descr_get = func_descr_get,
    .new_ = func_new_from_python,
    .traverse = func_traverse,
    .clear = func_clear,
    .members = func_members,
    .getsets = func_getsets,
    .dictoffset = offsetof(mp_func, dict),
    .weaklistoffset = offsetof(mp_func, weakreflist),
};

/* ---- cell --------------------------------------------------------------------------------- */

mp_obj mp_cell_new(mp_obj ref)
{
    mp_cell *c = (mp_cell *)mp_obj_alloc(&mp_type_cell);
    if (c)
        c->ref = ref ? mp_newref(ref) : NULL;
    return (mp_obj)c;
}

static void cell_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    MP_CLEAR(((mp_cell *)self)->ref);
    mp_obj_free(self);
}

static int cell_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj r = ((mp_cell *)self)->ref;
    return r && visit(r, arg);
}

static int cell_clear(mp_obj self)
{
    MP_CLEAR(((mp_cell *)self)->ref);
    return 0;
}

static mp_obj cell_repr(mp_obj self)
{
    mp_obj r = ((mp_cell *)self)->ref;
    if (!r)
        return mp_str_from_format("<cell at %p: empty>", (void *)self);
    return mp_str_from_format("<cell at %p: %s object at %p>", (void *)self,
                              mp_type_of(r)->name, (void *)r);
}

static mp_obj cell_get_contents(mp_obj self, void *c)
{
    mp_obj r = ((mp_cell *)self)->ref;
    if (!r)
        return mp_err_set_str(&mp_type_ValueError, "Cell is empty");
    return mp_newref(r);
}

static int cell_set_contents(mp_obj self, mp_obj v, void *c)
{
    mp_xincref(v);
    MP_SETREF(((mp_cell *)self)->ref, v);
    return 0;
}

static mp_obj cell_richcompare(mp_obj a, mp_obj b, int op)
{
    if (mp_type_of(b) != &mp_type_cell)
        MP_RETURN_NOTIMPLEMENTED;
    mp_obj x = ((mp_cell *)a)->ref, y = ((mp_cell *)b)->ref;
    if (x && y)
        return mp_obj_richcompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case MP_LT: r = c < 0; break;
    case MP_LE: r = c <= 0; break;
    case MP_EQ: r = c == 0; break;
    case MP_NE: r = c != 0; break;
    case MP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mp_bool(r);
}

static const mp_getset_def cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL},
};

/* cell() or cell(contents): types.CellType, as CPython's cell_new. */
static mp_obj cell_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames) > 0)
        return mp_err_set_str(&mp_type_TypeError, "cell() takes no keyword arguments");
    if (nargs > 1)
        return mp_err_format(&mp_type_TypeError, "cell expected at most 1 argument, got %zu",
                             nargs);
    return mp_cell_new(nargs ? args[0] : NULL);
}

mp_type mp_type_cell = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "cell",
    .basicsize = sizeof(mp_cell),
    .flags = MP_TPFLAGS_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getattro = mp_obj_generic_getattr,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getsets = cell_getsets,
    .new_ = cell_new_slot,
};

/* ---- bound method ---------------------------------------------------------------------------- */

mp_obj mp_method_new(mp_obj func, mp_obj self)
{
    mp_method *m = (mp_method *)mp_obj_alloc(&mp_type_method);
    if (!m)
        return NULL;
    m->func = mp_newref(func);
    m->self = mp_newref(self);
    return (mp_obj)m;
}

static void method_dealloc(mp_obj self)
{
    mp_method *m = (mp_method *)self;
    mp_gc_untrack(self);
    MP_CLEAR(m->func);
    MP_CLEAR(m->self);
    mp_obj_free(self);
}

static int method_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_method *m = (mp_method *)self;
    return (m->func && visit(m->func, arg)) || (m->self && visit(m->self, arg));
}

static int method_clear(mp_obj self)
{
    mp_method *m = (mp_method *)self;
    MP_CLEAR(m->func);
    MP_CLEAR(m->self);
    return 0;
}

/* m(args) is m.__func__(m.__self__, args): the self goes in front. */
static mp_obj method_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_method *m = (mp_method *)self;
    size_t total = nargs + (kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0);
    mp_obj small[8];
    mp_obj *stack = total + 1 <= 8 ? small : mp_malloc(sizeof(mp_obj) * (total + 1));
    if (!stack)
        return mp_err_no_memory();
    stack[0] = m->self;
    for (size_t i = 0; i < total; i++)
        stack[i + 1] = args[i];
    mp_obj r = mp_call(m->func, stack, nargs + 1, kwnames);
    if (stack != small)
        mp_free(stack);
    return r;
}

static mp_obj method_repr(mp_obj self)
{
    mp_method *m = (mp_method *)self;
    mp_obj name;
    int found = mp_obj_lookup_attr(m->func, MP_NAME(__qualname__), &name);
    if (found == 0)
        found = mp_obj_lookup_attr(m->func, MP_NAME(__name__), &name);
    if (found < 0)
        return NULL;
    mp_obj self_repr = mp_obj_repr(m->self);
    if (!self_repr) {
        mp_xdecref(name);
        return NULL;
    }
    mp_obj r = found && mp_str_check(name)
                   ? mp_str_from_format("<bound method %U of %U>", name, self_repr)
                   : mp_str_from_format("<bound method ? of %U>", self_repr);
    mp_xdecref(name);
    mp_decref(self_repr);
    return r;
}

static mp_obj method_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op != MP_EQ && op != MP_NE) || mp_type_of(b) != &mp_type_method)
        MP_RETURN_NOTIMPLEMENTED;
    mp_method *x = (mp_method *)a, *y = (mp_method *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = mp_obj_richcompare_bool(x->func, y->func, MP_EQ);
        if (eq < 0)
            return NULL;
    }
    return mp_bool(op == MP_EQ ? eq : !eq);
}

static mp_hash_t method_hash(mp_obj self)
{
    mp_method *m = (mp_method *)self;
    mp_hash_t a = mp_obj_identity_hash(m->self), b = mp_obj_hash(m->func);
    if (b == -1)
        return -1;
    mp_hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

/* Other attributes come from the function (m.__name__, m.__doc__). */
static mp_obj method_getattro(mp_obj self, mp_obj name)
{
    mp_type *t = mp_type_of(self);
    mp_obj descr = mp_type_lookup(t, name);
    if (descr) {
        mp_descrgetfunc get = mp_type_of(descr)->descr_get;
        return get ? get(descr, self, (mp_obj)t) : mp_newref(descr);
    }
    return mp_obj_getattr(((mp_method *)self)->func, name);
}

static const mp_member_def method_members[] = {
    {"__func__", MP_MEMBER_OBJ, offsetof(mp_method, func), 1, NULL},
    {"__self__", MP_MEMBER_OBJ, offsetof(mp_method, self), 1, NULL},
    {NULL},
};

static mp_obj method_get_doc(mp_obj self, void *c)
{
    return mp_obj_getattr(((mp_method *)self)->func, MP_NAME(__doc__));
}

static const mp_getset_def method_getsets[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL},
};

/* method(function, instance), as types.MethodType. */
static mp_obj method_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("method", kwnames) < 0 || mp_arg_check_count("method", nargs, 2, 2) < 0)
        return NULL;
    if (!mp_callable(args[0]))
        return mp_err_set_str(&mp_type_TypeError, "first argument must be callable");
    if (args[1] == mp_none)
        return mp_err_set_str(&mp_type_TypeError, "instance must not be None");
    return mp_method_new(args[0], args[1]);
}

mp_type mp_type_method = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "method",
    .new_ = method_new,
    .basicsize = sizeof(mp_method),
    .flags = MP_TPFLAGS_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattro = method_getattro,
    .traverse = method_traverse,
    .clear = method_clear,
    .members = method_members,
    .getsets = method_getsets,
    .weaklistoffset = offsetof(mp_method, weakreflist),
};

/* ---- built-in functions ------------------------------------------------------------------------ */

mp_obj mp_builtin_func_new(const mp_method_def *def, mp_obj self, mp_obj module)
{
    mp_builtin_func *f = (mp_builtin_func *)mp_obj_alloc(&mp_type_builtin_function);
    if (!f)
        return NULL;
    f->def = def;
    f->self = self ? mp_newref(self) : NULL;
    f->module = module ? mp_newref(module) : NULL;
    return (mp_obj)f;
}

typedef mp_obj (*noargs_fn)(mp_obj);
typedef mp_obj (*o_fn)(mp_obj, mp_obj);
typedef mp_obj (*fast_fn)(mp_obj, mp_obj const *, size_t);
typedef mp_obj (*fastkw_fn)(mp_obj, mp_obj const *, size_t, mp_obj);

/* The name CPython's call errors use (_PyObject_FunctionStr): "str.upper"
 * for a method of a type, "math.floor" for a module's function, "len" for
 * one of builtins. */
static void call_name(const mp_method_def *def, mp_obj self, char *buf, size_t size)
{
    if (self && mp_type_of(self) == &mp_type_module) {
        mp_obj mod = mp_dict_getitem_str(mp_module_get_dict(self), "__name__");
        if (mod && mp_str_check(mod) && !mp_str_eq_cstr(mod, "builtins")) {
            snprintf(buf, size, "%s.%s", mp_str_utf8(mod), def->name);
            return;
        }
    }
    if (!self || mp_type_of(self) == &mp_type_module) {
        snprintf(buf, size, "%s", def->name);
        return;
    }
    mp_type *t = (def->flags & MP_METH_CLASS) && (mp_type_of(self)->flags & MP_TPFLAGS_TYPE_SUBCLASS)
                     ? (mp_type *)self
                     : mp_type_of(self);
    const char *tn = strrchr(t->name, '.');
    snprintf(buf, size, "%s.%s", tn ? tn + 1 : t->name, def->name);
}

mp_obj mp_method_def_call(const mp_method_def *def, mp_obj self, mp_obj const *args,
                          size_t nargs, mp_obj kwnames)
{
    int flags = def->flags & (MP_METH_NOARGS | MP_METH_O | MP_METH_FASTCALL | MP_METH_KEYWORDS);
    char name[160];
    if (!(flags & MP_METH_KEYWORDS) && kwnames && MP_TUPLE_LEN(kwnames)) {
        call_name(def, self, name, sizeof name);
        return mp_err_format(&mp_type_TypeError, "%s() takes no keyword arguments", name);
    }
    switch (flags) {
    case MP_METH_NOARGS:
        if (nargs != 0) {
            call_name(def, self, name, sizeof name);
            return mp_err_format(&mp_type_TypeError, "%s() takes no arguments (%zu given)",
                                 name, nargs);
        }
        return ((noargs_fn)def->func)(self);
    case MP_METH_O:
        if (nargs != 1) {
            call_name(def, self, name, sizeof name);
            return mp_err_format(&mp_type_TypeError,
                                 "%s() takes exactly one argument (%zu given)", name, nargs);
        }
        return ((o_fn)def->func)(self, args[0]);
    case MP_METH_FASTCALL:
        return ((fast_fn)def->func)(self, args, nargs);
    case MP_METH_FASTCALL | MP_METH_KEYWORDS:
        return ((fastkw_fn)def->func)(self, args, nargs, kwnames);
    default:
        return mp_err_format(&mp_type_SystemError, "%s() has bad call flags", def->name);
    }
}

static mp_obj builtin_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_builtin_func *f = (mp_builtin_func *)self;
    return mp_method_def_call(f->def, f->self, args, nargs, kwnames);
}

static void builtin_dealloc(mp_obj self)
{
    mp_builtin_func *f = (mp_builtin_func *)self;
    mp_gc_untrack(self);
    MP_CLEAR(f->self);
    MP_CLEAR(f->module);
    mp_obj_free(self);
}

static int builtin_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_builtin_func *f = (mp_builtin_func *)self;
    return (f->self && visit(f->self, arg)) || (f->module && visit(f->module, arg));
}

static int builtin_is_function(mp_builtin_func *f)
{
    /* A module's function has its module as self: it shows as a function. */
    return !f->self || mp_type_of(f->self) == &mp_type_module;
}

static mp_obj builtin_repr(mp_obj self)
{
    mp_builtin_func *f = (mp_builtin_func *)self;
    if (builtin_is_function(f))
        return mp_str_from_format("<built-in function %s>", f->def->name);
    if (mp_type_of(f->self)->flags & MP_TPFLAGS_TYPE_SUBCLASS && (f->def->flags & MP_METH_CLASS))
        return mp_str_from_format("<built-in method %s of type object at %p>", f->def->name,
                                  (void *)f->self);
    return mp_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              mp_type_of(f->self)->name, (void *)f->self);
}

static mp_obj builtin_get_name(mp_obj self, void *c)
{
    return mp_str_from_cstr(((mp_builtin_func *)self)->def->name);
}

static mp_obj builtin_get_qualname(mp_obj self, void *c)
{
    mp_builtin_func *f = (mp_builtin_func *)self;
    if (builtin_is_function(f))
        return mp_str_from_cstr(f->def->name);
    mp_type *t = (mp_type_of(f->self)->flags & MP_TPFLAGS_TYPE_SUBCLASS) ? (mp_type *)f->self
                                                                         : mp_type_of(f->self);
    mp_obj tq = mp_type_qualname(t);
    if (!tq)
        return NULL;
    mp_obj r = mp_str_from_format("%U.%s", tq, f->def->name);
    mp_decref(tq);
    return r;
}

/* A doc string may start with the function's signature as CPython's
 * Argument Clinic writes it: "len($module, obj, /)\n--\n\n" then the doc.
 * Returns the end of that signature (after its ')'), or NULL. */
static const char *doc_signature_end(const char *name, const char *doc)
{
    size_t n = strlen(name);
    if (!doc || strncmp(doc, name, n) != 0 || doc[n] != '(')
        return NULL;
    const char *end = strstr(doc + n, ")\n--\n\n");
    return end ? end + 1 : NULL;
}

static mp_obj builtin_get_doc(mp_obj self, void *c)
{
    const mp_method_def *def = ((mp_builtin_func *)self)->def;
    const char *doc = def->doc;
    const char *sig_end = doc_signature_end(def->name, doc);
    if (sig_end)
        doc = sig_end + 5; /* past "\n--\n\n" */
    return doc && *doc ? mp_str_from_cstr(doc) : mp_newref(mp_none);
}

/* "($module, obj, /)", what inspect.signature reads; None without one. */
static mp_obj builtin_get_text_signature(mp_obj self, void *c)
{
    const mp_method_def *def = ((mp_builtin_func *)self)->def;
    const char *sig_end = doc_signature_end(def->name, def->doc);
    if (!sig_end)
        MP_RETURN_NONE;
    const char *start = def->doc + strlen(def->name);
    return mp_str_new(start, (size_t)(sig_end - start));
}

static mp_obj builtin_get_self(mp_obj self, void *c)
{
    mp_obj s = ((mp_builtin_func *)self)->self;
    return mp_newref(s ? s : mp_none);
}

static mp_obj builtin_get_module(mp_obj self, void *c)
{
    mp_obj m = ((mp_builtin_func *)self)->module;
    return mp_newref(m ? m : mp_none);
}

static const mp_getset_def builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL, NULL},
    {NULL},
};

static mp_obj builtin_richcompare(mp_obj a, mp_obj b, int op)
{
    if ((op != MP_EQ && op != MP_NE) || mp_type_of(b) != &mp_type_builtin_function)
        MP_RETURN_NOTIMPLEMENTED;
    mp_builtin_func *x = (mp_builtin_func *)a, *y = (mp_builtin_func *)b;
    int eq = x->def == y->def && x->self == y->self;
    return mp_bool(op == MP_EQ ? eq : !eq);
}

static mp_hash_t builtin_hash(mp_obj self)
{
    mp_builtin_func *f = (mp_builtin_func *)self;
    mp_hash_t h = mp_obj_identity_hash((mp_obj)(uintptr_t)f->def) ^
                  (f->self ? mp_obj_identity_hash(f->self) : 0);
    return h == -1 ? -2 : h;
}

mp_type mp_type_builtin_function = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(mp_builtin_func),
    .flags = MP_TPFLAGS_GC,
    .dealloc = builtin_dealloc,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_richcompare,
    .call = builtin_call,
    .getattro = mp_obj_generic_getattr,
    .traverse = builtin_traverse,
    .getsets = builtin_getsets,
    .weaklistoffset = offsetof(mp_builtin_func, weakreflist),
};

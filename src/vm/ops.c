/* The eval loop's out-of-line work (call.h): raising, unpacking, names,
 * with statements, star-args, function creation, f-string pieces. */
#include <signal.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/call.h"
#include "minipy/code.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/gen.h"
#include "minipy/gil.h"
#include "minipy/import.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* ---- raise ---------------------------------------------------------------------------- */

/* An exception instance from a class or an instance, or NULL with
 * TypeError "exceptions must derive from BaseException". */
static mp_obj make_exception(mp_obj e, const char *what)
{
    if (mp_exc_type_check(e)) {
        mp_obj inst = mp_call0(e);
        if (!inst)
            return NULL;
        if (!mp_exc_check(inst)) {
            mp_err_format(&mp_type_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          e, mp_type_of(inst)->name);
            mp_decref(inst);
            return NULL;
        }
        return inst;
    }
    if (mp_exc_check(e))
        return mp_newref(e);
    return mp_err_set_str(&mp_type_TypeError, what);
}

int mp_do_raise(mp_obj exc, mp_obj cause)
{
    if (!exc) {
        /* Bare raise: the exception being handled, with its traceback. */
        mp_exc_info *ei = mp_ts()->exc_info;
        mp_obj cur = NULL;
        for (; ei; ei = ei->previous)
            if (ei->exc && ei->exc != mp_none) {
                cur = ei->exc;
                break;
            }
        if (!cur) {
            mp_err_set_str(&mp_type_RuntimeError, "No active exception to reraise");
            return -1;
        }
        mp_err_restore(mp_newref(cur));
        return 1;
    }
    mp_obj inst = make_exception(exc, "exceptions must derive from BaseException");
    if (!inst)
        return -1;
    if (cause) {
        mp_obj c;
        if (cause == mp_none) {
            c = NULL;
        } else {
            c = make_exception(cause, "exception causes must derive from BaseException");
            if (!c) {
                mp_decref(inst);
                return -1;
            }
        }
        mp_exc_set_cause(inst, c);
    }
    mp_err_set_exc(inst);
    mp_decref(inst);
    return -1;
}

int mp_exc_matches(mp_obj exc, mp_obj type)
{
    if (mp_tuple_check(type)) {
        for (intptr_t i = 0; i < MP_TUPLE_LEN(type); i++)
            if (!mp_exc_type_check(MP_TUPLE_GET(type, i)))
                goto bad;
        for (intptr_t i = 0; i < MP_TUPLE_LEN(type); i++)
            if (mp_type_is_subtype(mp_type_of(exc), (mp_type *)MP_TUPLE_GET(type, i)))
                return 1;
        return 0;
    }
    if (!mp_exc_type_check(type))
        goto bad;
    return mp_type_is_subtype(mp_type_of(exc), (mp_type *)type);
bad:
    mp_err_set_str(&mp_type_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* ---- unpacking -------------------------------------------------------------------------- */

int mp_unpack(mp_obj seq, int before, int after, mp_obj *sp)
{
    mp_obj it = mp_obj_getiter(seq);
    if (!it) {
        if (mp_err_matches(&mp_type_TypeError) && !mp_type_of(seq)->iter) {
            mp_err_clear();
            mp_err_format(&mp_type_TypeError, "cannot unpack non-iterable %s object",
                          mp_type_of(seq)->name);
        }
        return -1;
    }
    int total = before + (after >= 0 ? after + 1 : 0);
    /* The items go to sp[total-1] down to sp[0]: the first item on top. */
    mp_obj *top = sp + total;
    int i;
    for (i = 0; i < before; i++) {
        mp_obj v = mp_iter_next(it);
        if (!v) {
            if (!mp_err_occurred()) {
                if (after < 0)
                    mp_err_format(&mp_type_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    mp_err_format(&mp_type_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
            }
            goto fail;
        }
        *--top = v;
    }
    if (after < 0) {
        mp_obj extra = mp_iter_next(it);
        if (extra) {
            mp_decref(extra);
            mp_err_format(&mp_type_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (mp_err_occurred())
            goto fail;
        mp_decref(it);
        return 0;
    }
    mp_obj rest = mp_sequence_list(it);
    if (!rest)
        goto fail;
    intptr_t n = MP_LIST_LEN(rest);
    if (n < after) {
        mp_err_format(&mp_type_ValueError,
                      "not enough values to unpack (expected at least %d, got %zd)", before + after,
                      (size_t)(before + n));
        mp_decref(rest);
        goto fail;
    }
    *--top = rest;
    /* The last `after` items move from the list onto the stack. */
    for (int k = 0; k < after; k++)
        *--top = MP_LIST_GET(rest, n - after + k);
    MP_LIST_LEN(rest) = n - after;
    mp_decref(it);
    return 0;
fail:
    while (top < sp + total) {
        mp_obj v = *top++;
        mp_decref(v);
    }
    mp_decref(it);
    return -1;
}

/* ---- with -------------------------------------------------------------------------------- */

/* A special method looked up on the type, bound to obj (NULL, no error, if
 * absent). */
static mp_obj lookup_special(mp_obj obj, mp_obj name)
{
    mp_obj f = mp_type_lookup(mp_type_of(obj), name);
    if (!f)
        return NULL;
    mp_descrgetfunc get = mp_type_of(f)->descr_get;
    return get ? get(f, obj, (mp_obj)mp_type_of(obj)) : mp_newref(f);
}

mp_obj mp_with_enter(mp_obj mgr, mp_obj *exit, int async)
{
    mp_obj enter = lookup_special(mgr, async ? MP_NAME(__aenter__) : MP_NAME(__enter__));
    if (!enter) {
        if (!mp_err_occurred())
            mp_err_format(&mp_type_TypeError,
                          async ? "'%s' object does not support the asynchronous context manager protocol"
                                : "'%s' object does not support the context manager protocol",
                          mp_type_of(mgr)->name);
        return NULL;
    }
    *exit = lookup_special(mgr, async ? MP_NAME(__aexit__) : MP_NAME(__exit__));
    if (!*exit) {
        mp_decref(enter);
        if (!mp_err_occurred())
            mp_err_format(&mp_type_TypeError,
                          async ? "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                                : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          mp_type_of(mgr)->name);
        return NULL;
    }
    /* __aenter__'s result is made awaitable by the GET_AWAITABLE that
     * follows, as in CPython. */
    mp_obj r = mp_call0(enter);
    mp_decref(enter);
    if (!r)
        MP_CLEAR(*exit);
    return r;
}

/* ---- names -------------------------------------------------------------------------------- */

void mp_name_error(mp_obj name)
{
    mp_obj msg = mp_str_from_format("name '%U' is not defined", name);
    if (!msg)
        return;
    mp_obj args = mp_tuple_pack(1, msg);
    mp_decref(msg);
    if (!args)
        return;
    mp_obj exc = mp_exc_new(&mp_type_NameError, args);
    mp_decref(args);
    if (!exc)
        return;
    MP_SETREF(((mp_exc_name *)exc)->name, mp_newref(name));
    mp_err_set_exc(exc);
    mp_decref(exc);
}

void mp_unbound_error(mp_code *co, int index)
{
    mp_obj name = MP_TUPLE_GET(co->localsplusnames, index);
    unsigned char kind = co->localspluskinds[index];
    if (kind & MP_CO_FAST_FREE)
        mp_err_format(&mp_type_NameError,
                      "cannot access free variable '%U' where it is not associated with a value "
                      "in enclosing scope", name);
    else
        mp_err_format(&mp_type_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      name);
}

static mp_obj mapping_get(mp_obj m, mp_obj key)
{
    /* Only an exact dict: a subclass's __getitem__/__missing__ is honoured. */
    if (mp_type_of(m) == &mp_type_dict) {
        mp_obj v = mp_dict_getitem(m, key);
        return v ? mp_newref(v) : NULL;
    }
    mp_obj v = mp_obj_getitem(m, key);
    if (!v && mp_err_matches(&mp_type_KeyError))
        mp_err_clear();
    return v;
}

mp_obj mp_load_name(mp_frame *f, mp_obj name)
{
    mp_obj v;
    if (f->locals) {
        v = mapping_get(f->locals, name);
        if (v || mp_err_occurred())
            return v;
    }
    v = mp_dict_getitem(f->globals, name);
    if (v)
        return mp_newref(v);
    if (mp_err_occurred())
        return NULL;
    v = mapping_get(f->builtins, name);
    if (v || mp_err_occurred())
        return v;
    mp_name_error(name);
    return NULL;
}

mp_obj mp_load_global(mp_frame *f, mp_obj name)
{
    mp_hash_t h = mp_str_hash(name);
    mp_obj v = mp_dict_getitem_hash(f->globals, name, h);
    if (v)
        return mp_newref(v);
    if (mp_err_occurred())
        return NULL;
    v = mp_dict_getitem_hash(f->builtins, name, h);
    if (v)
        return mp_newref(v);
    if (!mp_err_occurred())
        mp_name_error(name);
    return NULL;
}

/* ---- imports ---------------------------------------------------------------------------------- */

mp_obj mp_import_name(mp_frame *f, mp_obj name, mp_obj fromlist, mp_obj level)
{
    mp_obj import = mp_dict_getitem(f->builtins, MP_NAME(__import__));
    if (!import) {
        if (!mp_err_occurred())
            mp_err_set_str(&mp_type_ImportError, "__import__ not found");
        return NULL;
    }
    mp_obj locals = f->locals ? f->locals : mp_none;
    mp_obj args[5] = {name, f->globals, locals, fromlist, level};
    /* The built-in __import__ goes straight to the import system. */
    if (mp_type_of(import) == &mp_type_builtin_function &&
        ((mp_builtin_func *)import)->def == &mp_builtin_import_def)
        return mp_import_module_level(name, f->globals, fromlist, level);
    return mp_call(import, args, 5, NULL);
}

mp_obj mp_import_from(mp_obj module, mp_obj name)
{
    mp_obj v;
    int found = mp_obj_lookup_attr(module, name, &v);
    if (found)
        return found > 0 ? v : NULL;
    /* A submodule imported by a circular import may be in sys.modules
     * before it is an attribute of its package. */
    mp_obj pkgname;
    found = mp_obj_lookup_attr(module, MP_NAME(__name__), &pkgname);
    if (found < 0)
        return NULL;
    if (found && mp_str_check(pkgname)) {
        mp_obj full = mp_str_from_format("%U.%U", pkgname, name);
        if (!full) {
            mp_decref(pkgname);
            return NULL;
        }
        v = mp_dict_getitem(mp_the_interp.modules, full);
        mp_decref(full);
        if (v) {
            mp_decref(pkgname);
            return mp_newref(v);
        }
    }
    mp_obj file = NULL;
    if (mp_obj_lookup_attr(module, MP_NAME(__file__), &file) < 0)
        mp_err_clear();
    if (found && mp_str_check(pkgname)) {
        if (file && mp_str_check(file))
            mp_err_format(&mp_type_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                          pkgname, file);
        else
            mp_err_format(&mp_type_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                          name, pkgname);
    } else {
        mp_err_format(&mp_type_ImportError, "cannot import name '%U' from '<unknown module name>' (unknown location)",
                      name);
    }
    /* ImportError.name is the module's name, .path its file. */
    mp_obj exc = mp_ts()->curexc;
    if (exc && mp_type_of(exc) == &mp_type_ImportError) {
        mp_exc_import *e = (mp_exc_import *)exc;
        if (found && mp_str_check(pkgname))
            MP_SETREF(e->name, mp_newref(pkgname));
        if (file && mp_str_check(file))
            MP_SETREF(e->path, mp_newref(file));
    }
    mp_xdecref(file);
    mp_xdecref(pkgname);
    return NULL;
}

int mp_import_star(mp_frame *f, mp_obj module)
{
    mp_obj locals = f->locals;
    if (!locals) {
        mp_err_set_str(&mp_type_SystemError, "no locals found during 'import *'");
        return -1;
    }
    mp_obj all;
    int found = mp_obj_lookup_attr(module, MP_NAME(__all__), &all);
    if (found < 0)
        return -1;
    int skip_private = 0;
    if (!found) {
        mp_obj dict;
        if (mp_obj_lookup_attr(module, MP_NAME(__dict__), &dict) <= 0) {
            if (!mp_err_occurred())
                mp_err_set_str(&mp_type_ImportError,
                               "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = mp_call_method(dict, "keys", NULL, 0);
        mp_decref(dict);
        if (!all)
            return -1;
        skip_private = 1;
    }
    mp_obj names = mp_sequence_list(all);
    mp_decref(all);
    if (!names)
        return -1;
    int r = 0;
    for (intptr_t i = 0; i < MP_LIST_LEN(names) && r == 0; i++) {
        mp_obj name = MP_LIST_GET(names, i);
        if (!mp_str_check(name)) {
            mp_err_format(&mp_type_TypeError, "Item in %s.__all__ must be str, not %s",
                          "module", mp_type_of(name)->name);
            r = -1;
            break;
        }
        if (skip_private && mp_str_utf8(name)[0] == '_')
            continue;
        mp_obj v = mp_obj_getattr(module, name);
        if (!v) {
            r = -1;
            break;
        }
        r = mp_obj_setitem(locals, name, v);
        mp_decref(v);
    }
    mp_decref(names);
    return r;
}

/* ---- f-strings --------------------------------------------------------------------------------- */

mp_obj mp_format_value(mp_obj value, int conversion, mp_obj spec)
{
    mp_obj v;
    switch (conversion) {
    case 1: v = mp_obj_str(value); break;
    case 2: v = mp_obj_repr(value); break;
    case 3: v = mp_obj_ascii(value); break;
    default: v = mp_newref(value); break;
    }
    if (!v)
        return NULL;
    if (mp_str_check_exact(v) && (!spec || mp_str_len(spec) == 0))
        return v;
    mp_obj r = mp_obj_format(v, spec);
    mp_decref(v);
    return r;
}

mp_obj mp_build_string(mp_obj *items, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += mp_str_nbytes(items[i]);
    mp_buf b = MP_BUF_INIT;
    mp_buf_append(&b, "", 0);
    for (int i = 0; i < n; i++)
        mp_buf_append(&b, mp_str_utf8(items[i]), mp_str_nbytes(items[i]));
    (void)total;
    return mp_str_from_buf(&b);
}

/* ---- functions ---------------------------------------------------------------------------------- */

mp_obj mp_make_function(mp_frame *f, mp_obj code, int flags, mp_obj *parts)
{
    mp_func *fn = (mp_func *)mp_func_new((mp_code *)code, f->globals, NULL);
    if (!fn)
        return NULL;
    if (flags & 1)
        fn->defaults = mp_newref(parts[0]);
    if (flags & 2)
        fn->kwdefaults = mp_newref(parts[1]);
    if (flags & 4)
        fn->annotations = mp_newref(parts[2]);
    if (flags & 8)
        fn->closure = mp_newref(parts[3]);
    return (mp_obj)fn;
}

/* ---- star-args ---------------------------------------------------------------------------------- */

static mp_obj func_desc(mp_obj func)
{
    if (!func)
        return mp_str_from_cstr("function");
    mp_type *t = mp_type_of(func);
    if (t == &mp_type_function) {
        /* CPython's _PyObject_FunctionStr: module.qualname() */
        mp_func *f = (mp_func *)func;
        if (f->module && mp_str_check(f->module) && !mp_str_eq_cstr(f->module, "builtins"))
            return mp_str_from_format("%U.%U()", f->module, f->qualname);
        return mp_str_from_format("%U()", f->qualname);
    }
    if (t == &mp_type_builtin_function)
        return mp_str_from_format("%s()", ((mp_builtin_func *)func)->def->name);
    if (t == &mp_type_method)
        return func_desc(((mp_method *)func)->func);
    return mp_str_from_format("%s object", t->name);
}

int mp_list_extend_star(mp_obj list, mp_obj iterable, mp_obj func)
{
    if (mp_list_extend(list, iterable) == 0)
        return 0;
    if (mp_err_matches(&mp_type_TypeError) && !mp_type_of(iterable)->iter &&
        !(mp_type_of(iterable)->as_sequence && mp_type_of(iterable)->as_sequence->item)) {
        mp_err_clear();
        if (func && mp_callable(func)) {
            mp_obj d = func_desc(func);
            if (d) {
                mp_err_format(&mp_type_TypeError, "%U argument after * must be an iterable, not %s",
                              d, mp_type_of(iterable)->name);
                mp_decref(d);
            }
        } else {
            mp_err_format(&mp_type_TypeError, "Value after * must be an iterable, not %s",
                          mp_type_of(iterable)->name);
        }
    }
    return -1;
}

static int is_mapping(mp_obj o)
{
    return mp_dict_check(o) || mp_obj_hasattr(o, MP_NAME(keys));
}

int mp_dict_update_checked(mp_obj dict, mp_obj other)
{
    if (!is_mapping(other)) {
        mp_err_format(&mp_type_TypeError, "'%s' object is not a mapping", mp_type_of(other)->name);
        return -1;
    }
    return mp_dict_merge(dict, other, 1);
}

int mp_dict_merge_star(mp_obj dict, mp_obj other, mp_obj func)
{
    if (!is_mapping(other)) {
        mp_obj d = func_desc(func);
        if (d) {
            mp_err_format(&mp_type_TypeError, "%U argument after ** must be a mapping, not %s", d,
                          mp_type_of(other)->name);
            mp_decref(d);
        }
        return -1;
    }
    if (mp_dict_merge(dict, other, 2) == 0)
        return 0;
    /* mp_dict_merge raises KeyError(key) for a repeated key. */
    if (mp_err_matches(&mp_type_KeyError)) {
        mp_obj exc = mp_err_fetch();
        mp_obj args = ((mp_exc *)exc)->args;
        mp_obj key = MP_TUPLE_LEN(args) == 1 ? MP_TUPLE_GET(args, 0) : NULL;
        mp_obj d = func_desc(func);
        if (d && key && mp_str_check(key))
            mp_err_format(&mp_type_TypeError, "%U got multiple values for keyword argument '%U'",
                          d, key);
        else if (d)
            mp_err_format(&mp_type_TypeError, "%U keywords must be strings", d);
        mp_xdecref(d);
        mp_decref(exc);
    }
    return -1;
}

mp_obj mp_call_ex(mp_obj func, mp_obj args, mp_obj kwargs)
{
    mp_obj t = NULL;
    if (!mp_tuple_check(args)) {
        t = mp_sequence_tuple(args);
        if (!t) {
            if (mp_err_matches(&mp_type_TypeError)) {
                mp_err_clear();
                mp_obj d = func_desc(func);
                if (d) {
                    mp_err_format(&mp_type_TypeError,
                                  "%U argument after * must be an iterable, not %s", d,
                                  mp_type_of(args)->name);
                    mp_decref(d);
                }
            }
            return NULL;
        }
        args = t;
    }
    mp_obj r = mp_call_tuple_dict(func, args, kwargs && MP_DICT_LEN(kwargs) ? kwargs : NULL);
    mp_xdecref(t);
    return r;
}

/* ---- module and class bodies ---------------------------------------------------------------------- */

int mp_setup_annotations(mp_frame *f)
{
    if (!f->locals) {
        mp_err_set_str(&mp_type_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    if (mp_dict_check(f->locals)) {
        if (mp_dict_getitem(f->locals, MP_NAME(__annotations__)))
            return 0;
        if (mp_err_occurred())
            return -1;
    }
    mp_obj d = mp_dict_new();
    if (!d)
        return -1;
    int r = mp_obj_setitem(f->locals, MP_NAME(__annotations__), d);
    mp_decref(d);
    return r;
}

int mp_print_expr(mp_obj value)
{
    mp_obj hook = mp_dict_getitem(mp_the_interp.sysdict, MP_NAME(displayhook));
    if (!hook) {
        mp_err_set_str(&mp_type_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    mp_obj r = mp_call1(hook, value);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

mp_obj mp_load_build_class(mp_frame *f)
{
    mp_obj bc = mp_dict_getitem(f->builtins, MP_NAME(__build_class__));
    if (!bc) {
        if (!mp_err_occurred())
            mp_err_set_str(&mp_type_NameError, "__build_class__ not found");
        return NULL;
    }
    return mp_newref(bc);
}

/* ---- the eval breaker ------------------------------------------------------------------------------- */

volatile int mp_eval_breaker;
volatile sig_atomic_t mp_pending_sigint;

int mp_handle_eval_breaker(void)
{
    mp_eval_breaker = 0;
    /* Only the main thread handles signals, as in CPython; it checks again
     * when it next takes the GIL (gil.c). */
    if (mp_pending_sigint && mp_gil_is_main_thread()) {
        mp_pending_sigint = 0;
        mp_err_set_object(&mp_type_KeyboardInterrupt, NULL);
        return -1;
    }
    return mp_gil_yield_if_requested();
}

/* The builtins module: the built-in functions and the names of the
 * built-in types and exceptions.  (CPython's Python/bltinmodule.c.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/float.h"
#include "minipy/frame.h"
#include "minipy/func.h"
#include "minipy/import.h"
#include "minipy/int.h"
#include "minipy/iter.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/weakref.h"

#define FN(f) ((void (*)(void))(f))

static mp_obj builtin_build_class(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_build_class(args, nargs, kwnames);
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static mp_obj builtin_print(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj sep = NULL, end = NULL, file = NULL, flush = NULL;
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        mp_obj k = MP_TUPLE_GET(kwnames, i), v = args[nargs + (size_t)i];
        if (mp_str_eq(k, MP_NAME(sep)))
            sep = v;
        else if (mp_str_eq(k, MP_NAME(end)))
            end = v;
        else if (mp_str_eq(k, MP_NAME(file)))
            file = v;
        else if (mp_str_eq(k, MP_NAME(flush)))
            flush = v;
        else
            return mp_err_format(&mp_type_TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (sep == mp_none)
        sep = NULL;
    if (end == mp_none)
        end = NULL;
    if (sep && !mp_str_check(sep))
        return mp_err_format(&mp_type_TypeError, "sep must be None or a string, not %s",
                             mp_type_of(sep)->name);
    if (end && !mp_str_check(end))
        return mp_err_format(&mp_type_TypeError, "end must be None or a string, not %s",
                             mp_type_of(end)->name);
    if (!file || file == mp_none) {
        file = mp_dict_getitem_str(mp_the_interp.sysdict, "stdout");
        if (!file)
            return mp_err_set_str(&mp_type_RuntimeError, "lost sys.stdout");
        if (file == mp_none)
            MP_RETURN_NONE;
    }
    mp_incref(file);
    int r = 0;
    for (size_t i = 0; i < nargs && r == 0; i++) {
        if (i > 0)
            r = sep ? mp_file_write_str(file, sep) : mp_file_write_cstr(file, " ", 1);
        if (r < 0)
            break;
        mp_obj s = mp_obj_str(args[i]);
        if (!s) {
            r = -1;
            break;
        }
        r = mp_file_write_str(file, s);
        mp_decref(s);
    }
    if (r == 0)
        r = end ? mp_file_write_str(file, end) : mp_file_write_cstr(file, "\n", 1);
    if (r == 0 && flush) {
        int t = mp_obj_is_true(flush);
        if (t < 0 || (t && mp_file_flush(file) < 0))
            r = -1;
    }
    mp_decref(file);
    if (r < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj builtin_len(mp_obj self, mp_obj o)
{
    intptr_t n = mp_obj_len(o);
    return n < 0 ? NULL : mp_int_from_ssize(n);
}

static mp_obj builtin_repr(mp_obj self, mp_obj o) { return mp_obj_repr(o); }
static mp_obj builtin_ascii(mp_obj self, mp_obj o) { return mp_obj_ascii(o); }

static mp_obj builtin_id(mp_obj self, mp_obj o)
{
    return mp_int_from_size((size_t)(uintptr_t)o);
}

static mp_obj builtin_hash(mp_obj self, mp_obj o)
{
    mp_hash_t h = mp_obj_hash(o);
    return h == -1 ? NULL : mp_int_from_ssize(h);
}

static mp_obj builtin_callable(mp_obj self, mp_obj o) { return mp_bool(mp_callable(o)); }

static mp_obj builtin_isinstance(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = mp_obj_isinstance(args[0], args[1]);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj builtin_issubclass(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = mp_obj_issubclass(args[0], args[1]);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj builtin_getattr(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("getattr", nargs, 2, 3) < 0)
        return NULL;
    if (!mp_str_check(args[1]))
        return mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                             mp_type_of(args[1])->name);
    if (nargs == 2)
        return mp_obj_getattr(args[0], args[1]);
    mp_obj v;
    int r = mp_obj_lookup_attr(args[0], args[1], &v);
    if (r < 0)
        return NULL;
    return r ? v : mp_newref(args[2]);
}

static mp_obj builtin_setattr(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("setattr", nargs, 3, 3) < 0)
        return NULL;
    if (mp_obj_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj builtin_delattr(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("delattr", nargs, 2, 2) < 0)
        return NULL;
    if (mp_obj_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj builtin_hasattr(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("hasattr", nargs, 2, 2) < 0)
        return NULL;
    if (!mp_str_check(args[1]))
        return mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                             mp_type_of(args[1])->name);
    mp_obj v;
    int r = mp_obj_lookup_attr(args[0], args[1], &v);
    if (r < 0)
        return NULL;
    mp_xdecref(v);
    return mp_bool(r);
}

static mp_obj builtin_iter(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return mp_obj_getiter(args[0]);
    if (!mp_callable(args[0]))
        return mp_err_set_str(&mp_type_TypeError, "iter(v, w): v must be callable");
    return mp_callable_iter_new(args[0], args[1]);
}

static mp_obj builtin_next(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("next", nargs, 1, 2) < 0)
        return NULL;
    mp_obj it = args[0];
    mp_type *t = mp_type_of(it);
    if (!t->iternext)
        return mp_err_format(&mp_type_TypeError, "'%s' object is not an iterator", t->name);
    mp_obj r = t->iternext(it);
    if (r)
        return r;
    if (mp_err_occurred()) {
        if (nargs == 1 || !mp_err_matches(&mp_type_StopIteration))
            return NULL;
        mp_err_clear();
    }
    if (nargs == 2)
        return mp_newref(args[1]);
    return mp_err_set_object(&mp_type_StopIteration, NULL);
}

static mp_obj builtin_globals(mp_obj self)
{
    mp_frame *f = mp_ts()->frame;
    if (!f)
        MP_RETURN_NONE;
    return mp_newref(f->globals);
}

static mp_obj builtin_locals(mp_obj self)
{
    mp_frame *f = mp_ts()->frame;
    if (!f)
        MP_RETURN_NONE;
    return mp_frame_locals(f);
}

static mp_obj builtin_dir(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("dir", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1)
        return mp_obj_dir(args[0]);
    mp_obj locals = builtin_locals(self);
    if (!locals)
        return NULL;
    mp_obj keys = mp_call_method(locals, "keys", NULL, 0);
    mp_decref(locals);
    if (!keys)
        return NULL;
    mp_obj l = mp_sequence_list(keys);
    mp_decref(keys);
    if (l && mp_list_sort(l, NULL, 0) < 0) {
        mp_decref(l);
        return NULL;
    }
    return l;
}

static mp_obj builtin_vars(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return builtin_locals(self);
    mp_obj d;
    int r = mp_obj_lookup_attr(args[0], MP_NAME(__dict__), &d);
    if (r < 0)
        return NULL;
    if (!r)
        return mp_err_set_str(&mp_type_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static mp_obj builtin_abs(mp_obj self, mp_obj o) { return mp_number_absolute(o); }

static mp_obj builtin_format(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !mp_str_check(args[1]))
        return mp_err_format(&mp_type_TypeError, "format() argument 2 must be str, not %s",
                             mp_type_of(args[1])->name);
    return mp_obj_format(args[0], nargs == 2 ? args[1] : NULL);
}

static mp_obj builtin_chr(mp_obj self, mp_obj o)
{
    intptr_t v;
    if (!mp_int_check(o))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(o)->name);
    if (mp_int_as_ssize(o, &v) < 0) {
        mp_err_clear();
        return mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 0 || v > 0x10FFFF)
        return mp_err_set_str(&mp_type_ValueError, "chr() arg not in range(0x110000)");
    return mp_str_from_char((uint32_t)v);
}

static mp_obj builtin_ord(mp_obj self, mp_obj o)
{
    if (mp_str_check(o)) {
        if (mp_str_len(o) != 1)
            return mp_err_format(&mp_type_TypeError,
                                 "ord() expected a character, but string of length %zd found",
                                 (size_t)mp_str_len(o));
        return mp_small(mp_str_char_at(o, 0));
    }
    if (mp_bytes_check(o)) {
        if (MP_BYTES_LEN(o) != 1)
            return mp_err_format(&mp_type_TypeError,
                                 "ord() expected a character, but string of length %zd found",
                                 (size_t)MP_BYTES_LEN(o));
        return mp_small((unsigned char)MP_BYTES_DATA(o)[0]);
    }
    if (mp_type_of(o) == &mp_type_bytearray) {
        mp_bytearray *b = (mp_bytearray *)o;
        if (b->ob.size != 1)
            return mp_err_format(&mp_type_TypeError,
                                 "ord() expected a character, but string of length %zd found",
                                 (size_t)b->ob.size);
        return mp_small((unsigned char)b->data[0]);
    }
    return mp_err_format(&mp_type_TypeError,
                         "ord() expected string of length 1, but %s found", mp_type_of(o)->name);
}

static const mp_method_def builtin_methods[] = {
    {"__build_class__", FN(builtin_build_class), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
     "Internal helper function used by the class statement."},
    {"print", FN(builtin_print), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default."},
    {"len", FN(builtin_len), MP_METH_O, "len($module, obj, /)\n--\n\nReturn the number of items in a container."},
    {"repr", FN(builtin_repr), MP_METH_O, "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object."},
    {"ascii", FN(builtin_ascii), MP_METH_O, "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object."},
    {"id", FN(builtin_id), MP_METH_O, "id($module, obj, /)\n--\n\nReturn the identity of an object."},
    {"hash", FN(builtin_hash), MP_METH_O, "hash($module, obj, /)\n--\n\nReturn the hash value for the given object."},
    {"callable", FN(builtin_callable), MP_METH_O, "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function)."},
    {"isinstance", FN(builtin_isinstance), MP_METH_FASTCALL, "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", FN(builtin_issubclass), MP_METH_FASTCALL, "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class."},
    {"getattr", FN(builtin_getattr), MP_METH_FASTCALL, "getattr(object, name[, default]) -> value"},
    {"setattr", FN(builtin_setattr), MP_METH_FASTCALL, "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value."},
    {"delattr", FN(builtin_delattr), MP_METH_FASTCALL, "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object."},
    {"hasattr", FN(builtin_hasattr), MP_METH_FASTCALL, "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name."},
    {"iter", FN(builtin_iter), MP_METH_FASTCALL, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"next", FN(builtin_next), MP_METH_FASTCALL, "next(iterator[, default])"},
    {"globals", FN(builtin_globals), MP_METH_NOARGS, "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables."},
    {"locals", FN(builtin_locals), MP_METH_NOARGS, "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables."},
    {"dir", FN(builtin_dir), MP_METH_FASTCALL, "dir([object]) -> list of strings"},
    {"vars", FN(builtin_vars), MP_METH_FASTCALL, "vars([object]) -> dictionary"},
    {"abs", FN(builtin_abs), MP_METH_O, "abs($module, x, /)\n--\n\nReturn the absolute value of the argument."},
    {"format", FN(builtin_format), MP_METH_FASTCALL, "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)"},
    {"chr", FN(builtin_chr), MP_METH_O, "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", FN(builtin_ord), MP_METH_O, "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string."},
    {NULL},
};

/* More built-in functions live in builtins_more.c (the rest of CPython's
 * list: sorted, min, max, sum, ...). */
extern const mp_method_def mp_builtin_methods_more[];
int mp_builtins_more_init(mp_obj m);

static const struct {
    const char *name;
    mp_type *type;
} builtin_types[] = {
    {"object", &mp_type_object}, {"type", &mp_type_type}, {"int", &mp_type_int},
    {"bool", &mp_type_bool}, {"float", &mp_type_float}, {"complex", &mp_type_complex},
    {"str", &mp_type_str}, {"bytes", &mp_type_bytes}, {"bytearray", &mp_type_bytearray},
    {"list", &mp_type_list}, {"tuple", &mp_type_tuple}, {"dict", &mp_type_dict},
    {"set", &mp_type_set}, {"frozenset", &mp_type_frozenset}, {"range", &mp_type_range},
    {"slice", &mp_type_slice}, {"enumerate", &mp_type_enumerate}, {"zip", &mp_type_zip},
    {"map", &mp_type_map}, {"filter", &mp_type_filter}, {"reversed", &mp_type_reversed},
    {"staticmethod", &mp_type_staticmethod}, {"classmethod", &mp_type_classmethod},
    {"super", &mp_type_super}, {"property", &mp_type_property},
    {"memoryview", &mp_type_memoryview},
    {NULL, NULL},
};

static int add_builtin_objects(mp_obj m)
{
    for (int i = 0; builtin_types[i].name; i++)
        if (mp_module_add(m, builtin_types[i].name, (mp_obj)builtin_types[i].type) < 0)
            return -1;
    extern mp_type *const mp_exception_types[];
    for (mp_type *const *t = mp_exception_types; *t; t++)
        if (mp_module_add(m, (*t)->name, (mp_obj)*t) < 0)
            return -1;
    if (mp_module_add(m, "EnvironmentError", (mp_obj)&mp_type_OSError) < 0 ||
        mp_module_add(m, "IOError", (mp_obj)&mp_type_OSError) < 0 ||
        mp_module_add(m, "None", mp_none) < 0 || mp_module_add(m, "True", mp_true) < 0 ||
        mp_module_add(m, "False", mp_false) < 0 || mp_module_add(m, "Ellipsis", mp_ellipsis) < 0 ||
        mp_module_add(m, "NotImplemented", mp_notimplemented) < 0 ||
        mp_module_add(m, "__debug__", mp_true) < 0)
        return -1;
    mp_obj f = mp_builtin_func_new(&mp_builtin_import_def, m, MP_NAME(builtins));
    int r = f ? mp_module_add(m, "__import__", f) : -1;
    mp_xdecref(f);
    if (r < 0)
        return -1;
    for (const mp_method_def *d = mp_builtin_methods_more; d->name; d++) {
        mp_obj bf = mp_builtin_func_new(d, m, MP_NAME(builtins));
        r = bf ? mp_module_add(m, d->name, bf) : -1;
        mp_xdecref(bf);
        if (r < 0)
            return -1;
    }
    /* exit, quit, help, copyright, credits, license (builtins_site.c) */
    return mp_builtins_more_init(m);
}

static const mp_module_def builtins_def = {
    "builtins",
    "Built-in functions, types, exceptions, and other objects.\n\n"
    "This module provides direct access to all 'built-in'\n"
    "identifiers of Python; for example, builtins.len is\n"
    "the full name for the built-in function len().\n\n"
    "This module is not normally accessed explicitly by most\n"
    "applications, but can be useful in modules that provide\n"
    "objects with the same name as a built-in value, but in\n"
    "which the built-in of that name is also needed.",
    builtin_methods,
    add_builtin_objects,
};

int mp_builtins_init(void)
{
    mp_obj m = mp_module_from_def(&builtins_def);
    if (!m)
        return -1;
    mp_the_interp.builtins_module = m;
    mp_the_interp.builtins = mp_newref(mp_module_get_dict(m));
    return mp_dict_setitem(mp_the_interp.modules, MP_NAME(builtins), m);
}

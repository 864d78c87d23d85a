/* The built-in exceptions: BaseException and the 3.11 hierarchy (exc.h),
 * with the extra attributes and str() forms some of them have.
 * (CPython's Objects/exceptions.c.) */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/descr.h"
#include "minipy/bytes.h"
#include "minipy/genericalias.h"
#include "minipy/traceback.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define EXC(o) ((mp_exc *)(o))

/* ---- BaseException ------------------------------------------------------------- */

static mp_obj exc_alloc(mp_type *type, mp_obj args)
{
    mp_exc *e = (mp_exc *)mp_obj_alloc(type);
    if (!e)
        return NULL;
    e->args = mp_newref(args);
    return (mp_obj)e;
}

mp_obj mp_exc_new(mp_type *type, mp_obj args)
{
    mp_obj e = exc_alloc(type, args);
    if (!e)
        return NULL;
    /* The subclasses with fields fill them from args, as their __init__
     * would. */
    if (type->init && type->init(e, MP_TUPLE_ITEMS(args), (size_t)MP_TUPLE_LEN(args), NULL) < 0) {
        mp_decref(e);
        return NULL;
    }
    return e;
}

static mp_obj base_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj t = mp_tuple_from_array(args, (intptr_t)nargs);
    if (!t)
        return NULL;
    mp_obj e = exc_alloc(type, t);
    mp_decref(t);
    return e;
}

static int base_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames)) {
        mp_err_format(&mp_type_TypeError, "%s() takes no keyword arguments",
                      mp_type_of(self)->name);
        return -1;
    }
    mp_obj t = mp_tuple_from_array(args, (intptr_t)nargs);
    if (!t)
        return -1;
    MP_SETREF(EXC(self)->args, t);
    return 0;
}

static int base_clear(mp_obj self)
{
    mp_exc *e = EXC(self);
    MP_CLEAR(e->dict);
    MP_CLEAR(e->args);
    MP_CLEAR(e->notes);
    MP_CLEAR(e->traceback);
    MP_CLEAR(e->context);
    MP_CLEAR(e->cause);
    return 0;
}

static int base_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_exc *e = EXC(self);
    mp_obj fields[] = {e->dict, e->args, e->notes, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    return 0;
}

/* Every exception struct's extra fields are mp_obj members after the
 * base; dealloc, clear and traverse walk them generically. */
static void exc_extra_fields(mp_obj self, mp_obj **first, size_t *n)
{
    /* A class derived in Python adds its dict and weak list after the C
     * struct: only the C struct's fields belong here. */
    mp_type *solid = mp_type_of(self);
    while (solid->flags & MP_TPFLAGS_HEAPTYPE)
        solid = solid->base;
    size_t size = solid->basicsize;
    *first = (mp_obj *)((char *)self + sizeof(mp_exc));
    *n = size > sizeof(mp_exc) ? (size - sizeof(mp_exc)) / sizeof(mp_obj) : 0;
}

static void exc_dealloc(mp_obj self)
{
    mp_obj *extra;
    size_t n;
    exc_extra_fields(self, &extra, &n);
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    for (size_t i = 0; i < n; i++)
        MP_CLEAR(extra[i]);
    base_clear(self);
    mp_obj_free(self);
}

static int exc_clear(mp_obj self)
{
    mp_obj *extra;
    size_t n;
    exc_extra_fields(self, &extra, &n);
    for (size_t i = 0; i < n; i++)
        MP_CLEAR(extra[i]);
    return base_clear(self);
}

static int exc_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj *extra;
    size_t n;
    exc_extra_fields(self, &extra, &n);
    for (size_t i = 0; i < n; i++)
        if (extra[i] && visit(extra[i], arg))
            return 1;
    return base_traverse(self, visit, arg);
}

static mp_obj base_str(mp_obj self)
{
    mp_obj args = EXC(self)->args;
    switch (args ? MP_TUPLE_LEN(args) : 0) {
    case 0: return mp_str_new("", 0);
    case 1: return mp_obj_str(MP_TUPLE_GET(args, 0));
    default: return mp_obj_str(args);
    }
}

static mp_obj base_repr(mp_obj self)
{
    mp_obj args = EXC(self)->args;
    mp_obj name = mp_type_qualname(mp_type_of(self));
    if (!name)
        return NULL;
    mp_obj r;
    if (args && MP_TUPLE_LEN(args) == 1)
        r = mp_str_from_format("%U(%R)", name, MP_TUPLE_GET(args, 0));
    else if (args && MP_TUPLE_LEN(args) > 1)
        r = mp_str_from_format("%U%R", name, args);
    else
        r = mp_str_from_format("%U()", name);
    mp_decref(name);
    return r;
}

mp_obj mp_exc_get_traceback(mp_obj exc) { return EXC(exc)->traceback; }

void mp_exc_set_traceback(mp_obj exc, mp_obj tb)
{
    mp_xincref(tb);
    MP_SETREF(EXC(exc)->traceback, tb);
}

void mp_exc_set_context(mp_obj exc, mp_obj context)
{
    MP_SETREF(EXC(exc)->context, context);
}

void mp_exc_set_cause(mp_obj exc, mp_obj cause)
{
    EXC(exc)->suppress_context = 1;
    MP_SETREF(EXC(exc)->cause, cause);
}

static mp_obj exc_with_traceback(mp_obj self, mp_obj tb)
{
    if (tb != mp_none && mp_type_of(tb) != &mp_type_traceback)
        return mp_err_set_str(&mp_type_TypeError, "__traceback__ must be a traceback or None");
    mp_exc_set_traceback(self, tb == mp_none ? NULL : tb);
    return mp_newref(self);
}

static mp_obj exc_add_note(mp_obj self, mp_obj note)
{
    if (!mp_str_check(note))
        return mp_err_format(&mp_type_TypeError, "note must be a str, not '%s'",
                             mp_type_of(note)->name);
    mp_obj key = mp_str_intern("__notes__");
    mp_obj notes;
    int found = mp_obj_lookup_attr(self, key, &notes);
    if (found < 0)
        return NULL;
    if (!found) {
        notes = mp_list_new(0);
        if (!notes || mp_obj_setattr(self, key, notes) < 0) {
            mp_xdecref(notes);
            return NULL;
        }
    } else if (!mp_list_check(notes)) {
        mp_decref(notes);
        return mp_err_set_str(&mp_type_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = mp_list_append(notes, note);
    mp_decref(notes);
    if (r < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj exc_reduce(mp_obj self)
{
    mp_exc *e = EXC(self);
    if (e->dict && MP_DICT_LEN(e->dict))
        return mp_tuple_pack(3, (mp_obj)mp_type_of(self), e->args, e->dict);
    return mp_tuple_pack(2, (mp_obj)mp_type_of(self), e->args);
}

static const mp_method_def exc_methods[] = {
    {"with_traceback", (void (*)(void))exc_with_traceback, MP_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", (void (*)(void))exc_add_note, MP_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", (void (*)(void))exc_reduce, MP_METH_NOARGS, NULL},
    {NULL},
};

static mp_obj get_args(mp_obj self, void *c) { return mp_newref(EXC(self)->args); }
static int set_args(mp_obj self, mp_obj v, void *c)
{
    if (!v) {
        mp_err_set_str(&mp_type_TypeError, "args may not be deleted");
        return -1;
    }
    mp_obj t = mp_sequence_tuple(v);
    if (!t)
        return -1;
    MP_SETREF(EXC(self)->args, t);
    return 0;
}

static mp_obj get_tb(mp_obj self, void *c)
{
    return mp_newref(EXC(self)->traceback ? EXC(self)->traceback : mp_none);
}
static int set_tb(mp_obj self, mp_obj v, void *c)
{
    if (!v) {
        mp_err_set_str(&mp_type_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != mp_none && mp_type_of(v) != &mp_type_traceback) {
        mp_err_set_str(&mp_type_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    mp_exc_set_traceback(self, v == mp_none ? NULL : v);
    return 0;
}

static mp_obj get_context(mp_obj self, void *c)
{
    return mp_newref(EXC(self)->context ? EXC(self)->context : mp_none);
}
static mp_obj get_cause(mp_obj self, void *c)
{
    return mp_newref(EXC(self)->cause ? EXC(self)->cause : mp_none);
}
static int set_chain(mp_obj self, mp_obj v, void *which)
{
    const char *name = which ? "__cause__" : "__context__";
    if (!v) {
        mp_err_format(&mp_type_TypeError, "%s may not be deleted", name);
        return -1;
    }
    if (v != mp_none && !mp_exc_check(v)) {
        mp_err_format(&mp_type_TypeError, "exception %s must be None or derive from BaseException",
                      which ? "cause" : "context");
        return -1;
    }
    mp_obj nv = v == mp_none ? NULL : mp_newref(v);
    if (which)
        mp_exc_set_cause(self, nv);
    else
        mp_exc_set_context(self, nv);
    return 0;
}
static mp_obj get_suppress(mp_obj self, void *c) { return mp_bool(EXC(self)->suppress_context); }
static int set_suppress(mp_obj self, mp_obj v, void *c)
{
    int t = v ? mp_obj_is_true(v) : 0;
    if (t < 0)
        return -1;
    EXC(self)->suppress_context = (char)t;
    return 0;
}
static mp_obj get_dict(mp_obj self, void *c)
{
    mp_exc *e = EXC(self);
    if (!e->dict && !(e->dict = mp_dict_new()))
        return NULL;
    return mp_newref(e->dict);
}

static const mp_getset_def exc_getsets[] = {
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_tb, set_tb, NULL, NULL},
    {"__context__", get_context, set_chain, "exception context", NULL},
    {"__cause__", get_cause, set_chain, "exception cause", (void *)1},
    {"__suppress_context__", get_suppress, set_suppress, NULL, NULL},
    {"__dict__", get_dict, NULL, NULL, NULL},
    {NULL},
};

/* ---- the subclasses with fields ------------------------------------------------------ */

static mp_obj arg_or_none(mp_obj const *args, size_t nargs, size_t i)
{
    return mp_newref(i < nargs ? args[i] : mp_none);
}

static int stopiteration_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    MP_SETREF(((mp_exc_stopiteration *)self)->value, arg_or_none(args, nargs, 0));
    return 0;
}

static int systemexit_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    mp_obj code = nargs == 0 ? mp_newref(mp_none)
                 : nargs == 1 ? mp_newref(args[0])
                              : mp_newref(EXC(self)->args);
    MP_SETREF(((mp_exc_systemexit *)self)->code, code);
    return 0;
}

/* Takes the keyword arguments named in kw (NULL-terminated) into slots. */
static int take_kwargs(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames,
                       const char *const *kw, mp_obj *slots)
{
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        mp_obj name = MP_TUPLE_GET(kwnames, i);
        size_t k = 0;
        while (kw[k] && !mp_str_eq_cstr(name, kw[k]))
            k++;
        if (!kw[k]) {
            mp_err_format(&mp_type_TypeError, "%U is an invalid keyword argument for %s()",
                          name, mp_type_of(self)->name);
            return -1;
        }
        MP_SETREF(slots[k], mp_newref(args[nargs + (size_t)i]));
    }
    return 0;
}

static int import_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_import *e = (mp_exc_import *)self;
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    static const char *const kw[] = {"name", "path", NULL};
    mp_obj slots[2] = {NULL, NULL};
    if (take_kwargs(self, args, nargs, kwnames, kw, slots) < 0)
        return -1;
    MP_SETREF(e->name, slots[0] ? slots[0] : mp_newref(mp_none));
    MP_SETREF(e->path, slots[1] ? slots[1] : mp_newref(mp_none));
    MP_SETREF(e->msg, nargs == 1 ? mp_newref(args[0]) : mp_newref(mp_none));
    return 0;
}

static mp_obj import_str(mp_obj self)
{
    mp_exc_import *e = (mp_exc_import *)self;
    if (e->msg && e->msg != mp_none)
        return mp_obj_str(e->msg);
    return base_str(self);
}

static int attribute_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_attribute *e = (mp_exc_attribute *)self;
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    static const char *const kw[] = {"name", "obj", NULL};
    mp_obj slots[2] = {NULL, NULL};
    if (take_kwargs(self, args, nargs, kwnames, kw, slots) < 0)
        return -1;
    MP_SETREF(e->name, slots[0] ? slots[0] : mp_newref(mp_none));
    MP_SETREF(e->obj, slots[1] ? slots[1] : mp_newref(mp_none));
    return 0;
}

static int name_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_name *e = (mp_exc_name *)self;
    if (base_init(self, args, nargs, NULL) < 0)
        return -1;
    static const char *const kw[] = {"name", NULL};
    mp_obj slots[1] = {NULL};
    if (take_kwargs(self, args, nargs, kwnames, kw, slots) < 0)
        return -1;
    MP_SETREF(e->name, slots[0] ? slots[0] : mp_newref(mp_none));
    return 0;
}

static mp_obj keyerror_str(mp_obj self)
{
    /* KeyError('x') prints as 'x': a key is shown by its repr. */
    mp_obj args = EXC(self)->args;
    if (args && MP_TUPLE_LEN(args) == 1)
        return mp_obj_repr(MP_TUPLE_GET(args, 0));
    return base_str(self);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]); with an
 * errno CPython picks the matching subclass (OSError(2, 'x') is a
 * FileNotFoundError). */
static mp_obj os_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (type == &mp_type_OSError && nargs >= 2 && mp_is_small(args[0])) {
        intptr_t e = mp_small_value(args[0]);
        static const struct { int err; mp_type *t; } map[] = {
            {ENOENT, &mp_type_FileNotFoundError}, {EEXIST, &mp_type_FileExistsError},
            {EISDIR, &mp_type_IsADirectoryError}, {ENOTDIR, &mp_type_NotADirectoryError},
            {EACCES, &mp_type_PermissionError}, {EPERM, &mp_type_PermissionError},
            {EINTR, &mp_type_InterruptedError}, {EAGAIN, &mp_type_BlockingIOError},
            {EALREADY, &mp_type_BlockingIOError}, {EINPROGRESS, &mp_type_BlockingIOError},
            {ECHILD, &mp_type_ChildProcessError}, {EPIPE, &mp_type_BrokenPipeError},
            {ESHUTDOWN, &mp_type_BrokenPipeError},
            {ECONNABORTED, &mp_type_ConnectionAbortedError},
            {ECONNREFUSED, &mp_type_ConnectionRefusedError},
            {ECONNRESET, &mp_type_ConnectionResetError}, {ESRCH, &mp_type_ProcessLookupError},
            {ETIMEDOUT, &mp_type_TimeoutError},
        };
        for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
            if (map[i].err == e) {
                type = map[i].t;
                break;
            }
    }
    return base_new(type, args, nargs, kwnames);
}

static int os_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_os *e = (mp_exc_os *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 2 && nargs <= 5) {
        MP_SETREF(e->myerrno, mp_newref(args[0]));
        MP_SETREF(e->strerror, mp_newref(args[1]));
        if (nargs >= 3)
            MP_SETREF(e->filename, mp_newref(args[2]));
        if (nargs >= 5)
            MP_SETREF(e->filename2, mp_newref(args[4]));
        /* With a filename, args keeps only (errno, strerror). */
        if (nargs >= 3) {
            mp_obj t = mp_tuple_pack(2, args[0], args[1]);
            if (!t)
                return -1;
            MP_SETREF(EXC(self)->args, t);
        }
    }
    return 0;
}

static mp_obj os_str(mp_obj self)
{
    mp_exc_os *e = (mp_exc_os *)self;
    if (e->filename && e->filename != mp_none) {
        if (e->filename2 && e->filename2 != mp_none)
            return mp_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                      e->filename, e->filename2);
        return mp_str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno && e->strerror)
        return mp_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntax_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_syntax *e = (mp_exc_syntax *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1)
        MP_SETREF(e->msg, mp_newref(args[0]));
    if (nargs == 2) {
        mp_obj info = mp_sequence_tuple(args[1]);
        if (!info)
            return -1;
        intptr_t n = MP_TUPLE_LEN(info);
        if (n < 4 || n > 6) {
            mp_decref(info);
            mp_err_set_str(&mp_type_IndexError, "tuple index out of range");
            return -1;
        }
        mp_obj *fields[] = {&e->filename, &e->lineno, &e->offset, &e->text,
                            &e->end_lineno, &e->end_offset};
        for (intptr_t i = 0; i < n; i++)
            MP_SETREF(*fields[i], mp_newref(MP_TUPLE_GET(info, i)));
        mp_decref(info);
    }
    return 0;
}

static mp_obj syntax_str(mp_obj self)
{
    mp_exc_syntax *e = (mp_exc_syntax *)self;
    mp_obj msg = e->msg ? e->msg : mp_none;
    int have_file = e->filename && mp_str_check(e->filename);
    int have_line = e->lineno && mp_int_check(e->lineno);
    if (have_file) {
        /* Only the file's base name, as CPython shows it. */
        const char *f = mp_str_utf8(e->filename), *slash = strrchr(f, '/');
        mp_obj base = mp_str_from_cstr(slash ? slash + 1 : f);
        if (!base)
            return NULL;
        mp_obj r = have_line ? mp_str_from_format("%S (%U, line %S)", msg, base, e->lineno)
                             : mp_str_from_format("%S (%U)", msg, base);
        mp_decref(base);
        return r;
    }
    if (have_line)
        return mp_str_from_format("%S (line %S)", msg, e->lineno);
    return mp_obj_str(msg);
}

static int unicode_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_unicode *e = (mp_exc_unicode *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs == 5) {
        mp_obj *fields[] = {&e->encoding, &e->object, &e->start, &e->end, &e->reason};
        for (size_t i = 0; i < 5; i++)
            MP_SETREF(*fields[i], mp_newref(args[i]));
    }
    return 0;
}

static mp_obj unicode_str(mp_obj self)
{
    mp_exc_unicode *e = (mp_exc_unicode *)self;
    if (!e->encoding || !e->object || !e->start || !e->reason || !mp_is_small(e->start))
        return base_str(self);
    intptr_t start = mp_small_value(e->start);
    intptr_t end = e->end && mp_is_small(e->end) ? mp_small_value(e->end) : start + 1;
    int decode = mp_type_is_subtype(mp_type_of(self), &mp_type_UnicodeDecodeError);
    const char *verb = decode ? "decode" : "encode";
    if (end == start + 1) {
        if (decode && mp_bytes_check(e->object) && start < MP_BYTES_LEN(e->object))
            return mp_str_from_format("'%S' codec can't decode byte 0x%02x in position %zd: %S",
                                      e->encoding,
                                      (unsigned char)MP_BYTES_DATA(e->object)[start],
                                      (size_t)start, e->reason);
        if (!decode && mp_str_check(e->object) && start < mp_str_len(e->object)) {
            uint32_t cp = mp_str_char_at(e->object, start);
            const char *fmt = cp <= 0xff ? "'%S' codec can't encode character '\\x%02x' in position %zd: %S"
                            : cp <= 0xffff ? "'%S' codec can't encode character '\\u%04x' in position %zd: %S"
                                           : "'%S' codec can't encode character '\\U%08x' in position %zd: %S";
            return mp_str_from_format(fmt, e->encoding, (unsigned)cp, (size_t)start, e->reason);
        }
    }
    /* A range: "bytes" when decoding, "characters" otherwise. */
    int translate = mp_type_is_subtype(mp_type_of(self), &mp_type_UnicodeTranslateError);
    if (translate)
        return mp_str_from_format("can't translate characters in position %zd-%zd: %S",
                                  (size_t)start, (size_t)(end - 1), e->reason);
    return mp_str_from_format("'%S' codec can't %s %s in position %zd-%zd: %S", e->encoding,
                              verb, decode ? "bytes" : "characters", (size_t)start,
                              (size_t)(end - 1), e->reason);
}

static int group_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_exc_group *e = (mp_exc_group *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs != 2) {
        mp_err_format(&mp_type_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                      nargs);
        return -1;
    }
    if (!mp_str_check(args[0])) {
        mp_err_set_str(&mp_type_TypeError, "argument 1 must be str, not %s");
        return -1;
    }
    mp_obj excs = mp_sequence_tuple(args[1]);
    if (!excs)
        return -1;
    if (MP_TUPLE_LEN(excs) == 0) {
        mp_decref(excs);
        mp_err_set_str(&mp_type_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return -1;
    }
    MP_SETREF(e->msg, mp_newref(args[0]));
    MP_SETREF(e->excs, excs);
    return 0;
}

static mp_obj group_str(mp_obj self)
{
    mp_exc_group *e = (mp_exc_group *)self;
    if (!e->msg || !e->excs)
        return base_str(self);
    intptr_t n = MP_TUPLE_LEN(e->excs);
    return mp_str_from_format("%S (%zd sub-exception%s)", e->msg, (size_t)n, n > 1 ? "s" : "");
}

static mp_obj group_derive(mp_obj self, mp_obj excs)
{
    mp_exc_group *e = (mp_exc_group *)self;
    mp_obj args[2] = {e->msg, excs};
    return mp_call((mp_obj)mp_type_of(self), args, 2, NULL);
}

static const mp_method_def group_methods[] = {
    {"derive", (void (*)(void))group_derive, MP_METH_O, NULL},
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

/* ---- member tables ---------------------------------------------------------------------- */

#define M(st, field, name) {name, MP_MEMBER_OBJ, offsetof(st, field), 0, NULL}

static const mp_member_def stopiteration_members[] = {
    M(mp_exc_stopiteration, value, "value"), {NULL}};
static const mp_member_def systemexit_members[] = {
    M(mp_exc_systemexit, code, "code"), {NULL}};
static const mp_member_def import_members[] = {
    M(mp_exc_import, msg, "msg"), M(mp_exc_import, name, "name"),
    M(mp_exc_import, path, "path"), {NULL}};
static const mp_member_def os_members[] = {
    M(mp_exc_os, myerrno, "errno"), M(mp_exc_os, strerror, "strerror"),
    M(mp_exc_os, filename, "filename"), M(mp_exc_os, filename2, "filename2"), {NULL}};
static const mp_member_def syntax_members[] = {
    M(mp_exc_syntax, msg, "msg"), M(mp_exc_syntax, filename, "filename"),
    M(mp_exc_syntax, lineno, "lineno"), M(mp_exc_syntax, offset, "offset"),
    M(mp_exc_syntax, text, "text"), M(mp_exc_syntax, end_lineno, "end_lineno"),
    M(mp_exc_syntax, end_offset, "end_offset"),
    M(mp_exc_syntax, print_file_and_line, "print_file_and_line"), {NULL}};
static const mp_member_def unicode_members[] = {
    M(mp_exc_unicode, encoding, "encoding"), M(mp_exc_unicode, object, "object"),
    M(mp_exc_unicode, start, "start"), M(mp_exc_unicode, end, "end"),
    M(mp_exc_unicode, reason, "reason"), {NULL}};
static const mp_member_def attribute_members[] = {
    M(mp_exc_attribute, name, "name"), M(mp_exc_attribute, obj, "obj"), {NULL}};
static const mp_member_def name_members[] = {M(mp_exc_name, name, "name"), {NULL}};
static const mp_member_def group_members[] = {
    M(mp_exc_group, msg, "message"), M(mp_exc_group, excs, "exceptions"), {NULL}};

/* ---- the types ----------------------------------------------------------------------------- */

#define EXC_FLAGS (MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC | MP_TPFLAGS_BASE_EXC_SUBCLASS)

#define EXC_TYPE(NAME, BASE, ST, DOC, ...)                                     \
    mp_type mp_type_##NAME = {                                                 \
        .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},                        \
        .name = #NAME,                                                         \
        .basicsize = sizeof(ST),                                               \
        .flags = EXC_FLAGS,                                                    \
        .doc = DOC,                                                            \
        .base = &mp_type_##BASE,                                               \
        __VA_ARGS__};

mp_type mp_type_BaseException = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "BaseException",
    .basicsize = sizeof(mp_exc),
    .flags = EXC_FLAGS,
    .doc = "Common base class for all exceptions",
    .dealloc = exc_dealloc,
    .repr = base_repr,
    .str = base_str,
    .hash = mp_obj_identity_hash,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .new_ = base_new,
    .init = base_init,
    .traverse = exc_traverse,
    .clear = exc_clear,
    .methods = exc_methods,
    .getsets = exc_getsets,
    .dictoffset = offsetof(mp_exc, dict),
    .weaklistoffset = offsetof(mp_exc, weakreflist),
    .base = &mp_type_object,
};

EXC_TYPE(BaseExceptionGroup, BaseException, mp_exc_group,
         "A combination of multiple unrelated exceptions.",
         .init = group_init, .str = group_str, .members = group_members,
         .methods = group_methods)
EXC_TYPE(GeneratorExit, BaseException, mp_exc, "Request that a generator exit.")
EXC_TYPE(KeyboardInterrupt, BaseException, mp_exc, "Program interrupted by user.")
EXC_TYPE(SystemExit, BaseException, mp_exc_systemexit, "Request to exit from the interpreter.",
         .init = systemexit_init, .members = systemexit_members)
EXC_TYPE(Exception, BaseException, mp_exc, "Common base class for all non-exit exceptions.")
EXC_TYPE(ArithmeticError, Exception, mp_exc, "Base class for arithmetic errors.")
EXC_TYPE(FloatingPointError, ArithmeticError, mp_exc, "Floating point operation failed.")
EXC_TYPE(OverflowError, ArithmeticError, mp_exc, "Result too large to be represented.")
EXC_TYPE(ZeroDivisionError, ArithmeticError, mp_exc,
         "Second argument to a division or modulo operation was zero.")
EXC_TYPE(AssertionError, Exception, mp_exc, "Assertion failed.")
EXC_TYPE(AttributeError, Exception, mp_exc_attribute, "Attribute not found.",
         .init = attribute_init, .members = attribute_members)
EXC_TYPE(BufferError, Exception, mp_exc, "Buffer error.")
EXC_TYPE(EOFError, Exception, mp_exc, "Read beyond end of file.")
EXC_TYPE(ExceptionGroup, BaseExceptionGroup, mp_exc_group, NULL)
EXC_TYPE(ImportError, Exception, mp_exc_import, "Import can't find module, or can't find name in module.",
         .init = import_init, .str = import_str, .members = import_members)
EXC_TYPE(ModuleNotFoundError, ImportError, mp_exc_import, "Module not found.")
EXC_TYPE(LookupError, Exception, mp_exc, "Base class for lookup errors.")
EXC_TYPE(IndexError, LookupError, mp_exc, "Sequence index out of range.")
EXC_TYPE(KeyError, LookupError, mp_exc, "Mapping key not found.", .str = keyerror_str)
EXC_TYPE(MemoryError, Exception, mp_exc, "Out of memory.")
EXC_TYPE(NameError, Exception, mp_exc_name, "Name not found globally.",
         .init = name_init, .members = name_members)
EXC_TYPE(UnboundLocalError, NameError, mp_exc_name, "Local name referenced but not bound to a value.")
EXC_TYPE(OSError, Exception, mp_exc_os, "Base class for I/O related errors.",
         .new_ = os_new, .init = os_init, .str = os_str, .members = os_members)
EXC_TYPE(BlockingIOError, OSError, mp_exc_os, "I/O operation would block.")
EXC_TYPE(ChildProcessError, OSError, mp_exc_os, "Child process error.")
EXC_TYPE(ConnectionError, OSError, mp_exc_os, "Connection error.")
EXC_TYPE(BrokenPipeError, ConnectionError, mp_exc_os, "Broken pipe.")
EXC_TYPE(ConnectionAbortedError, ConnectionError, mp_exc_os, "Connection aborted.")
EXC_TYPE(ConnectionRefusedError, ConnectionError, mp_exc_os, "Connection refused.")
EXC_TYPE(ConnectionResetError, ConnectionError, mp_exc_os, "Connection reset.")
EXC_TYPE(FileExistsError, OSError, mp_exc_os, "File already exists.")
EXC_TYPE(FileNotFoundError, OSError, mp_exc_os, "File not found.")
EXC_TYPE(InterruptedError, OSError, mp_exc_os, "Interrupted by signal.")
EXC_TYPE(IsADirectoryError, OSError, mp_exc_os, "Operation doesn't work on directories.")
EXC_TYPE(NotADirectoryError, OSError, mp_exc_os, "Operation only works on directories.")
EXC_TYPE(PermissionError, OSError, mp_exc_os, "Not enough permissions.")
EXC_TYPE(ProcessLookupError, OSError, mp_exc_os, "Process not found.")
EXC_TYPE(TimeoutError, OSError, mp_exc_os, "Timeout expired.")
EXC_TYPE(ReferenceError, Exception, mp_exc, "Weak ref proxy used after referent went away.")
EXC_TYPE(RuntimeError, Exception, mp_exc, "Unspecified run-time error.")
EXC_TYPE(NotImplementedError, RuntimeError, mp_exc, "Method or function hasn't been implemented yet.")
EXC_TYPE(RecursionError, RuntimeError, mp_exc, "Recursion limit exceeded.")
EXC_TYPE(StopAsyncIteration, Exception, mp_exc, "Signal the end from iterator.__anext__().")
EXC_TYPE(StopIteration, Exception, mp_exc_stopiteration, "Signal the end from iterator.__next__().",
         .init = stopiteration_init, .members = stopiteration_members)
EXC_TYPE(SyntaxError, Exception, mp_exc_syntax, "Invalid syntax.",
         .init = syntax_init, .str = syntax_str, .members = syntax_members)
EXC_TYPE(IndentationError, SyntaxError, mp_exc_syntax, "Improper indentation.")
EXC_TYPE(TabError, IndentationError, mp_exc_syntax, "Improper mixture of spaces and tabs.")
EXC_TYPE(SystemError, Exception, mp_exc,
         "Internal error in the Python interpreter.\n\n"
         "Please report this to the Python maintainer, along with the traceback,\n"
         "the Python version, and the hardware/OS platform and version.")
EXC_TYPE(TypeError, Exception, mp_exc, "Inappropriate argument type.")
EXC_TYPE(ValueError, Exception, mp_exc, "Inappropriate argument value (of correct type).")
EXC_TYPE(UnicodeError, ValueError, mp_exc_unicode, "Unicode related error.",
         .init = unicode_init, .str = unicode_str, .members = unicode_members)
EXC_TYPE(UnicodeDecodeError, UnicodeError, mp_exc_unicode, "Unicode decoding error.")
EXC_TYPE(UnicodeEncodeError, UnicodeError, mp_exc_unicode, "Unicode encoding error.")
EXC_TYPE(UnicodeTranslateError, UnicodeError, mp_exc_unicode, "Unicode translation error.")
EXC_TYPE(Warning, Exception, mp_exc, "Base class for warning categories.")
EXC_TYPE(BytesWarning, Warning, mp_exc,
         "Base class for warnings about bytes and buffer related problems, mostly\n"
         "related to conversion from str or comparing to str.")
EXC_TYPE(DeprecationWarning, Warning, mp_exc, "Base class for warnings about deprecated features.")
EXC_TYPE(EncodingWarning, Warning, mp_exc, "Base class for warnings about encodings.")
EXC_TYPE(FutureWarning, Warning, mp_exc,
         "Base class for warnings about constructs that will change semantically\n"
         "in the future.")
EXC_TYPE(ImportWarning, Warning, mp_exc, "Base class for warnings about probable mistakes in module imports")
EXC_TYPE(PendingDeprecationWarning, Warning, mp_exc,
         "Base class for warnings about features which will be deprecated\n"
         "in the future.")
EXC_TYPE(ResourceWarning, Warning, mp_exc, "Base class for warnings about resource usage.")
EXC_TYPE(RuntimeWarning, Warning, mp_exc, "Base class for warnings about dubious runtime behavior.")
EXC_TYPE(SyntaxWarning, Warning, mp_exc, "Base class for warnings about dubious syntax.")
EXC_TYPE(UnicodeWarning, Warning, mp_exc,
         "Base class for warnings about Unicode related problems, mostly\n"
         "related to conversion problems.")
EXC_TYPE(UserWarning, Warning, mp_exc, "Base class for warnings generated by user code.")

/* All of them, in hierarchy order, for start-up and the builtins module. */
mp_type *const mp_exception_types[] = {
#define MP_EXC_PTR(name, base, st) &mp_type_##name,
    MP_EXCEPTIONS(MP_EXC_PTR)
#undef MP_EXC_PTR
    NULL,
};

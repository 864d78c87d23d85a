/* Calling Python functions: matching arguments to parameters with
 * CPython's error messages (ceval.c's initialize_locals), and the entry
 * from C into the eval loop. */
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/call.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/frame.h"
#include "minipy/func.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static mp_obj name_list(mp_obj *names, int n)
{
    mp_buf b = MP_BUF_INIT;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            mp_buf_puts(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        mp_buf_printf(&b, "'%s'", mp_str_utf8(names[i]));
    }
    return mp_str_from_buf(&b);
}

static void missing_args(mp_func *f, mp_obj *locals, int start, int end, int kwonly)
{
    mp_code *co = f->code;
    mp_obj missing[end - start > 0 ? end - start : 1];
    int n = 0;
    for (int i = start; i < end; i++)
        if (!locals[i])
            missing[n++] = MP_TUPLE_GET(co->localsplusnames, i);
    mp_obj list = name_list(missing, n);
    if (!list)
        return;
    mp_err_format(&mp_type_TypeError, "%U() missing %d required %s argument%s: %U", f->qualname,
                  n, kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
    mp_decref(list);
}

static void too_many_positional(mp_func *f, mp_obj *locals, size_t given)
{
    mp_code *co = f->code;
    int ndefaults = f->defaults ? (int)MP_TUPLE_LEN(f->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (locals[i])
            kwonly_given++;
    char sig[64];
    int plural;
    if (ndefaults) {
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndefaults, co->argcount);
        plural = 1;
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
        plural = co->argcount != 1;
    }
    if (kwonly_given)
        mp_err_format(&mp_type_TypeError,
                      "%U() takes %s positional argument%s but %zu positional argument%s "
                      "(and %d keyword-only argument%s) were given",
                      f->qualname, sig, plural ? "s" : "", given, given == 1 ? "" : "s",
                      kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        mp_err_format(&mp_type_TypeError, "%U() takes %s positional argument%s but %zu %s given",
                      f->qualname, sig, plural ? "s" : "", given, given == 1 ? "was" : "were");
}

static int find_param(mp_code *co, mp_obj name, int first, int total);

/* Every positional-only parameter passed by keyword, in one message:
 * "f() got some positional-only arguments passed as keyword arguments:
 * 'a, b'". */
static void posonly_error(mp_func *f, mp_obj kwnames)
{
    mp_code *co = f->code;
    mp_buf b = MP_BUF_INIT;
    for (int i = 0; i < co->posonlyargcount; i++) {
        mp_obj pname = MP_TUPLE_GET(co->localsplusnames, i);
        for (intptr_t k = 0; k < MP_TUPLE_LEN(kwnames); k++)
            if (mp_str_eq(pname, MP_TUPLE_GET(kwnames, k))) {
                if (b.len)
                    mp_buf_puts(&b, ", ");
                mp_buf_puts(&b, mp_str_utf8(pname));
                break;
            }
    }
    mp_obj names = mp_str_from_buf(&b);
    if (!names)
        return;
    mp_err_format(&mp_type_TypeError,
                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  f->qualname, names);
    mp_decref(names);
}

/* Finds a keyword's parameter index among the positional-or-keyword and
 * keyword-only parameters, or -1. */
static int find_param(mp_code *co, mp_obj name, int first, int total)
{
    mp_obj *names = MP_TUPLE_ITEMS(co->localsplusnames);
    for (int i = first; i < total; i++)
        if (names[i] == name)
            return i;
    for (int i = first; i < total; i++)
        if (mp_str_eq(names[i], name))
            return i;
    return -1;
}

int mp_bind_args(mp_func *f, mp_obj *locals, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_code *co = f->code;
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    mp_obj kwdict = NULL;

    if (co->flags & MP_CO_VARKEYWORDS) {
        kwdict = mp_dict_new();
        if (!kwdict)
            return -1;
        int i = total + ((co->flags & MP_CO_VARARGS) ? 1 : 0);
        locals[i] = kwdict;
    }
    /* Positional arguments into the first parameters, the rest to *args. */
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++)
        locals[i] = mp_newref(args[i]);
    if (co->flags & MP_CO_VARARGS) {
        mp_obj extra = nargs > n ? mp_tuple_from_array(args + n, (intptr_t)(nargs - n))
                                 : mp_tuple_new(0);
        if (!extra)
            return -1;
        locals[total] = extra;
    }
    /* Keyword arguments. */
    for (intptr_t k = 0; k < nkw; k++) {
        mp_obj name = MP_TUPLE_GET(kwnames, k);
        mp_obj value = args[nargs + (size_t)k];
        if (!mp_str_check(name)) {
            mp_err_format(&mp_type_TypeError, "%U() keywords must be strings", f->qualname);
            return -1;
        }
        int j = find_param(co, name, co->posonlyargcount, total);
        if (j < 0) {
            if (kwdict) {
                if (mp_dict_setitem(kwdict, name, value) < 0)
                    return -1;
                continue;
            }
            int posonly = find_param(co, name, 0, co->posonlyargcount);
            if (posonly >= 0)
                posonly_error(f, kwnames);
            else
                mp_err_format(&mp_type_TypeError, "%U() got an unexpected keyword argument '%U'",
                              f->qualname, name);
            return -1;
        }
        if (locals[j]) {
            mp_err_format(&mp_type_TypeError, "%U() got multiple values for argument '%U'",
                          f->qualname, name);
            return -1;
        }
        locals[j] = mp_newref(value);
    }
    if (nargs > (size_t)argcount && !(co->flags & MP_CO_VARARGS)) {
        too_many_positional(f, locals, nargs);
        return -1;
    }
    /* Defaults for the positional parameters not given. */
    if (nargs < (size_t)argcount) {
        int ndefaults = f->defaults ? (int)MP_TUPLE_LEN(f->defaults) : 0;
        int first_default = argcount - ndefaults;
        for (int i = (int)nargs; i < first_default; i++)
            if (!locals[i]) {
                missing_args(f, locals, (int)nargs, first_default, 0);
                return -1;
            }
        for (int i = first_default > (int)nargs ? first_default : (int)nargs; i < argcount; i++)
            if (!locals[i])
                locals[i] = mp_newref(MP_TUPLE_GET(f->defaults, i - first_default));
    }
    /* Keyword-only defaults. */
    if (co->kwonlyargcount) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            if (locals[i])
                continue;
            mp_obj name = MP_TUPLE_GET(co->localsplusnames, i);
            mp_obj d = f->kwdefaults ? mp_dict_getitem(f->kwdefaults, name) : NULL;
            if (d)
                locals[i] = mp_newref(d);
            else if (mp_err_occurred())
                return -1;
            else
                missing++;
        }
        if (missing) {
            missing_args(f, locals, argcount, total, 1);
            return -1;
        }
    }
    return 0;
}

/* The call slot of functions: from C into the eval loop. */
mp_obj mp_func_call(mp_obj callable, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_func *f = (mp_func *)callable;
    mp_tstate *ts = mp_ts();
    mp_frame *frame = mp_frame_push(ts, f, NULL);
    if (!frame)
        return NULL;
    mp_code *co = f->code;
    if (!kwnames && nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (MP_CO_VARARGS | MP_CO_VARKEYWORDS))) {
        /* Exactly the positional parameters: nothing to bind. */
        for (size_t i = 0; i < nargs; i++)
            frame->localsplus[i] = mp_newref(args[i]);
        return mp_eval_frame(ts, frame, 0);
    }
    if (mp_bind_args(f, frame->localsplus, args, nargs, kwnames) < 0) {
        mp_frame_pop(ts, frame);
        return NULL;
    }
    return mp_eval_frame(ts, frame, 0);
}

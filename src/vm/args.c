/* Argument parsing for C functions (args.h), with CPython's messages. */
#include <stdarg.h>
#include <string.h>

#include "minipy/args.h"
#include "minipy/exc.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

int mp_arg_no_kwargs(const char *fname, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames)) {
        mp_err_format(&mp_type_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int mp_arg_check_count(const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs < min) {
        if (min == max)
            mp_err_format(&mp_type_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                          min == 1 ? "" : "s", nargs);
        else
            mp_err_format(&mp_type_TypeError, "%s expected at least %zu argument%s, got %zu",
                          fname, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        if (min == max)
            mp_err_format(&mp_type_TypeError, "%s expected %zu argument%s, got %zu", fname, max,
                          max == 1 ? "" : "s", nargs);
        else
            mp_err_format(&mp_type_TypeError, "%s expected at most %zu argument%s, got %zu",
                          fname, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int mp_arg_parse(mp_obj const *args, size_t nargs, mp_obj kwnames, const char *fname,
                 const char *const *kwlist, int required, int maxpos, ...)
{
    int nparams = 0;
    while (kwlist[nparams])
        nparams++;
    mp_obj vals[nparams > 0 ? nparams : 1];
    for (int i = 0; i < nparams; i++)
        vals[i] = NULL;
    if (nargs > (size_t)maxpos) {
        if (maxpos == 0)
            mp_err_format(&mp_type_TypeError, "%s() takes no positional arguments", fname);
        else if (required == maxpos && required == nparams)
            mp_err_format(&mp_type_TypeError, "%s() takes exactly %d argument%s (%zu given)",
                          fname, maxpos, maxpos == 1 ? "" : "s", nargs);
        else
            mp_err_format(&mp_type_TypeError, "%s() takes at most %d argument%s (%zu given)",
                          fname, maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        vals[i] = args[i];
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        mp_obj name = MP_TUPLE_GET(kwnames, k);
        int i;
        for (i = 0; i < nparams; i++)
            if (kwlist[i][0] && mp_str_eq_cstr(name, kwlist[i]))
                break;
        if (i == nparams) {
            mp_err_format(&mp_type_TypeError, "'%U' is an invalid keyword argument for %s()",
                          name, fname);
            return -1;
        }
        if (vals[i]) {
            mp_err_format(&mp_type_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)", fname,
                          kwlist[i], i + 1);
            return -1;
        }
        vals[i] = args[nargs + (size_t)k];
    }
    for (int i = 0; i < required; i++) {
        if (!vals[i]) {
            if (kwlist[i][0])
                mp_err_format(&mp_type_TypeError, "%s() missing required argument '%s' (pos %d)",
                              fname, kwlist[i], i + 1);
            else
                mp_err_format(&mp_type_TypeError, "%s() takes at least %d positional argument%s (%zu given)",
                              fname, required, required == 1 ? "" : "s", nargs);
            return -1;
        }
    }
    va_list ap;
    va_start(ap, maxpos);
    for (int i = 0; i < nparams; i++)
        *va_arg(ap, mp_obj *) = vals[i];
    va_end(ap);
    return 0;
}

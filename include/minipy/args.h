/* Argument parsing for functions written in C (vm/args.c), with CPython's
 * messages for wrong calls. */
#ifndef MINIPY_ARGS_H
#define MINIPY_ARGS_H

#include "minipy/object.h"

/* Matches a call's arguments (the vectorcall convention, object.h) to the
 * parameters named in kwlist (NULL-terminated; "" names a positional-only
 * parameter).  The first `required` parameters must be given; at most
 * `maxpos` may be given by position (the rest are keyword-only).  Stores a
 * borrowed reference, or NULL for an omitted parameter, through each
 * following mp_obj* argument, one per kwlist entry.  Returns 0, or -1 with
 * TypeError set ("'x' is an invalid keyword argument for f()", "f() takes
 * at most 2 arguments (3 given)", ...). */
int mp_arg_parse(mp_obj const *args, size_t nargs, mp_obj kwnames, const char *fname,
                 const char *const *kwlist, int required, int maxpos, ...);

/* Checks that a function taking no keywords got none: 0 or -1 ("f() takes
 * no keyword arguments"). */
int mp_arg_no_kwargs(const char *fname, mp_obj kwnames);
/* Checks min <= nargs <= max: 0 or -1 with CPython's wording ("f expected
 * at most 2 arguments, got 3"). */
int mp_arg_check_count(const char *fname, size_t nargs, size_t min, size_t max);

#endif

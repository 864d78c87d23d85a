/* The _warnings module: warn(), over the interpreter's own warnings
 * machinery (vm/warnings.c), which prints "file:line: Category: message"
 * and the source line once per location, as CPython's default filters do.
 * CPython's warnings.py is built on a C module of this name; minipy's
 * library modules (threading's deprecated aliases) call it directly.
 * Filters set from Python (warnings.filterwarnings) are not there. */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/exc.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/warnings.h"

#define FN(f) ((void (*)(void))(f))

/* warn(message, category=None, stacklevel=1, source=None) */
static mp_obj warnings_warn(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"message", "category", "stacklevel", "source", NULL};
    mp_obj message, category = NULL, level = NULL, source = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "warn", kwlist, 1, 4, &message, &category, &level,
                     &source) < 0)
        return NULL;
    intptr_t stacklevel = 1;
    if (level) {
        stacklevel = mp_number_as_ssize(level, &mp_type_OverflowError);
        if (stacklevel == -1 && mp_err_occurred())
            return NULL;
    }
    /* A Warning instance brings its own category. */
    if (mp_obj_isinstance(message, (mp_obj)&mp_type_Warning) == 1)
        category = (mp_obj)mp_type_of(message);
    if (!category || category == mp_none)
        category = (mp_obj)&mp_type_UserWarning;
    if (mp_type_of(category)->flags & MP_TPFLAGS_TYPE_SUBCLASS) {
        if (!mp_type_is_subtype((mp_type *)category, &mp_type_Warning))
            return mp_err_format(&mp_type_TypeError,
                                 "category must be a Warning subclass, not '%s'",
                                 mp_type_of(category)->name);
    } else {
        return mp_err_format(&mp_type_TypeError, "category must be a Warning subclass, not '%s'",
                             mp_type_of(category)->name);
    }
    mp_obj text = mp_obj_str(message);
    if (!text)
        return NULL;
    int r = mp_warn((mp_type *)category, text, stacklevel > 0 ? (int)stacklevel : 1);
    mp_decref(text);
    if (r < 0)
        return NULL;
    MP_RETURN_NONE;
}

static const mp_method_def warnings_methods[] = {
    {"warn", FN(warnings_warn), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Issue a warning, or maybe ignore it or raise an exception.\n\n"
     "  message\n    Text of the warning message.\n"
     "  category\n    The Warning category subclass. Defaults to UserWarning.\n"
     "  stacklevel\n    How far up the call stack to make this warning appear. A value of 2 "
     "for\n    example attributes the warning to the caller of the code calling warn().\n"
     "  source\n    If supplied, the destroyed object which emitted a ResourceWarning"},
    {NULL},
};

const mp_module_def mp_module_warnings_c = {
    "_warnings",
    "_warnings provides basic warning filtering support.\n"
    "It is a helper module to speed up interpreter start-up.",
    warnings_methods,
    NULL,
};

/* The _warnings module: the C half of warnings, as in CPython.  It holds
 * the state lib/warnings.py shares (filters, _onceregistry,
 * _defaultaction, _filters_mutated) and the fast warn() and
 * warn_explicit() that the module re-exports; all of it lives in
 * vm/warnings.c, where the interpreter's own warnings (mp_warn) go
 * through the same filters. */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/warnings.h"

#define FN(f) ((void (*)(void))(f))

/* The category of a warning: a Warning instance's own type, else category
 * (UserWarning if None), which must be a Warning subclass. */
static mp_obj get_category(mp_obj message, mp_obj category)
{
    int is_warning = mp_obj_isinstance(message, (mp_obj)&mp_type_Warning);
    if (is_warning < 0)
        return NULL;
    if (is_warning)
        category = (mp_obj)mp_type_of(message);
    else if (!category || category == mp_none)
        category = (mp_obj)&mp_type_UserWarning;
    int ok = mp_obj_issubclass(category, (mp_obj)&mp_type_Warning);
    if (ok <= 0) {
        /* issubclass()'s own TypeError (category not a class) gives way. */
        if (ok < 0)
            mp_err_clear();
        return mp_err_format(&mp_type_TypeError, "category must be a Warning subclass, not '%T'",
                             category);
    }
    return category;
}

/* warn(message, category=None, stacklevel=1, source=None) */
static mp_obj warnings_warn(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    (void)self;
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
    category = get_category(message, category);
    if (!category)
        return NULL;
    if (mp_warn_ex(message, category, stacklevel, source) < 0)
        return NULL;
    MP_RETURN_NONE;
}

/* warn_explicit(message, category, filename, lineno, module=None,
 *               registry=None, module_globals=None, source=None) */
static mp_obj warnings_warn_explicit(mp_obj self, mp_obj const *args, size_t nargs,
                                     mp_obj kwnames)
{
    (void)self;
    static const char *const kwlist[] = {"message", "category",       "filename", "lineno",
                                         "module",  "registry",       "module_globals",
                                         "source",  NULL};
    /* Arguments not given are left NULL, which mp_warn_explicit_obj reads
     * as None. */
    mp_obj message, category, filename, lineno_obj, module, registry, globals, source;
    if (mp_arg_parse(args, nargs, kwnames, "warn_explicit", kwlist, 4, 8, &message, &category,
                     &filename, &lineno_obj, &module, &registry, &globals, &source) < 0)
        return NULL;
    if (!mp_str_check(filename))
        return mp_err_format(&mp_type_TypeError,
                             "warn_explicit() argument 3 must be str, not %T", filename);
    intptr_t lineno = mp_number_as_ssize(lineno_obj, &mp_type_OverflowError);
    if (lineno == -1 && mp_err_occurred())
        return NULL;
    /* CPython asks the module's __loader__ for the source line; minipy's
     * modules have none to ask, so the line comes from the file. */
    if (globals && globals != mp_none && !mp_dict_check(globals))
        return mp_err_format(&mp_type_TypeError, "module_globals must be a dict, not '%T'",
                             globals);
    if (mp_warn_explicit_obj(category, message, filename, (int)lineno, module, registry, NULL,
                             source) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj warnings_filters_mutated(mp_obj self)
{
    (void)self;
    mp_warnings_filters_mutated();
    MP_RETURN_NONE;
}

/* _source_line(filename, lineno): the line as the C side shows it ('' for
 * none, as for "<string>"), for warnings.py, which has no linecache. */
static mp_obj warnings_source_line(mp_obj self, mp_obj const *args, size_t nargs)
{
    (void)self;
    if (mp_arg_check_count("_source_line", nargs, 2, 2) < 0)
        return NULL;
    intptr_t lineno = mp_number_as_ssize(args[1], &mp_type_OverflowError);
    if (lineno == -1 && mp_err_occurred())
        return NULL;
    size_t len = 0;
    const char *line = NULL;
    if (mp_str_check(args[0]) && lineno > 0 && lineno <= 0x7fffffff)
        line = mp_source_line_shown(args[0], (int)lineno, &len);
    return line ? mp_str_new(line, len) : mp_str_from_cstr("");
}

static int warnings_exec(mp_obj module)
{
    return mp_warnings_add_state(module);
}

static const mp_method_def warnings_methods[] = {
    {"warn", FN(warnings_warn), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Issue a warning, or maybe ignore it or raise an exception.\n\n"
     "  message\n    Text of the warning message.\n"
     "  category\n    The Warning category subclass. Defaults to UserWarning.\n"
     "  stacklevel\n    How far up the call stack to make this warning appear. A value of 2 "
     "for\n    example attributes the warning to the caller of the code calling warn().\n"
     "  source\n    If supplied, the destroyed object which emitted a ResourceWarning"},
    {"warn_explicit", FN(warnings_warn_explicit), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Issue a warning, or maybe ignore it or raise an exception."},
    {"_filters_mutated", FN(warnings_filters_mutated), MP_METH_NOARGS, NULL},
    {"_source_line", FN(warnings_source_line), MP_METH_FASTCALL, NULL},
    {NULL},
};

const mp_module_def mp_module_warnings_c = {
    "_warnings",
    "_warnings provides basic warning filtering support.\n"
    "It is a helper module to speed up interpreter start-up.",
    warnings_methods,
    warnings_exec,
};

/* The warnings machinery (warnings.h), as CPython's Python/_warnings.c
 * does it: the filters, the once registry and the default action that the
 * warnings module shares (it imports them from _warnings), warn() and
 * warn_explicit() over them, and the registry of each module's globals
 * (__warningregistry__) that remembers what was already shown.
 *
 * Once lib/warnings.py is imported it owns the state: the filters, the
 * once registry and the default action are read from it each time (so
 * catch_warnings, which rebinds warnings.filters, works for warnings
 * raised here in C too), and a warning is shown through its _showwarnmsg
 * (so a replaced warnings.showwarning, or catch_warnings(record=True),
 * sees it).  Before that, the warning is printed here, the same way. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/frame.h"
#include "minipy/import.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/warnings.h"

/* The shared state; the warnings module's own names win once it exists. */
static mp_obj filters;       /* list of (action, message, category, module, lineno) */
static mp_obj onceregistry;  /* dict: (text, category) -> True, for "once" */
static mp_obj defaultaction; /* str: the action when no filter matches */
/* Bumped whenever the filters change: a registry made under another
 * version is stale and is emptied before use. */
static intptr_t filters_version;

static mp_obj default_filter(const char *action, mp_type *category, const char *module)
{
    mp_obj mod = module ? mp_str_from_cstr(module) : mp_newref(mp_none);
    if (!mod)
        return NULL;
    mp_obj t = mp_tuple_pack(5, mp_str_intern(action), mp_none, (mp_obj)category, mod,
                             mp_small(0));
    mp_decref(mod);
    return t;
}

/* Makes the state on first use, with CPython's default filters (those of
 * a release build: DeprecationWarning shown in __main__ only). */
static int init_state(void)
{
    if (filters)
        return 0;
    mp_obj list = mp_list_new(0);
    if (!list)
        return -1;
    static const struct {
        const char *action;
        mp_type *category;
        const char *module;
    } defaults[] = {
        {"default", &mp_type_DeprecationWarning, "__main__"},
        {"ignore", &mp_type_DeprecationWarning, NULL},
        {"ignore", &mp_type_PendingDeprecationWarning, NULL},
        {"ignore", &mp_type_ImportWarning, NULL},
        {"ignore", &mp_type_ResourceWarning, NULL},
    };
    for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
        mp_obj item = default_filter(defaults[i].action, defaults[i].category, defaults[i].module);
        if (!item || mp_list_append_steal(list, item) < 0) {
            mp_decref(list);
            return -1;
        }
    }
    mp_obj once = mp_dict_new();
    if (!once) {
        mp_decref(list);
        return -1;
    }
    filters = list;
    onceregistry = once;
    defaultaction = mp_newref(mp_str_intern("default"));
    return 0;
}

int mp_warnings_add_state(mp_obj module)
{
    if (init_state() < 0)
        return -1;
    if (mp_module_add(module, "filters", filters) < 0 ||
        mp_module_add(module, "_onceregistry", onceregistry) < 0 ||
        mp_module_add(module, "_defaultaction", defaultaction) < 0)
        return -1;
    return 0;
}

void mp_warnings_filters_mutated(void)
{
    filters_version++;
}

/* warnings.<name> as a new reference, or NULL: with no exception when the
 * module (or the name) is not there.  import_it imports the module first;
 * otherwise only an already imported one is used.  Once the interpreter
 * shuts down there is none: CPython's sys.modules holds None for every
 * module by then, so warnings at exit are printed from C. */
static mp_obj warnings_attr(const char *name, int import_it)
{
    mp_obj mod;
    if (mp_the_interp.finalizing)
        return NULL;
    if (import_it) {
        mod = mp_import("warnings");
        if (!mod) {
            if (mp_err_matches(&mp_type_ImportError))
                mp_err_clear();
            return NULL;
        }
    } else {
        if (!mp_the_interp.modules)
            return NULL;
        mod = mp_dict_getitem_str(mp_the_interp.modules, "warnings");
        if (!mod)
            return NULL;
        mp_incref(mod);
    }
    mp_obj value = NULL;
    int found = mp_obj_lookup_attr(mod, mp_str_intern(name), &value);
    mp_decref(mod);
    return found > 0 ? value : NULL;
}

/* warnings.filters (which becomes the shared list), borrowed. */
static mp_obj get_filters(void)
{
    mp_obj f = warnings_attr("filters", 0);
    if (!f && mp_err_occurred())
        return NULL;
    if (f)
        MP_SETREF(filters, f);
    if (!filters || !mp_list_check(filters))
        return mp_err_set_str(&mp_type_ValueError, "_warnings.filters must be a list");
    return filters;
}

/* warnings.onceregistry, borrowed. */
static mp_obj get_once_registry(void)
{
    mp_obj r = warnings_attr("onceregistry", 0);
    if (!r && mp_err_occurred())
        return NULL;
    if (r) {
        if (!mp_dict_check(r)) {
            mp_err_format(&mp_type_TypeError, "_warnings.onceregistry must be a dict, not '%T'",
                          r);
            mp_decref(r);
            return NULL;
        }
        MP_SETREF(onceregistry, r);
    }
    return onceregistry;
}

/* warnings.defaultaction, borrowed. */
static mp_obj get_default_action(void)
{
    mp_obj a = warnings_attr("defaultaction", 0);
    if (!a && mp_err_occurred())
        return NULL;
    if (a) {
        if (!mp_str_check(a)) {
            mp_err_format(&mp_type_TypeError, "_warnings.defaultaction must be a string, not '%T'",
                          a);
            mp_decref(a);
            return NULL;
        }
        MP_SETREF(defaultaction, a);
    }
    return defaultaction;
}

/* Whether a filter's message or module part matches arg: None matches
 * everything, a str (the default filters' '__main__') must be equal, and
 * anything else is a compiled pattern whose match() decides. */
static int check_matched(mp_obj pattern, mp_obj arg)
{
    if (pattern == mp_none)
        return 1;
    if (mp_type_of(pattern) == &mp_type_str)
        return mp_obj_richcompare_bool(pattern, arg, MP_EQ);
    mp_obj r = mp_call_method(pattern, "match", &arg, 1);
    if (!r)
        return -1;
    int ok = mp_obj_is_true(r);
    mp_decref(r);
    return ok;
}

/* The action of the first filter matching the warning (borrowed), with the
 * filter itself in *item (borrowed; None for the default action). */
static mp_obj get_filter(mp_obj category, mp_obj text, int lineno, mp_obj module, mp_obj *item)
{
    mp_obj list = get_filters();
    if (!list)
        return NULL;
    for (intptr_t i = 0; i < MP_LIST_LEN(list); i++) {
        mp_obj f = MP_LIST_GET(list, i);
        if (!mp_tuple_check(f) || MP_TUPLE_LEN(f) != 5)
            return mp_err_format(&mp_type_ValueError, "warnings.filters item %d isn't a 5-tuple",
                                 (int)i);
        mp_obj *p = MP_TUPLE_ITEMS(f);
        if (!mp_str_check(p[0]))
            return mp_err_format(&mp_type_TypeError, "action must be a string, not '%T'", p[0]);
        int good_msg = check_matched(p[1], text);
        if (good_msg < 0)
            return NULL;
        int good_mod = check_matched(p[3], module);
        if (good_mod < 0)
            return NULL;
        int is_sub = mp_obj_issubclass(category, p[2]);
        if (is_sub < 0)
            return NULL;
        intptr_t ln = mp_number_as_ssize(p[4], &mp_type_OverflowError);
        if (ln == -1 && mp_err_occurred())
            return NULL;
        if (good_msg && is_sub && good_mod && (ln == 0 || ln == lineno)) {
            *item = f;
            return p[0];
        }
    }
    *item = mp_none;
    return get_default_action();
}

/* 1 when key is already in registry (emptied first if made under older
 * filters), else 0 after adding it when should_set; -1 on error. */
static int already_warned(mp_obj registry, mp_obj key, int should_set)
{
    mp_obj version = mp_dict_getitem_str(registry, "version");
    if (!version && mp_err_occurred())
        return -1;
    intptr_t v = -1;
    if (version && mp_is_small(version))
        v = mp_small_value(version);
    if (v != filters_version) {
        mp_dict_clear(registry);
        mp_obj now = mp_int_from_ssize(filters_version);
        if (!now)
            return -1;
        int r = mp_dict_setitem_str(registry, "version", now);
        mp_decref(now);
        if (r < 0)
            return -1;
    } else {
        mp_obj seen = mp_dict_getitem(registry, key);
        if (!seen && mp_err_occurred())
            return -1;
        if (seen) {
            int r = mp_obj_is_true(seen);
            if (r != 0)
                return r;
        }
    }
    return should_set ? mp_dict_setitem(registry, key, mp_true) : 0;
}

/* registry[(text, category)] = True, unless it was there: 1 then. */
static int update_registry(mp_obj registry, mp_obj text, mp_obj category)
{
    mp_obj key = mp_tuple_pack(2, text, category);
    if (!key)
        return -1;
    int r = already_warned(registry, key, 1);
    mp_decref(key);
    return r;
}

/* "filename:lineno: Category: text" and the source line (sourceline, or
 * the file's line) on sys.stderr, when the warnings module is not there to
 * do it. */
static int show_warning(mp_obj filename, int lineno, mp_obj text, mp_obj category,
                        mp_obj sourceline)
{
    mp_obj name = mp_obj_getattr_s(category, "__name__");
    if (!name)
        return -1;
    mp_obj line = mp_str_from_format("%S:%d: %S: %S\n", filename, lineno, name, text);
    mp_decref(name);
    if (!line)
        return -1;
    mp_buf b = MP_BUF_INIT;
    mp_buf_append(&b, mp_str_utf8(line), mp_str_nbytes(line));
    mp_decref(line);
    size_t len = 0;
    const char *src = NULL;
    if (sourceline && mp_str_check(sourceline)) {
        src = mp_str_utf8(sourceline);
        len = mp_str_nbytes(sourceline);
    } else if (mp_str_check(filename)) {
        src = mp_source_line_shown(filename, lineno, &len);
    }
    while (src && len && (*src == ' ' || *src == '\t' || *src == '\f')) {
        src++;
        len--;
    }
    while (src && len && (src[len - 1] == '\n' || src[len - 1] == '\r' || src[len - 1] == ' '))
        len--;
    if (src && len) {
        mp_buf_puts(&b, "  ");
        mp_buf_append(&b, src, len);
        mp_buf_puts(&b, "\n");
    }
    if (b.data)
        mp_write_stderr(NULL, b.data, b.len);
    mp_buf_free(&b);
    return 0;
}

/* Shows the warning through warnings._showwarnmsg (a WarningMessage) when
 * the module is loaded, or imports it for a warning with a source object
 * (its _formatwarnmsg_impl knows what to say about it); else prints it. */
static int call_show_warning(mp_obj category, mp_obj text, mp_obj message, mp_obj filename,
                             int lineno, mp_obj lineno_obj, mp_obj sourceline, mp_obj source)
{
    mp_obj show = warnings_attr("_showwarnmsg", source != NULL && source != mp_none);
    if (!show) {
        if (mp_err_occurred())
            return -1;
        return show_warning(filename, lineno, text, category, sourceline);
    }
    if (!mp_callable(show)) {
        mp_decref(show);
        mp_err_set_str(&mp_type_TypeError, "warnings._showwarnmsg() must be set to a callable");
        return -1;
    }
    mp_obj cls = warnings_attr("WarningMessage", 0);
    if (!cls) {
        if (!mp_err_occurred())
            mp_err_set_str(&mp_type_RuntimeError, "unable to get warnings.WarningMessage");
        mp_decref(show);
        return -1;
    }
    mp_obj args[7] = {message, category, filename, lineno_obj, mp_none, mp_none,
                      source ? source : mp_none};
    mp_obj msg = mp_call(cls, args, 7, NULL);
    mp_decref(cls);
    if (!msg) {
        mp_decref(show);
        return -1;
    }
    mp_obj r = mp_call1(show, msg);
    mp_decref(show);
    mp_decref(msg);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

/* The module name from a file name: "spam.py" -> "spam", "" -> "<unknown>". */
static mp_obj normalize_module(mp_obj filename)
{
    if (!mp_str_check(filename))
        return mp_newref(filename);
    const char *s = mp_str_utf8(filename);
    size_t n = mp_str_nbytes(filename);
    if (n == 0)
        return mp_str_from_cstr("<unknown>");
    if (n >= 3 && strcmp(s + n - 3, ".py") == 0)
        return mp_str_new(s, n - 3);
    return mp_newref(filename);
}

int mp_warn_explicit_obj(mp_obj category, mp_obj message, mp_obj filename, int lineno,
                         mp_obj module, mp_obj registry, mp_obj sourceline, mp_obj source)
{
    /* A warning late in shutdown, from a module whose globals are gone. */
    if (module == mp_none)
        return 0;
    if (registry && registry != mp_none && !mp_dict_check(registry)) {
        mp_err_set_str(&mp_type_TypeError, "'registry' must be a dict or None");
        return -1;
    }
    if (init_state() < 0)
        return -1;
    int status = -1;
    mp_obj text = NULL, lineno_obj = NULL, key = NULL;
    module = module ? mp_newref(module) : normalize_module(filename);
    if (!module)
        return -1;
    mp_incref(message);
    int is_warning = mp_obj_isinstance(message, (mp_obj)&mp_type_Warning);
    if (is_warning < 0)
        goto done;
    if (is_warning) {
        if (!(text = mp_obj_str(message)))
            goto done;
        category = (mp_obj)mp_type_of(message);
    } else {
        text = message;
        if (!(message = mp_call1(category, text)))
            goto done;
    }
    if (!(lineno_obj = mp_int_from_ssize(lineno)))
        goto done;
    if (!(key = mp_tuple_pack(3, text, category, lineno_obj)))
        goto done;
    if (registry && registry != mp_none) {
        int r = already_warned(registry, key, 0);
        if (r != 0) {
            status = r < 0 ? -1 : 0;
            goto done;
        }
    }
    mp_obj item = mp_none;
    mp_obj action = get_filter(category, text, lineno, module, &item);
    if (!action)
        goto done;
    if (mp_str_eq_cstr(action, "error")) {
        mp_err_set_object((mp_type *)category, message);
        goto done;
    }
    status = 0;
    if (mp_str_eq_cstr(action, "ignore"))
        goto done;
    /* Every action but "always" remembers the warning in the registry. */
    int rc = 0;
    if (!mp_str_eq_cstr(action, "always")) {
        if (registry && registry != mp_none && mp_dict_setitem(registry, key, mp_true) < 0) {
            status = -1;
            goto done;
        }
        if (mp_str_eq_cstr(action, "once")) {
            mp_obj reg = registry && registry != mp_none ? registry : get_once_registry();
            rc = reg ? update_registry(reg, text, category) : -1;
        } else if (mp_str_eq_cstr(action, "module")) {
            if (registry && registry != mp_none)
                rc = update_registry(registry, text, category);
        } else if (!mp_str_eq_cstr(action, "default")) {
            mp_err_format(&mp_type_RuntimeError,
                          "Unrecognized action (%R) in warnings.filters:\n %R", action, item);
            rc = -1;
        }
    }
    if (rc == 0)
        rc = call_show_warning(category, text, message, filename, lineno, lineno_obj,
                               sourceline, source);
    status = rc < 0 ? -1 : 0;
done:
    mp_xdecref(key);
    mp_xdecref(lineno_obj);
    mp_xdecref(text);
    mp_xdecref(message);
    mp_decref(module);
    return status;
}

/* Where a warning stacklevel frames up comes from: its file name and line
 * (new reference), module (__name__ of its globals, new reference) and
 * registry (the globals' __warningregistry__, made if missing; borrowed).
 * Past the outermost frame it is sys, line 1, as in CPython. */
static int setup_context(intptr_t stacklevel, mp_obj *filename, int *lineno, mp_obj *module,
                         mp_obj *registry)
{
    mp_tstate *ts = mp_ts();
    mp_frame *f = ts ? ts->frame : NULL;
    while (--stacklevel > 0 && f)
        f = f->previous;
    mp_obj globals;
    if (f && f->code && f->globals && mp_dict_check(f->globals)) {
        globals = f->globals;
        *filename = mp_newref(f->code->filename);
        *lineno = mp_frame_lineno(f);
    } else {
        globals = mp_the_interp.sysdict;
        *filename = mp_str_from_cstr("sys");
        *lineno = 1;
        if (!*filename)
            return -1;
    }
    *module = NULL;
    *registry = mp_dict_getitem_str(globals, "__warningregistry__");
    if (!*registry) {
        if (mp_err_occurred())
            goto fail;
        mp_obj reg = mp_dict_new();
        if (!reg)
            goto fail;
        int r = mp_dict_setitem_str(globals, "__warningregistry__", reg);
        mp_decref(reg);
        if (r < 0)
            goto fail;
        *registry = reg; /* now held by globals */
    }
    mp_obj name = mp_dict_getitem_str(globals, "__name__");
    if (name && (name == mp_none || mp_str_check(name))) {
        *module = mp_newref(name);
    } else {
        if (mp_err_occurred())
            goto fail;
        if (!(*module = mp_str_from_cstr("<string>")))
            goto fail;
    }
    return 0;
fail:
    MP_CLEAR(*filename);
    return -1;
}

int mp_warn_ex(mp_obj message, mp_obj category, intptr_t stacklevel, mp_obj source)
{
    mp_obj filename, module, registry;
    int lineno;
    if (setup_context(stacklevel, &filename, &lineno, &module, &registry) < 0)
        return -1;
    int r = mp_warn_explicit_obj(category, message, filename, lineno, module, registry, NULL,
                                 source);
    mp_decref(filename);
    mp_decref(module);
    return r;
}

int mp_warn(mp_type *category, mp_obj message, int stacklevel)
{
    return mp_warn_ex(message, (mp_obj)category, stacklevel, NULL);
}

int mp_warn_format(mp_type *category, int stacklevel, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_obj msg = mp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!msg)
        return -1;
    int r = mp_warn(category, msg, stacklevel);
    mp_decref(msg);
    return r;
}

/* As CPython's _PyErr_WarnUnawaitedCoroutine: through
 * warnings._warn_unawaited_coroutine (which passes the coroutine as the
 * source, so that the tracemalloc hint follows), or directly when the
 * module cannot be had (at shutdown).  Runs in a finalizer: never leaves
 * an exception set; a warning turned into an error is reported as
 * unraisable. */
void mp_warn_unawaited_coroutine(mp_obj coro, mp_obj qualname)
{
    int warned = 0;
    mp_obj fn = warnings_attr("_warn_unawaited_coroutine", 1);
    if (fn) {
        mp_obj r = mp_call1(fn, coro);
        mp_decref(fn);
        if (r || mp_err_matches(&mp_type_RuntimeWarning))
            warned = 1;
        mp_xdecref(r);
    }
    if (mp_err_occurred())
        mp_err_write_unraisable(coro);
    if (!warned &&
        mp_warn_format(&mp_type_RuntimeWarning, 1, "coroutine '%U' was never awaited",
                       qualname) < 0)
        mp_err_write_unraisable(coro);
}

/* Appends one option (a C string) to list; 0 or -1. */
static int append_option(mp_obj list, const char *opt, size_t n)
{
    mp_obj s = mp_str_decode_utf8(opt, n, "surrogateescape");
    return s ? mp_list_append_steal(list, s) : -1;
}

int mp_warnings_init_options(const char *const *opts, int nopts)
{
    mp_obj list = mp_dict_getitem_str(mp_the_interp.sysdict, "warnoptions");
    if (!list || !mp_list_check(list))
        return mp_err_occurred() ? -1 : 0;
    /* PYTHONWARNINGS first (comma-separated, empty entries skipped), so
     * that the -W options, inserted at the front of the filters after
     * them, win. */
    const char *env = getenv("PYTHONWARNINGS");
    while (env && *env) {
        const char *comma = strchr(env, ',');
        size_t n = comma ? (size_t)(comma - env) : strlen(env);
        if (n && append_option(list, env, n) < 0)
            return -1;
        env = comma ? comma + 1 : NULL;
    }
    for (int i = 0; i < nopts; i++)
        if (append_option(list, opts[i], strlen(opts[i])) < 0)
            return -1;
    if (MP_LIST_LEN(list) == 0)
        return 0;
    /* The warnings module turns sys.warnoptions into filters as it loads. */
    mp_obj mod = mp_import("warnings");
    if (!mod)
        return -1;
    mp_decref(mod);
    return 0;
}

void mp_warnings_fini(void)
{
    MP_CLEAR(filters);
    MP_CLEAR(onceregistry);
    MP_CLEAR(defaultaction);
}

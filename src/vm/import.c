/* The import system (import.h): sys.modules first, then built-in C
 * modules, then the directories of sys.path (modules and packages), then
 * the library embedded in the binary.  Relative imports resolve against
 * the importing module's __package__. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/compile.h"
#include "minipy/dict.h"
#include "minipy/embedded.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/import.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define EMBEDDED_PREFIX "<minipy>/lib/"

static mp_obj not_found(mp_obj name, const char *fmt_extra)
{
    mp_obj msg = fmt_extra ? mp_str_from_format("No module named %R; %s", name, fmt_extra)
                           : mp_str_from_format("No module named %R", name);
    if (!msg)
        return NULL;
    mp_obj args = mp_tuple_pack(1, msg);
    mp_decref(msg);
    if (!args)
        return NULL;
    mp_obj exc = mp_exc_new(&mp_type_ModuleNotFoundError, args);
    mp_decref(args);
    if (!exc)
        return NULL;
    MP_SETREF(((mp_exc_import *)exc)->name, mp_newref(name));
    mp_err_set_exc(exc);
    mp_decref(exc);
    return NULL;
}

/* Reads a whole file; NULL (errno set) when it cannot. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 16384, n = 0;
    char *buf = mp_malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
        if (n + 1 >= cap) {
            char *nb = mp_realloc(buf, cap * 2);
            if (!nb) {
                mp_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

/* Runs source as the body of module m (already in sys.modules).  flags is
 * MP_PARSE_STR for source CPython reads as text (-c), else 0. */
static int exec_source(mp_obj m, const char *src, size_t len, mp_obj filename,
                       mp_parse_mode flags)
{
    mp_code *code = mp_compile_source(src, len, mp_str_utf8(filename), MP_PARSE_FILE | flags, 0);
    if (!code)
        return -1;
    mp_obj dict = mp_module_get_dict(m);
    mp_obj r = mp_eval_code(code, dict, dict);
    mp_decref((mp_obj)code);
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

static int set_str(mp_obj dict, mp_obj key, const char *value)
{
    mp_obj v = mp_str_from_cstr(value);
    if (!v)
        return -1;
    int r = mp_dict_setitem(dict, key, v);
    mp_decref(v);
    return r;
}

/* A new module for a source file, registered in sys.modules, with
 * __file__, __package__ and (for a package) __path__ set. */
static mp_obj new_source_module(mp_obj name, const char *file, const char *pkgdir)
{
    mp_obj m = mp_module_new(name);
    if (!m)
        return NULL;
    mp_obj d = mp_module_get_dict(m);
    const char *full = mp_str_utf8(name);
    const char *dot = strrchr(full, '.');
    mp_obj package = pkgdir ? mp_newref(name)
                     : dot  ? mp_str_new(full, (size_t)(dot - full))
                            : mp_str_new("", 0);
    int bad = !package || mp_dict_setitem(d, MP_NAME(__package__), package) < 0 ||
              set_str(d, MP_NAME(__file__), file) < 0 ||
              mp_dict_setitem(d, MP_NAME(__cached__), mp_none) < 0 ||
              mp_dict_setitem(d, MP_NAME(__builtins__), mp_the_interp.builtins) < 0;
    mp_xdecref(package);
    if (!bad && pkgdir) {
        mp_obj dir = mp_str_from_cstr(pkgdir);
        mp_obj path = dir ? mp_tuple_pack(1, dir) : NULL;
        mp_obj list = path ? mp_sequence_list(path) : NULL;
        bad = !list || mp_dict_setitem(d, MP_NAME(__path__), list) < 0;
        mp_xdecref(dir);
        mp_xdecref(path);
        mp_xdecref(list);
    }
    if (bad || mp_dict_setitem(mp_the_interp.modules, name, m) < 0) {
        mp_decref(m);
        return NULL;
    }
    return m;
}

/* Loads name from text; the module leaves sys.modules if its body fails. */
static mp_obj load_source(mp_obj name, const char *file, const char *pkgdir, const char *src,
                          size_t len)
{
    mp_obj m = new_source_module(name, file, pkgdir);
    if (!m)
        return NULL;
    mp_obj filename = mp_str_from_cstr(file);
    int r = filename ? exec_source(m, src, len, filename, 0) : -1;
    mp_xdecref(filename);
    if (r < 0) {
        mp_obj saved = mp_err_fetch();
        if (mp_dict_pop(mp_the_interp.modules, name, NULL) < 0)
            mp_err_clear();
        mp_err_restore(saved);
        mp_decref(m);
        return NULL;
    }
    /* What the body left in sys.modules is the module (it may replace
     * itself there); it moves to the end of sys.modules, as importlib's
     * _load_unlocked moves it. */
    mp_decref(m);
    mp_obj final;
    int r2 = mp_dict_pop(mp_the_interp.modules, name, &final);
    if (r2 < 0)
        return NULL;
    if (r2 == 0)
        return mp_err_format(&mp_type_ImportError, "Loaded module %U not found in sys.modules", name);
    if (mp_dict_setitem(mp_the_interp.modules, name, final) < 0) {
        mp_decref(final);
        return NULL;
    }
    return final;
}

static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The folder a sys.path entry names, without a final '/', as CPython's
 * FileFinder takes it: '' and '.' are the current directory, other
 * relative entries are joined to it, so a module's __file__ is an
 * absolute path. */
static void put_dir(mp_buf *p, const char *d)
{
    if (d[0] != '/') {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd)) {
            mp_buf_puts(p, cwd);
            if (!d[0] || strcmp(d, ".") == 0)
                return;
            mp_buf_putc(p, '/');
        }
    }
    /* The caller adds the separator. */
    size_t n = strlen(d);
    mp_buf_append(p, d, n && d[n - 1] == '/' ? n - 1 : n);
}

/* Looks for name's last part in the given directories (a list of str). */
static mp_obj find_in_dirs(mp_obj name, const char *last, mp_obj dirs, int *found)
{
    *found = 0;
    if (!dirs || !mp_list_check(dirs))
        return NULL;
    for (intptr_t i = 0; i < MP_LIST_LEN(dirs); i++) {
        mp_obj dir = MP_LIST_GET(dirs, i);
        if (!mp_str_check(dir))
            continue;
        const char *d = mp_str_utf8(dir);
        mp_buf p = MP_BUF_INIT;
        put_dir(&p, d);
        mp_buf_printf(&p, "/%s", last);
        if (p.failed) {
            mp_buf_free(&p);
            return mp_err_no_memory();
        }
        size_t base_len = p.len;
        mp_buf_puts(&p, "/__init__.py");
        const char *path = NULL, *pkgdir = NULL;
        if (is_file(p.data)) {
            path = p.data;
            p.data[base_len] = '\0';
            pkgdir = p.data;
        } else {
            p.len = base_len;
            p.data[base_len] = '\0';
            mp_buf_puts(&p, ".py");
            if (is_file(p.data))
                path = p.data;
        }
        if (!path) {
            mp_buf_free(&p);
            continue;
        }
        *found = 1;
        char *pathcopy = mp_malloc(strlen(path) + 32), *pkgcopy = NULL;
        if (!pathcopy) {
            mp_buf_free(&p);
            return mp_err_no_memory();
        }
        strcpy(pathcopy, path);
        if (pkgdir) {
            pkgcopy = mp_malloc(base_len + 1);
            if (pkgcopy) {
                memcpy(pkgcopy, p.data, base_len);
                pkgcopy[base_len] = '\0';
            }
            strcat(pathcopy, "/__init__.py");
        }
        mp_buf_free(&p);
        size_t len;
        char *src = read_file(pathcopy, &len);
        mp_obj m;
        if (!src) {
            m = mp_err_from_errno(&mp_type_OSError, NULL);
        } else {
            m = load_source(name, pathcopy, pkgcopy, src, len);
            mp_free(src);
        }
        mp_free(pathcopy);
        mp_free(pkgcopy);
        return m;
    }
    return NULL;
}

static mp_obj find_embedded(mp_obj name, int *found)
{
    const char *n = mp_str_utf8(name);
    *found = 0;
    for (const mp_embedded_module *e = mp_embedded_lib; e->name; e++) {
        if (strcmp(e->name, n) != 0)
            continue;
        *found = 1;
        mp_buf file = MP_BUF_INIT;
        mp_buf_printf(&file, EMBEDDED_PREFIX "%s", e->path);
        mp_buf pkg = MP_BUF_INIT;
        if (e->is_package) {
            const char *slash = strrchr(e->path, '/');
            mp_buf_printf(&pkg, EMBEDDED_PREFIX "%.*s", (int)(slash - e->path), e->path);
        }
        if (file.failed || pkg.failed) {
            mp_buf_free(&file);
            mp_buf_free(&pkg);
            return mp_err_no_memory();
        }
        /* Tracebacks show the library's lines. */
        mp_source_register(file.data, e->source, e->length);
        mp_obj m = load_source(name, file.data, e->is_package ? pkg.data : NULL, e->source, e->length);
        mp_buf_free(&file);
        mp_buf_free(&pkg);
        return m;
    }
    return NULL;
}

int mp_builtin_module_exists(const char *name)
{
    for (const mp_module_def *const *d = mp_builtin_modules; *d; d++)
        if (strcmp((*d)->name, name) == 0)
            return 1;
    return 0;
}

/* Imports one fully qualified name whose parent (if any) is imported. */
static mp_obj import_one(mp_obj name, mp_obj parent)
{
    mp_obj m = mp_dict_getitem(mp_the_interp.modules, name);
    if (m)
        return mp_newref(m);
    if (mp_err_occurred())
        return NULL;
    const char *full = mp_str_utf8(name);
    const char *dot = strrchr(full, '.');
    const char *last = dot ? dot + 1 : full;
    int found = 0;
    if (!parent) {
        for (const mp_module_def *const *d = mp_builtin_modules; *d; d++) {
            if (strcmp((*d)->name, full) != 0)
                continue;
            m = mp_module_from_def(*d);
            if (!m)
                return NULL;
            if (mp_dict_setitem(mp_the_interp.modules, name, m) < 0) {
                mp_decref(m);
                return NULL;
            }
            return m;
        }
        mp_obj path = mp_dict_getitem_str(mp_the_interp.sysdict, "path");
        m = find_in_dirs(name, last, path, &found);
        if (found || m)
            return m;
        m = find_embedded(name, &found);
        if (found || m)
            return m;
        return not_found(name, NULL);
    }
    mp_obj path;
    int has = mp_obj_lookup_attr(parent, MP_NAME(__path__), &path);
    if (has < 0)
        return NULL;
    if (!has) {
        mp_obj pname = mp_str_new(full, (size_t)(dot - full));
        if (!pname)
            return NULL;
        mp_obj extra = mp_str_from_format("%R is not a package", pname);
        mp_decref(pname);
        if (!extra)
            return NULL;
        not_found(name, mp_str_utf8(extra));
        mp_decref(extra);
        return NULL;
    }
    m = find_in_dirs(name, last, path, &found);
    mp_decref(path);
    if (!found && !m)
        m = find_embedded(name, &found);
    if (!found && !m)
        return not_found(name, NULL);
    if (!m)
        return NULL;
    /* The submodule becomes an attribute of its package. */
    mp_obj key = mp_str_from_cstr(last);
    int r = key ? mp_obj_setattr(parent, key, m) : -1;
    mp_xdecref(key);
    if (r < 0) {
        mp_decref(m);
        return NULL;
    }
    return m;
}

/* Imports every prefix of a dotted name; returns the last module. */
static mp_obj import_dotted(mp_obj name)
{
    const char *full = mp_str_utf8(name);
    size_t n = mp_str_nbytes(name);
    mp_obj parent = NULL;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && full[i] != '.')
            continue;
        mp_obj part = i == n ? mp_newref(name) : mp_str_new(full, i);
        if (!part) {
            mp_xdecref(parent);
            return NULL;
        }
        mp_obj m = import_one(part, parent);
        mp_decref(part);
        mp_xdecref(parent);
        if (!m)
            return NULL;
        parent = m;
    }
    return parent;
}

mp_obj mp_import(const char *name)
{
    mp_obj n = mp_str_from_cstr(name);
    if (!n)
        return NULL;
    mp_obj m = import_dotted(n);
    mp_decref(n);
    return m;
}

/* The absolute name for a relative import from the module with globals. */
static mp_obj resolve_name(mp_obj name, mp_obj globals, intptr_t level)
{
    mp_obj package = globals ? mp_dict_getitem(globals, MP_NAME(__package__)) : NULL;
    if (!package || package == mp_none) {
        mp_obj modname = globals ? mp_dict_getitem(globals, MP_NAME(__name__)) : NULL;
        if (!modname || !mp_str_check(modname))
            return mp_err_set_str(&mp_type_ImportError,
                                  "attempted relative import with no known parent package");
        if (mp_dict_getitem(globals, MP_NAME(__path__))) {
            package = modname;
        } else {
            const char *s = mp_str_utf8(modname);
            const char *dot = strrchr(s, '.');
            if (!dot)
                return mp_err_set_str(&mp_type_ImportError,
                                      "attempted relative import with no known parent package");
            mp_obj p = mp_str_new(s, (size_t)(dot - s));
            if (!p)
                return NULL;
            mp_obj r = resolve_name(name, NULL, 0);
            mp_xdecref(r);
            mp_err_clear();
            /* Recurse with an explicit package. */
            mp_obj g = mp_dict_new();
            if (!g || mp_dict_setitem(g, MP_NAME(__package__), p) < 0) {
                mp_xdecref(g);
                mp_decref(p);
                return NULL;
            }
            mp_decref(p);
            r = resolve_name(name, g, level);
            mp_decref(g);
            return r;
        }
    }
    if (!mp_str_check(package))
        return mp_err_set_str(&mp_type_TypeError, "package must be a string");
    if (mp_str_nbytes(package) == 0)
        return mp_err_set_str(&mp_type_ImportError,
                              "attempted relative import with no known parent package");
    const char *p = mp_str_utf8(package);
    size_t end = mp_str_nbytes(package);
    for (intptr_t i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.')
            end--;
        if (end == 0)
            return mp_err_set_str(&mp_type_ImportError,
                                  "attempted relative import beyond top-level package");
        end--;
    }
    if (mp_str_nbytes(name) == 0)
        return mp_str_new(p, end);
    return mp_str_from_format("%.*s.%U", (int)end, p, name);
}

const mp_method_def mp_builtin_import_def;

mp_obj mp_import_module_level(mp_obj name, mp_obj globals, mp_obj fromlist, mp_obj level)
{
    intptr_t lvl = mp_is_small(level) ? mp_small_value(level) : 0;
    if (lvl < 0)
        return mp_err_set_str(&mp_type_ValueError, "level must be >= 0");
    mp_obj absname = lvl > 0 ? resolve_name(name, globals, lvl) : mp_newref(name);
    if (!absname)
        return NULL;
    if (mp_str_nbytes(absname) == 0) {
        mp_decref(absname);
        return mp_err_set_str(&mp_type_ValueError, "Empty module name");
    }
    mp_obj m = import_dotted(absname);
    if (!m) {
        mp_decref(absname);
        return NULL;
    }
    int has_from = fromlist && fromlist != mp_none && mp_obj_is_true(fromlist) > 0;
    if (!has_from) {
        mp_decref(absname);
        /* `import a.b.c` binds a: the top of what the import names. */
        if (lvl == 0) {
            const char *s = mp_str_utf8(name);
            const char *dot = strchr(s, '.');
            if (dot) {
                mp_decref(m);
                mp_obj top = mp_str_new(s, (size_t)(dot - s));
                if (!top)
                    return NULL;
                mp_obj r = mp_dict_getitem(mp_the_interp.modules, top);
                mp_decref(top);
                return r ? mp_newref(r) : mp_err_set_str(&mp_type_KeyError, s);
            }
        }
        return m;
    }
    /* from package import name: import submodules that are not attributes. */
    mp_obj pathattr;
    int is_pkg = mp_obj_lookup_attr(m, MP_NAME(__path__), &pathattr);
    if (is_pkg < 0) {
        mp_decref(absname);
        mp_decref(m);
        return NULL;
    }
    mp_xdecref(pathattr);
    if (is_pkg) {
        mp_obj items = mp_sequence_list(fromlist);
        for (intptr_t i = 0; items && i < MP_LIST_LEN(items); i++) {
            mp_obj item = MP_LIST_GET(items, i);
            if (!mp_str_check(item) || mp_str_eq_cstr(item, "*") || mp_obj_hasattr(m, item))
                continue;
            mp_obj sub = mp_str_from_format("%U.%U", absname, item);
            mp_obj sm = sub ? import_one(sub, m) : NULL;
            if (!sm) {
                /* A missing submodule is for IMPORT_FROM to report. */
                if (mp_err_matches(&mp_type_ModuleNotFoundError) && sub &&
                    ((mp_exc_import *)mp_ts()->curexc)->name &&
                    mp_str_check(((mp_exc_import *)mp_ts()->curexc)->name) &&
                    mp_str_eq(((mp_exc_import *)mp_ts()->curexc)->name, sub))
                    mp_err_clear();
                else {
                    mp_xdecref(sub);
                    mp_decref(items);
                    mp_decref(absname);
                    mp_decref(m);
                    return NULL;
                }
            }
            mp_xdecref(sm);
            mp_xdecref(sub);
        }
        mp_xdecref(items);
    }
    mp_decref(absname);
    return m;
}

/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) */
static mp_obj builtin_import(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    mp_obj name, globals = NULL, locals = NULL, fromlist = NULL, level = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "__import__", kwlist, 1, 5, &name, &globals, &locals,
                     &fromlist, &level) < 0)
        return NULL;
    if (!mp_str_check(name))
        return mp_err_format(&mp_type_TypeError, "module name must be str, not %s",
                             mp_type_of(name)->name);
    return mp_import_module_level(name, globals && mp_dict_check(globals) ? globals : NULL,
                                  fromlist, level ? level : mp_small(0));
}

const mp_method_def mp_builtin_import_def = {
    "__import__", (void (*)(void))builtin_import, MP_METH_FASTCALL | MP_METH_KEYWORDS,
    "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n"
    "           level=0)\n--\n\n"
    "Import a module."};

/* ---- the main program ------------------------------------------------------------------ */

mp_obj mp_run_main_file(const char *path, const char *src, size_t len)
{
    mp_obj name = MP_NAME(__main__);
    mp_obj m = mp_module_new(name);
    if (!m)
        return NULL;
    mp_obj d = mp_module_get_dict(m);
    mp_obj ann = mp_dict_new();
    /* The order of __main__'s names is CPython's (globals() shows it). */
    int bad = !ann || mp_dict_setitem(d, MP_NAME(__annotations__), ann) < 0 ||
              mp_dict_setitem(d, MP_NAME(__builtins__), mp_the_interp.builtins_module) < 0;
    mp_xdecref(ann);
    if (!bad && path)
        bad = set_str(d, MP_NAME(__file__), path) < 0 ||
              mp_dict_setitem(d, MP_NAME(__cached__), mp_none) < 0;
    if (bad || mp_dict_setitem(mp_the_interp.modules, name, m) < 0) {
        mp_decref(m);
        return NULL;
    }
    mp_obj filename = mp_str_from_cstr(path ? path : "<stdin>");
    /* -c's command (main.c names it "<string>") is text to CPython; a
     * file or stdin is bytes, read by its tokenizer of files */
    mp_parse_mode flags = path && strcmp(path, "<string>") == 0 ? MP_PARSE_STR : MP_PARSE_SCRIPT;
    int r = filename ? exec_source(m, src, len, filename, flags) : -1;
    mp_xdecref(filename);
    mp_obj dict = mp_newref(d);
    mp_decref(m);
    if (r < 0) {
        mp_decref(dict);
        return NULL;
    }
    return dict;
}

/* ---- _imp: finding a module's source without running it (runpy, -m) ------------------- */

/* (filename, source, is_package) for name, searched as `import` would
 * search it; the parent package of a dotted name is imported first. */
static mp_obj imp_find_source(mp_obj self, mp_obj name)
{
    if (!mp_str_check(name))
        return mp_err_format(&mp_type_TypeError, "module name must be str, not %s",
                             mp_type_of(name)->name);
    const char *full = mp_str_utf8(name);
    const char *dot = strrchr(full, '.');
    const char *last = dot ? dot + 1 : full;
    mp_obj dirs;
    if (dot) {
        mp_obj pname = mp_str_new(full, (size_t)(dot - full));
        mp_obj parent = pname ? import_dotted(pname) : NULL;
        mp_xdecref(pname);
        if (!parent)
            return NULL;
        int has = mp_obj_lookup_attr(parent, MP_NAME(__path__), &dirs);
        mp_decref(parent);
        if (has <= 0)
            return has < 0 ? NULL : not_found(name, NULL);
    } else {
        /* sys.path may have been deleted: then only the embedded lib. */
        mp_obj path = mp_dict_getitem_str(mp_the_interp.sysdict, "path");
        dirs = mp_newref(path ? path : mp_none);
    }
    mp_obj result = NULL;
    for (intptr_t i = 0; mp_list_check(dirs) && i < MP_LIST_LEN(dirs) && !result; i++) {
        mp_obj dir = MP_LIST_GET(dirs, i);
        if (!mp_str_check(dir))
            continue;
        const char *d = mp_str_utf8(dir);
        for (int pkg = 1; pkg >= 0 && !result; pkg--) {
            mp_buf p = MP_BUF_INIT;
            put_dir(&p, d);
            mp_buf_printf(&p, "/%s%s", last, pkg ? "/__init__.py" : ".py");
            if (p.failed || !is_file(p.data)) {
                mp_buf_free(&p);
                continue;
            }
            size_t len;
            char *src = read_file(p.data, &len);
            /* Bytes, as a loader's get_data gives: compile() then reports
             * syntax errors in the columns CPython gives for files. */
            mp_obj text = src ? mp_bytes_new(src, (intptr_t)len) : mp_err_from_errno(&mp_type_OSError, NULL);
            mp_free(src);
            mp_obj fname = text ? mp_str_from_cstr(p.data) : NULL;
            if (fname)
                result = mp_tuple_pack(3, fname, text, pkg ? mp_true : mp_false);
            mp_xdecref(fname);
            mp_xdecref(text);
            mp_buf_free(&p);
            if (!result)
                goto done;
        }
    }
    for (const mp_embedded_module *e = mp_embedded_lib; !result && e->name; e++) {
        if (strcmp(e->name, full) != 0)
            continue;
        mp_obj fname = mp_str_from_format(EMBEDDED_PREFIX "%s", e->path);
        mp_obj text = fname ? mp_bytes_new(e->source, (intptr_t)e->length) : NULL;
        if (text) {
            mp_source_register(mp_str_utf8(fname), e->source, e->length);
            result = mp_tuple_pack(3, fname, text, e->is_package ? mp_true : mp_false);
        }
        mp_xdecref(fname);
        mp_xdecref(text);
        if (!result)
            goto done;
    }
    if (!result && !mp_err_occurred())
        not_found(name, NULL);
done:
    mp_decref(dirs);
    return result;
}

static const mp_method_def imp_methods[] = {
    {"find_source", (void (*)(void))imp_find_source, MP_METH_O,
     "find_source(name) -> (filename, source bytes, is_package), without running the module."},
    {NULL},
};

const mp_module_def mp_module_imp = {
    "_imp", "minipy's import system, as far as Python code needs it.", imp_methods, NULL,
};

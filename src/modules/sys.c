/* The sys module. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/frame.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/sys.h"
#include "minipy/traceback.h"
#include "minipy/tuple.h"
#include "minipy/version.h"

#define FN(f) ((void (*)(void))(f))

static mp_obj sys_exit(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("exit", nargs, 0, 1) < 0)
        return NULL;
    return mp_err_set_object(&mp_type_SystemExit, nargs ? args[0] : NULL);
}

static mp_obj sys_getrecursionlimit(mp_obj self)
{
    return mp_small(mp_the_interp.recursion_limit);
}

static mp_obj sys_setrecursionlimit(mp_obj self, mp_obj arg)
{
    if (!mp_int_check(arg))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(arg)->name);
    intptr_t n;
    if (mp_int_as_ssize(arg, &n) < 0)
        return NULL;
    if (n < 1)
        return mp_err_set_str(&mp_type_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX)
        return mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
    mp_tstate *ts = mp_ts();
    if (ts->recursion_depth >= n)
        return mp_err_format(&mp_type_RecursionError,
                             "cannot set the recursion limit to %zd at the recursion depth %d: the limit is too low",
                             (size_t)n, ts->recursion_depth);
    mp_the_interp.recursion_limit = (int)n;
    MP_RETURN_NONE;
}

/* sys.getrefcount(x): the count, plus one for the argument itself, as in
 * CPython (which also holds one for its argument). */
static mp_obj sys_getrefcount(mp_obj self, mp_obj o)
{
    if (mp_is_small(o))
        return mp_int_from_ssize(MP_IMMORTAL_REFCNT >> 40);
    if (o->refcnt >= MP_IMMORTAL_REFCNT / 2)
        return mp_int_from_ssize(4294967295LL);
    return mp_int_from_ssize(o->refcnt + 1);
}

/* sys.getsizeof: the object's __sizeof__ plus the GC header CPython adds
 * for container objects (16 bytes). */
static mp_obj sys_getsizeof(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("getsizeof", nargs, 1, 2) < 0)
        return NULL;
    mp_obj r = mp_call_method(args[0], "__sizeof__", NULL, 0);
    if (!r) {
        if (nargs == 2 && mp_err_matches(&mp_type_TypeError)) {
            mp_err_clear();
            return mp_newref(args[1]);
        }
        return NULL;
    }
    intptr_t n;
    if (!mp_int_check(r) || mp_int_as_ssize(r, &n) < 0) {
        mp_decref(r);
        return mp_err_occurred() ? NULL
                                 : mp_err_set_str(&mp_type_TypeError, "an integer is required");
    }
    mp_decref(r);
    if (n < 0)
        return mp_err_set_str(&mp_type_ValueError, "__sizeof__() should return >= 0");
    mp_type *t = mp_type_of(args[0]);
    if (!mp_is_small(args[0]) && (t->flags & MP_TPFLAGS_GC))
        n += 16;
    return mp_int_from_ssize(n);
}

static mp_obj sys_exc_info(mp_obj self)
{
    mp_obj exc = NULL;
    for (mp_exc_info *ei = mp_ts()->exc_info; ei; ei = ei->previous)
        if (ei->exc && ei->exc != mp_none) {
            exc = ei->exc;
            break;
        }
    if (!exc)
        return mp_tuple_pack(3, mp_none, mp_none, mp_none);
    mp_obj tb = mp_exc_check(exc) ? mp_exc_get_traceback(exc) : NULL;
    return mp_tuple_pack(3, (mp_obj)mp_type_of(exc), exc, tb ? tb : mp_none);
}

static mp_obj sys_exception(mp_obj self)
{
    for (mp_exc_info *ei = mp_ts()->exc_info; ei; ei = ei->previous)
        if (ei->exc && ei->exc != mp_none)
            return mp_newref(ei->exc);
    MP_RETURN_NONE;
}

static mp_obj sys_getframe(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("_getframe", nargs, 0, 1) < 0)
        return NULL;
    intptr_t depth = 0;
    if (nargs && mp_int_as_ssize(args[0], &depth) < 0)
        return NULL;
    mp_frame *f = mp_ts()->frame;
    while (f && depth-- > 0)
        f = f->previous;
    if (!f)
        return mp_err_set_str(&mp_type_ValueError, "call stack is not deep enough");
    mp_frame_object *fo = mp_frame_get_object(f);
    return fo ? mp_newref((mp_obj)fo) : NULL;
}

static mp_obj sys_intern(mp_obj self, mp_obj s)
{
    if (!mp_str_check_exact(s))
        return mp_err_format(&mp_type_TypeError, "intern() argument must be str, not %s",
                             mp_type_of(s)->name);
    return mp_str_intern_obj(mp_newref(s));
}

/* sys.displayhook: the REPL's echo of expression values. */
static mp_obj sys_displayhook(mp_obj self, mp_obj value)
{
    if (value == mp_none)
        MP_RETURN_NONE;
    mp_obj builtins = mp_the_interp.builtins;
    if (mp_dict_setitem(builtins, MP_NAME(_), mp_none) < 0)
        return NULL;
    mp_obj out = mp_dict_getitem_str(mp_the_interp.sysdict, "stdout");
    if (!out || out == mp_none)
        return mp_err_set_str(&mp_type_RuntimeError, "lost sys.stdout");
    mp_obj r = mp_obj_repr(value);
    if (!r)
        return NULL;
    int bad = mp_file_write_str(out, r) < 0 || mp_file_write_cstr(out, "\n", 1) < 0;
    mp_decref(r);
    if (bad || mp_dict_setitem(builtins, MP_NAME(_), value) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj sys_excepthook(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("excepthook", nargs, 3, 3) < 0)
        return NULL;
    mp_traceback_print_exception(args[1], NULL);
    MP_RETURN_NONE;
}

static mp_obj sys_getdefaultencoding(mp_obj self) { return mp_str_from_cstr("utf-8"); }

static const mp_method_def sys_methods[] = {
    {"exit", FN(sys_exit), MP_METH_FASTCALL, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", FN(sys_getrecursionlimit), MP_METH_NOARGS, "Return the current value of the recursion limit."},
    {"setrecursionlimit", FN(sys_setrecursionlimit), MP_METH_O, "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", FN(sys_getrefcount), MP_METH_O, "Return the reference count of object."},
    {"getsizeof", FN(sys_getsizeof), MP_METH_FASTCALL, "getsizeof(object [, default]) -> int"},
    {"exc_info", FN(sys_exc_info), MP_METH_NOARGS, "Return current exception information: (type, value, traceback)."},
    {"exception", FN(sys_exception), MP_METH_NOARGS, "Return the current exception."},
    {"_getframe", FN(sys_getframe), MP_METH_FASTCALL, "Return a frame object from the call stack."},
    {"intern", FN(sys_intern), MP_METH_O, "``Intern'' the given string."},
    {"displayhook", FN(sys_displayhook), MP_METH_O, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", FN(sys_excepthook), MP_METH_FASTCALL, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"getdefaultencoding", FN(sys_getdefaultencoding), MP_METH_NOARGS, "Return the current default encoding used by the Unicode implementation."},
    {NULL},
};

extern const mp_method_def mp_sys_methods_more[];
int mp_sys_more_init(mp_obj m);

static int add(mp_obj m, const char *name, mp_obj v)
{
    if (!v)
        return -1;
    int r = mp_module_add(m, name, v);
    mp_decref(v);
    return r;
}

/* sys.executable: the binary's absolute path, as the kernel knows it. */
static mp_obj executable_path(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0)
        n = 0;
    return mp_str_new(buf, (size_t)n);
}

static int sys_exec(mp_obj m)
{
    mp_obj d = mp_module_get_dict(m);
    int tty = isatty(1);
    mp_obj out = mp_file_from_fd(1, "<stdout>", "w", tty);
    mp_obj err = mp_file_from_fd(2, "<stderr>", "w", 1);
    mp_obj in = mp_file_from_fd(0, "<stdin>", "r", 0);
    if (!out || !err || !in || mp_module_add(m, "stdout", out) < 0 ||
        mp_module_add(m, "stderr", err) < 0 || mp_module_add(m, "stdin", in) < 0 ||
        mp_module_add(m, "__stdout__", out) < 0 || mp_module_add(m, "__stderr__", err) < 0 ||
        mp_module_add(m, "__stdin__", in) < 0) {
        mp_xdecref(out);
        mp_xdecref(err);
        mp_xdecref(in);
        return -1;
    }
    mp_decref(out);
    mp_decref(err);
    mp_decref(in);
    if (mp_module_add(m, "modules", mp_the_interp.modules) < 0 ||
        add(m, "path", mp_list_new(0)) < 0 || add(m, "argv", mp_list_new(0)) < 0 ||
        add(m, "version", mp_str_from_cstr(MP_PYTHON_VERSION ".7 (minipy " MP_VERSION ")")) < 0 ||
        add(m, "hexversion", mp_int_from_ssize(0x030B07F0)) < 0 ||
        add(m, "platform", mp_str_from_cstr("linux")) < 0 ||
        add(m, "byteorder", mp_str_from_cstr("little")) < 0 ||
        add(m, "maxsize", mp_int_from_ssize(INTPTR_MAX)) < 0 ||
        add(m, "maxunicode", mp_int_from_ssize(0x10FFFF)) < 0 ||
        add(m, "executable", executable_path()) < 0 ||
        add(m, "builtin_module_names", mp_builtin_module_names()) < 0 ||
        mp_module_add(m, "__displayhook__", mp_dict_getitem(d, MP_NAME(displayhook))) < 0 ||
        mp_module_add(m, "__excepthook__", mp_dict_getitem(d, MP_NAME(excepthook))) < 0)
        return -1;
    for (const mp_method_def *def = mp_sys_methods_more; def->name; def++) {
        mp_obj f = mp_builtin_func_new(def, m, mp_str_intern("sys"));
        if (add(m, def->name, f) < 0)
            return -1;
    }
    /* flags, float_info, version_info, implementation, ... (sys_more.c) */
    return mp_sys_more_init(m);
}

static const mp_module_def sys_def = {
    "sys",
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.",
    sys_methods,
    sys_exec,
};

const mp_module_def *mp_sys_module_def(void) { return &sys_def; }

int mp_sys_init(void)
{
    mp_obj m = mp_module_from_def(&sys_def);
    if (!m)
        return -1;
    mp_the_interp.sysdict = mp_newref(mp_module_get_dict(m));
    int r = mp_dict_setitem(mp_the_interp.modules, mp_str_intern("sys"), m);
    mp_decref(m);
    return r;
}

/* Sets sys.argv and sys.path[0] for a program. */
int mp_sys_set_argv(int argc, char **argv, const char *path0)
{
    mp_obj list = mp_list_new(0);
    if (!list)
        return -1;
    for (int i = 0; i < argc; i++) {
        mp_obj s = mp_str_decode_utf8(argv[i], strlen(argv[i]), "surrogateescape");
        if (!s || mp_list_append(list, s) < 0) {
            mp_xdecref(s);
            mp_decref(list);
            return -1;
        }
        mp_decref(s);
    }
    if (argc == 0) {
        mp_obj e = mp_str_new("", 0);
        if (!e || mp_list_append(list, e) < 0) {
            mp_xdecref(e);
            mp_decref(list);
            return -1;
        }
        mp_decref(e);
    }
    int r = mp_dict_setitem_str(mp_the_interp.sysdict, "argv", list);
    mp_decref(list);
    if (r < 0)
        return -1;
    /* sys.path: the script's folder, PYTHONPATH, then the embedded library. */
    mp_obj path = mp_dict_getitem_str(mp_the_interp.sysdict, "path");
    mp_obj p0 = mp_str_from_cstr(path0);
    if (!p0 || mp_list_append(path, p0) < 0) {
        mp_xdecref(p0);
        return -1;
    }
    mp_decref(p0);
    const char *env = getenv("PYTHONPATH");
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n) {
            mp_obj e = mp_str_new(env, n);
            if (!e || mp_list_append(path, e) < 0) {
                mp_xdecref(e);
                return -1;
            }
            mp_decref(e);
        }
        env = colon ? colon + 1 : NULL;
    }
    return 0;
}

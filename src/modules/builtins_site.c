/* The builtins CPython's site module adds (Lib/_sitebuiltins.py): exit and
 * quit, help, copyright, credits and license, as objects with CPython's
 * types and reprs, so that typing `exit` shows "Use exit() or Ctrl-D
 * (i.e. EOF) to exit" and exit() raises SystemExit. */
#include <stddef.h>

#include "builtins_more.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/gc.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* Quitter and _Printer instances: a name and a text. */
typedef struct {
    mp_object ob;
    mp_obj name;
    mp_obj text;   /* Quitter: eof (how to type EOF); _Printer: what it prints */
    mp_obj dict;
} site_obj;

#define SITE(o) ((site_obj *)(o))

static void site_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    MP_CLEAR(SITE(self)->name);
    MP_CLEAR(SITE(self)->text);
    MP_CLEAR(SITE(self)->dict);
    mp_obj_free(self);
}

static int site_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    return SITE(self)->dict && visit(SITE(self)->dict, arg);
}

static int site_clear(mp_obj self)
{
    MP_CLEAR(SITE(self)->dict);
    return 0;
}

static mp_obj site_new(mp_type *type, const char *name, const char *text)
{
    site_obj *o = (site_obj *)mp_obj_alloc(type);
    if (!o)
        return NULL;
    o->name = mp_str_from_cstr(name);
    o->text = mp_str_from_cstr(text);
    if (!o->name || !o->text) {
        mp_decref((mp_obj)o);
        return NULL;
    }
    return (mp_obj)o;
}

/* ---- exit and quit ------------------------------------------------------------------------------ */

static mp_obj quitter_repr(mp_obj self)
{
    return mp_str_from_format("Use %U() or %U to exit", SITE(self)->name, SITE(self)->text);
}

/* exit(code=None): closes sys.stdin (as CPython does, ignoring errors)
 * and raises SystemExit(code). */
static mp_obj quitter_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"code", NULL};
    mp_obj code;
    if (nargs > 1)
        return mp_err_format(&mp_type_TypeError,
                             "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                             nargs + 1);
    if (mp_arg_parse(args, nargs, kwnames, "__call__", kwlist, 0, 1, &code) < 0)
        return NULL;
    mp_obj in = mp_the_interp.sysdict ? mp_dict_getitem_str(mp_the_interp.sysdict, "stdin") : NULL;
    if (in && in != mp_none) {
        mp_incref(in);
        mp_obj r = mp_call_method(in, "close", NULL, 0);
        mp_decref(in);
        if (r)
            mp_decref(r);
        else
            mp_err_clear();
    }
    /* SystemExit(None), not SystemExit(): its args are (None,). */
    mp_obj exc = mp_call1((mp_obj)&mp_type_SystemExit, code ? code : mp_none);
    if (exc) {
        mp_err_set_exc(exc);
        mp_decref(exc);
    }
    return NULL;
}

static const mp_member_def quitter_members[] = {
    {"name", MP_MEMBER_OBJ, offsetof(site_obj, name), 0, NULL},
    {"eof", MP_MEMBER_OBJ, offsetof(site_obj, text), 0, NULL},
    {NULL},
};

mp_type mp_type_sitebuiltins_quitter = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(site_obj),
    .flags = MP_TPFLAGS_GC,
    .traverse = site_traverse,
    .clear = site_clear,
    .dealloc = site_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .members = quitter_members,
    .dictoffset = offsetof(site_obj, dict),
};

/* ---- copyright, credits, license ------------------------------------------------------------------- */

/* The text when it is short; license's is not, and says how to see it. */
static mp_obj printer_repr(mp_obj self)
{
    if (mp_str_eq_cstr(SITE(self)->name, "license"))
        return mp_str_from_cstr("Type license() to see the full license text");
    return mp_newref(SITE(self)->text);
}

static mp_obj printer_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames))
        return mp_err_set_str(&mp_type_TypeError,
                              "_Printer.__call__() got an unexpected keyword argument");
    if (nargs)
        return mp_err_format(&mp_type_TypeError,
                             "_Printer.__call__() takes 1 positional argument but %zu were given",
                             nargs + 1);
    mp_obj out = mp_the_interp.sysdict ? mp_dict_getitem_str(mp_the_interp.sysdict, "stdout") : NULL;
    if (!out || out == mp_none)
        return mp_err_set_str(&mp_type_RuntimeError, "lost sys.stdout");
    mp_incref(out);
    int r = mp_file_write_str(out, SITE(self)->text);
    if (r == 0)
        r = mp_file_write_cstr(out, "\n", 1);
    mp_decref(out);
    if (r < 0)
        return NULL;
    MP_RETURN_NONE;
}

mp_type mp_type_sitebuiltins_printer = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(site_obj),
    .flags = MP_TPFLAGS_GC,
    .traverse = site_traverse,
    .clear = site_clear,
    .doc = "interactive prompt objects for printing the license text, a list of\n"
           "    contributors and the copyright notice.",
    .dealloc = site_dealloc,
    .repr = printer_repr,
    .call = printer_call,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .dictoffset = offsetof(site_obj, dict),
};

/* ---- help ---------------------------------------------------------------------------------------- */

static mp_obj helper_repr(mp_obj self)
{
    return mp_str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

static mp_obj helper_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_set_str(&mp_type_NotImplementedError,
                          "help() is not available in minipy (it has no pydoc): "
                          "print(obj.__doc__) shows an object's documentation");
}

mp_type mp_type_sitebuiltins_helper = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(site_obj),
    .flags = MP_TPFLAGS_GC,
    .traverse = site_traverse,
    .clear = site_clear,
    .doc = "Define the builtin 'help'.\n\n"
           "    This is a wrapper around pydoc.help that provides a helpful message\n"
           "    when 'help' is typed at the Python interactive prompt.\n\n"
           "    Calling help() at the Python prompt starts an interactive help session.\n"
           "    Calling help(thing) prints help for the python object 'thing'.\n    ",
    .dealloc = site_dealloc,
    .repr = helper_repr,
    .call = helper_call,
    .getattro = mp_obj_generic_getattr,
    .setattro = mp_obj_generic_setattr,
    .dictoffset = offsetof(site_obj, dict),
};

static mp_type *const site_types[] = {&mp_type_sitebuiltins_quitter, &mp_type_sitebuiltins_printer,
                                      &mp_type_sitebuiltins_helper, NULL};

/* ---- the texts ----------------------------------------------------------------------------------- */

const char mp_copyright_text[] =
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

static const char credits_text[] =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
    "    for supporting Python development.  See www.python.org for more information.";

/* What CPython's license() prints when it cannot find its LICENSE file. */
static const char license_text[] = "See https://www.python.org/psf/license/";

static int add_obj(mp_obj m, const char *name, mp_obj o)
{
    int r = o ? mp_module_add(m, name, o) : -1;
    mp_xdecref(o);
    return r;
}

int mp_builtins_more_init(mp_obj m)
{
    for (mp_type *const *t = site_types; *t; t++)
        if (mp_type_ready(*t) < 0)
            return -1;
    const char *eof = "Ctrl-D (i.e. EOF)";
    if (add_obj(m, "exit", site_new(&mp_type_sitebuiltins_quitter, "exit", eof)) < 0 ||
        add_obj(m, "quit", site_new(&mp_type_sitebuiltins_quitter, "quit", eof)) < 0 ||
        add_obj(m, "copyright", site_new(&mp_type_sitebuiltins_printer, "copyright", mp_copyright_text)) < 0 ||
        add_obj(m, "credits", site_new(&mp_type_sitebuiltins_printer, "credits", credits_text)) < 0 ||
        add_obj(m, "license", site_new(&mp_type_sitebuiltins_printer, "license", license_text)) < 0 ||
        add_obj(m, "help", site_new(&mp_type_sitebuiltins_helper, "help", "")) < 0)
        return -1;
    return 0;
}

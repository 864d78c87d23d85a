/* The built-in functions beyond builtins.c, the sys attributes, and the
 * math, time, gc and _weakref modules, property and memoryview: each case
 * is an expression compiled and evaluated by minipy and compared with what
 * CPython 3.11 answered (builtins_cases.inc, written by
 * gen_builtins_cases.py): its repr, or "ExceptionType: message". */
#include <criterion/criterion.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/compile.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/lifecycle.h"
#include "minipy/names.h"
#include "minipy/state.h"
#include "minipy/str.h"

#include "builtins_cases.inc"

static void setup(void) { cr_assert_eq(mp_runtime_init(), 0); }
static void teardown(void) { mp_runtime_fini(); }

TestSuite(builtins, .init = setup, .fini = teardown);

/* Runs src in globals (mode: MP_PARSE_FILE or _EVAL): a new reference, or
 * NULL with the exception set. */
static mp_obj run(const char *src, mp_parse_mode mode, mp_obj globals)
{
    mp_code *co = mp_compile_source(src, strlen(src), "<case>", mode, 0);
    if (!co)
        return NULL;
    mp_obj r = mp_eval_code(co, globals, NULL);
    mp_decref((mp_obj)co);
    return r;
}

/* The result as the cases write it: repr(value) or "Type: message".
 * Steals value. */
static char *describe(mp_obj value)
{
    mp_obj s;
    if (value) {
        s = mp_obj_repr(value);
        mp_decref(value);
    } else {
        mp_obj e = mp_err_fetch();
        cr_assert(e, "failed without an exception");
        mp_obj msg = mp_obj_str(e);
        s = msg ? mp_str_from_format("%s: %U", mp_type_of(e)->name, msg) : NULL;
        mp_xdecref(msg);
        mp_decref(e);
    }
    cr_assert(s, "repr failed");
    char *text = strdup(mp_str_utf8(s));
    mp_decref(s);
    return text;
}

Test(builtins, against_cpython)
{
    mp_obj globals = mp_dict_new();
    cr_assert(globals);
    cr_assert_eq(mp_dict_setitem(globals, MP_NAME(__builtins__), mp_the_interp.builtins_module), 0);
    cr_assert_eq(mp_dict_setitem(globals, MP_NAME(__name__), MP_NAME(__main__)), 0);
    mp_obj r = run(builtins_setup, MP_PARSE_FILE, globals);
    if (!r) {
        char *why = describe(NULL);
        cr_assert_fail("setup failed: %s", why);
    }
    mp_decref(r);
    size_t n = sizeof builtins_cases / sizeof builtins_cases[0];
    for (size_t i = 0; i < n; i++) {
        char *got = describe(run(builtins_cases[i].expr, MP_PARSE_EVAL, globals));
        cr_expect_str_eq(got, builtins_cases[i].want, "%s", builtins_cases[i].expr);
        free(got);
    }
    mp_dict_clear(globals);
    mp_decref(globals);
}

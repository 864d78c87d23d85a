/* The compiler (src/compile/) against CPython 3.11's: every code object of
 * each program of compile_cases.inc (recorded by gen_compile_cases.py) must
 * have CPython's names, counts, flags, stack size, constants, co_lines(),
 * co_positions() and exception table; rejected programs must raise
 * CPython's exception with its message and position.  (tests/dis checks
 * the instructions themselves.) */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/code.h"
#include "minipy/compile.h"
#include "minipy/exc.h"
#include "minipy/lifecycle.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

typedef struct compile_case {
    const char *mode; /* "exec", "eval" or "single" */
    const char *src;
    const char *expected;
} compile_case;

static const compile_case cases[] = {
#include "compile_cases.inc"
};

static void setup(void)
{
    cr_assert_eq(mp_runtime_init(), 0);
}

static void teardown(void)
{
    mp_runtime_fini();
}

static void put_str(mp_buf *b, mp_obj s)
{
    mp_buf_append(b, mp_str_utf8(s), mp_str_nbytes(s));
}

static void put_obj(mp_buf *b, mp_obj o)
{
    if (o == NULL) {
        mp_buf_puts(b, "-");
    } else if (mp_type_of(o) == &mp_type_code) {
        mp_buf_puts(b, "<code ");
        put_str(b, ((mp_code *)o)->qualname);
        mp_buf_puts(b, ">");
    } else {
        mp_obj r = mp_obj_repr(o);
        if (r) {
            put_str(b, r);
            mp_decref(r);
        } else {
            mp_err_clear();
            mp_buf_puts(b, "<repr failed>");
        }
    }
}

static void put_kind(mp_buf *b, const mp_code *co, int kind)
{
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (co->localspluskinds[i] & kind) {
            mp_buf_putc(b, ' ');
            put_str(b, MP_TUPLE_GET(co->localsplusnames, i));
        }
    }
}

static void put_int(mp_buf *b, int v)
{
    if (v < 0)
        mp_buf_putc(b, '-');
    else
        mp_buf_printf(b, "%d", v);
}

static void dump(mp_buf *b, mp_code *co)
{
    mp_buf_puts(b, "code ");
    put_str(b, co->qualname);
    mp_buf_puts(b, " name=");
    put_str(b, co->name);
    mp_buf_printf(b, " first=%d argc=%d posonly=%d kwonly=%d nlocals=%d stack=%d flags=%d\n",
                  co->firstlineno, co->argcount, co->posonlyargcount, co->kwonlyargcount,
                  co->nlocals, co->stacksize, co->flags);
    mp_buf_puts(b, " varnames:");
    put_kind(b, co, MP_CO_FAST_LOCAL);
    mp_buf_puts(b, "\n cellvars:");
    put_kind(b, co, MP_CO_FAST_CELL);
    mp_buf_puts(b, "\n freevars:");
    put_kind(b, co, MP_CO_FAST_FREE);
    mp_buf_puts(b, "\n names:");
    for (intptr_t i = 0; i < MP_TUPLE_LEN(co->names); i++) {
        mp_buf_putc(b, ' ');
        put_str(b, MP_TUPLE_GET(co->names, i));
    }
    mp_buf_puts(b, "\n consts: ");
    for (intptr_t i = 0; i < MP_TUPLE_LEN(co->consts); i++) {
        if (i)
            mp_buf_puts(b, " | ");
        put_obj(b, MP_TUPLE_GET(co->consts, i));
    }
    mp_buf_puts(b, "\n lines:");
    intptr_t ins_end = 0;
    for (intptr_t i = 0; i < co->ncode;) {
        intptr_t j = mp_code_entry_end(co, i, &ins_end);
        mp_buf_printf(b, " %ld-%ld:", (long)(2 * i), (long)(2 * j));
        put_int(b, co->locations[i].lineno);
        i = j;
    }
    mp_buf_puts(b, "\n positions:");
    for (intptr_t i = 0; i < co->ncode;) {
        intptr_t j = i + 1;
        const mp_location *l = &co->locations[i];
        while (j < co->ncode && memcmp(&co->locations[j], l, sizeof *l) == 0)
            j++;
        mp_buf_putc(b, ' ');
        put_int(b, l->lineno);
        mp_buf_putc(b, ',');
        put_int(b, l->end_lineno);
        mp_buf_putc(b, ',');
        put_int(b, l->col);
        mp_buf_putc(b, ',');
        put_int(b, l->end_col);
        mp_buf_printf(b, "*%ld", (long)(j - i));
        i = j;
    }
    mp_buf_puts(b, "\n exceptions:");
    for (int i = 0; i < co->nexc; i++) {
        const mp_exc_entry *e = &co->exctable[i];
        mp_buf_printf(b, " %d-%d>%d/%d%s", 2 * e->start, 2 * e->end, 2 * e->target, e->depth,
                      e->lasti ? "L" : "");
    }
    mp_buf_putc(b, '\n');
    for (intptr_t i = 0; i < MP_TUPLE_LEN(co->consts); i++) {
        mp_obj c = MP_TUPLE_GET(co->consts, i);
        if (mp_type_of(c) == &mp_type_code)
            dump(b, (mp_code *)c);
    }
}

static void dump_error(mp_buf *b)
{
    mp_obj exc = mp_err_fetch();
    mp_buf_printf(b, "ERROR %s: ", mp_type_of(exc)->name);
    if (mp_obj_type_check(exc, &mp_type_SyntaxError)) {
        mp_exc_syntax *e = (mp_exc_syntax *)exc;
        put_str(b, e->msg);
        mp_buf_puts(b, " | ");
        mp_obj f[] = {e->lineno, e->offset, e->end_lineno, e->end_offset};
        for (int i = 0; i < 4; i++) {
            if (i)
                mp_buf_putc(b, ' ');
            put_obj(b, f[i] == mp_none ? NULL : f[i]);
        }
        mp_buf_printf(b, " | %ld\n", (long)MP_TUPLE_LEN(e->base.args));
    } else {
        put_obj(b, exc);
        mp_buf_putc(b, '\n');
    }
    mp_decref(exc);
}

static char *compile_dump(const char *mode, const char *src)
{
    mp_buf b = MP_BUF_INIT;
    mp_parse_mode m = strcmp(mode, "eval") == 0     ? MP_PARSE_EVAL
                      : strcmp(mode, "single") == 0 ? MP_PARSE_SINGLE
                                                    : MP_PARSE_FILE;
    mp_code *co = mp_compile_source(src, strlen(src), "case.py", m, 0);
    if (co) {
        dump(&b, co);
        mp_decref((mp_obj)co);
    } else {
        dump_error(&b);
    }
    return b.data ? b.data : strdup("");
}

Test(compile, matches_cpython, .init = setup, .fini = teardown)
{
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = compile_dump(cases[i].mode, cases[i].src);
        if (strcmp(got, cases[i].expected) != 0) {
            failures++;
            /* Show the first line that differs. */
            const char *w = cases[i].expected, *g = got;
            while (*w && *w == *g) {
                w++;
                g++;
            }
            while (w > cases[i].expected && w[-1] != '\n') {
                w--;
                g--;
            }
            cr_log_error("case %zu (%s):\n%s--- want: %.*s\n--- got:  %.*s", i, cases[i].mode,
                         cases[i].src,
                         (int)strcspn(w, "\n"), w, (int)strcspn(g, "\n"), g);
        }
        free(got);
    }
    cr_expect_eq(failures, 0, "%d of %zu programs differ", failures,
                 sizeof cases / sizeof cases[0]);
}

Test(compile, deep_nesting_is_a_recursion_error, .init = setup, .fini = teardown)
{
    /* 100,000 nested additions: an exception, not a crash. */
    size_t n = 100000;
    char *src = malloc(2 * n + 8);
    char *p = src;
    for (size_t i = 0; i < n; i++) {
        *p++ = '1';
        *p++ = '+';
    }
    strcpy(p, "1\n");
    mp_code *co = mp_compile_source(src, strlen(src), "deep.py", MP_PARSE_FILE, 0);
    cr_expect_null(co);
    cr_expect(mp_err_occurred());
    if (mp_err_occurred()) {
        cr_expect(mp_err_matches(&mp_type_RecursionError) || mp_err_matches(&mp_type_MemoryError));
        mp_err_clear();
    }
    free(src);
}

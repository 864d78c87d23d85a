/* The symbol table (src/compile/symtable*.c) against CPython 3.11's: for
 * each program of symtable_cases.inc (recorded by gen_symtable_cases.py
 * with Python's symtable module), every scope's name, type, line, nested
 * flag, parameters, and each symbol's flags and scope must be CPython's,
 * and a rejected program must give CPython's SyntaxError at CPython's
 * position.  The table needs no runtime objects, so neither does this
 * test. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/arena.h"
#include "minipy/buf.h"
#include "minipy/mem.h"
#include "minipy/parser.h"
#include "minipy/symtable.h"

typedef struct symtable_case {
    const char *src;
    const char *expected;
} symtable_case;

static const symtable_case cases[] = {
#include "symtable_cases.inc"
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void dump(mp_buf *out, const mp_ste *ste, int depth)
{
    char pad[64];
    memset(pad, ' ', (size_t)depth * 2);
    pad[depth * 2] = '\0';
    mp_buf_printf(out, "%s%s type=%d line=%d nested=%d\n", pad, ste->name, (int)ste->type,
                  ste->pos.lineno, ste->nested);
    mp_buf_printf(out, "%s  varnames:", pad);
    for (int i = 0; i < ste->nvarnames; i++)
        mp_buf_printf(out, " %s", ste->varnames[i]);
    if (!ste->nvarnames)
        mp_buf_putc(out, ' ');
    mp_buf_putc(out, '\n');
    const char **names = malloc(sizeof(char *) * (size_t)(ste->symbols.count + 1));
    int n = 0;
    for (int i = 0; i < ste->symbols.nentries; i++)
        if (ste->symbols.entries[i].key)
            names[n++] = ste->symbols.entries[i].key;
    qsort(names, (size_t)n, sizeof(char *), cmp_str);
    for (int i = 0; i < n; i++)
        mp_buf_printf(out, "%s  %s %d\n", pad, names[i], mp_ste_flags(ste, names[i]));
    free(names);
    for (int i = 0; i < ste->nchildren; i++)
        dump(out, ste->children[i], depth + 1);
}

/* The table of src as the generator prints it; the caller frees it. */
static char *table_of(const char *src)
{
    mp_arena *arena = mp_arena_new();
    mp_syntax_error err = {0};
    mp_buf out = MP_BUF_INIT;
    mp_mod *mod = mp_parse(arena, src, strlen(src), "case.py", MP_PARSE_FILE, &err);
    if (!mod) {
        mp_buf_printf(&out, "PARSE ERROR %s\n", err.msg);
    } else {
        mp_st_status status;
        mp_symtable *st = mp_symtable_build(mod, "case.py", 3000, 0, &err, &status);
        if (st) {
            dump(&out, st->top, 0);
        } else if (status == MP_ST_SYNTAX) {
            mp_buf_printf(&out, "ERROR %s | %d %d %d %d\n", err.msg, err.lineno,
                          err.col_offset + 1, err.end_lineno, err.end_col_offset + 1);
        } else {
            mp_buf_printf(&out, "FAILED status %d\n", (int)status);
        }
        mp_symtable_free(st);
    }
    mp_syntax_error_clear(&err);
    mp_arena_free(arena);
    return out.data ? out.data : strdup("");
}

Test(symtable, matches_cpython)
{
    int failures = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = table_of(cases[i].src);
        /* CPython prints an empty parameter list as "varnames: " */
        if (strcmp(got, cases[i].expected) != 0) {
            failures++;
            cr_log_error("case %zu:\n%s\n--- want:\n%s--- got:\n%s", i, cases[i].src,
                         cases[i].expected, got);
        }
        free(got);
    }
    cr_expect_eq(failures, 0, "%d of %zu programs differ", failures,
                 sizeof cases / sizeof cases[0]);
}

Test(symtable, deep_nesting_is_a_recursion_error)
{
    /* 5000 nested parentheses exceed the budget of 3000. */
    size_t n = 5000;
    char *src = malloc(2 * n + 8);
    char *p = src;
    memcpy(p, "x = ", 4);
    p += 4;
    for (size_t i = 0; i < n; i++)
        *p++ = '-';
    *p++ = '1';
    *p++ = '\n';
    *p = '\0';
    mp_arena *arena = mp_arena_new();
    mp_syntax_error err = {0};
    mp_mod *mod = mp_parse(arena, src, strlen(src), "deep.py", MP_PARSE_FILE, &err);
    cr_assert_not_null(mod, "the parser rejected it: %s", err.msg);
    mp_st_status status;
    mp_symtable *st = mp_symtable_build(mod, "deep.py", 3000, 0, &err, &status);
    cr_expect_null(st);
    cr_expect_eq(status, MP_ST_RECURSION);
    mp_symtable_free(st);
    mp_syntax_error_clear(&err);
    mp_arena_free(arena);
    free(src);
}

Test(symtable, mangle)
{
    mp_arena *a = mp_arena_new();
    cr_expect_str_eq(mp_mangle(a, "Foo", "__x"), "_Foo__x");
    cr_expect_str_eq(mp_mangle(a, "_Foo", "__x"), "_Foo__x");
    cr_expect_str_eq(mp_mangle(a, "__Foo", "__x"), "_Foo__x");
    cr_expect_str_eq(mp_mangle(a, "Foo", "__x__"), "__x__");
    cr_expect_str_eq(mp_mangle(a, "Foo", "_x"), "_x");
    cr_expect_str_eq(mp_mangle(a, "Foo", "__a.b"), "__a.b");
    cr_expect_str_eq(mp_mangle(a, "___", "__x"), "__x");
    cr_expect_str_eq(mp_mangle(a, NULL, "__x"), "__x");
    mp_arena_free(a);
}

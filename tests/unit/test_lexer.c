/* The lexer (grammar/lexer.re).  lexer_cases.inc holds sources with the
 * tokens or the error CPython 3.11 gives for them, recorded by
 * gen_lexer_cases.py; the tests after it check the interface: f-string
 * expressions, repeated calls after the end or an error, the queries for
 * the parser, source lines, absurd inputs and allocation failure. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/lexer.h"
#include "minipy/mem.h"

typedef struct lex_case {
    const char *label;
    const char *src;
    size_t len;
    const char *expected;
} lex_case;

static lex_case cases[] = {
#include "lexer_cases.inc"
};

/* The characters in the first n bytes of UTF-8 text s. */
static long chars_in(const char *s, long n)
{
    long count = 0;
    for (long i = 0; i < n && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

static const char *kind_name(mp_syntax_error_kind k)
{
    switch (k) {
    case MP_ERR_INDENTATION: return "IndentationError";
    case MP_ERR_TAB: return "TabError";
    case MP_ERR_MEMORY: return "MemoryError";
    default: return "SyntaxError";
    }
}

/* The error as gen_lexer_cases.py writes CPython's: type, message, line,
 * 1-based character offset (0: none), text. */
static void render_error(mp_buf *b, const mp_syntax_error *e)
{
    const char *text = e->text ? e->text : "";
    long offset = e->lineno == 0 || e->col_offset < 0 ? 0
                  : e->byte_columns                  ? e->col_offset + 1
                                                     : chars_in(text, e->col_offset) + 1;
    /* gen_lexer_cases.py keeps the offset at most just after the text */
    long after = chars_in(text, (long)strlen(text)) + 1;
    if (offset > after)
        offset = after;
    mp_buf_printf(b, "!%s|%s|%d|%ld|%s", kind_name(e->kind), e->msg, e->lineno, offset, text);
}

/* Every token of src, one a line, or the error; malloc'd. */
static char *render(const char *src, size_t len, const mp_lexer_options *opt)
{
    mp_buf b = MP_BUF_INIT;
    char *copy = malloc(len + 1);
    memcpy(copy, src, len);
    copy[len] = '\0';
    mp_lexer *lx = mp_lexer_new(copy, len, opt);
    cr_assert_not_null(lx);
    mp_syntax_error err = {0};
    mp_buf tokens = MP_BUF_INIT;
    mp_token t;
    for (;;) {
        if (mp_lexer_next(lx, &t, &err) < 0) {
            render_error(&b, &err);
            break;
        }
        mp_buf_printf(&tokens, "%s%s %d,%d-%d,%d %.*s", tokens.len ? "\n" : "",
                      mp_token_names[t.kind], t.lineno, t.col_offset, t.end_lineno,
                      t.end_col_offset, (int)t.len, t.start);
        if (t.kind == MP_TOK_ENDMARKER) {
            mp_buf_append(&b, tokens.data, tokens.len);
            break;
        }
    }
    mp_buf_putc(&b, '\0');
    mp_buf_free(&tokens);
    mp_syntax_error_clear(&err);
    mp_lexer_free(lx);
    free(copy);
    return b.data;
}

#define NCASES ((int)(sizeof cases / sizeof cases[0]))

/* Criterion runs each test in a new process, where pointers into this one
 * mean nothing: the parameters are indices. */
static int case_index[NCASES];

ParameterizedTestParameters(lexer, cpython)
{
    for (int i = 0; i < NCASES; i++)
        case_index[i] = i;
    return cr_make_param_array(int, case_index, NCASES);
}

ParameterizedTest(int *i, lexer, cpython)
{
    const lex_case *c = &cases[*i];
    mp_lexer_options opt = {"case.py", 1, 0, 0, 0};
    char *got = render(c->src, c->len, &opt);
    cr_expect_str_eq(got, c->expected, "%s:\n--- got:\n%s\n--- CPython:\n%s", c->label, got,
                     c->expected);
    free(got);
}

/* ---- the interface ----------------------------------------------------- */

static char *lex_str(const char *src, const mp_lexer_options *opt)
{
    return render(src, strlen(src), opt);
}

Test(lexer, expression_only)
{
    /* an f-string's expression starting at line 3, column 7: newlines are
     * blanks, no NEWLINE/INDENT/DEDENT, positions shifted on its first line */
    mp_lexer_options opt = {"f.py", 3, 7, 1, 0};
    char *got = lex_str("a +\n    b", &opt);
    cr_expect_str_eq(got, "NAME 3,7-3,8 a\nPLUS 3,9-3,10 +\nNAME 4,4-4,5 b\nENDMARKER 4,5-4,5 ");
    free(got);
    /* an error's position too (its text is the expression's line) */
    mp_lexer *lx = mp_lexer_new("(a", 2, &opt);
    mp_syntax_error err = {0};
    mp_token t;
    while (mp_lexer_next(lx, &t, &err) == 0)
        ;
    cr_expect_str_eq(err.msg, "'(' was never closed");
    cr_expect_eq(err.lineno, 3);
    cr_expect_eq(err.col_offset, 7);
    int line, col;
    cr_expect_eq(mp_lexer_open_bracket(lx, &line, &col), '(');
    cr_expect_eq(line, 3);
    cr_expect_eq(col, 7);
    mp_syntax_error_clear(&err);
    mp_lexer_free(lx);
}

Test(lexer, endmarker_repeats)
{
    const char *src = "x\n";
    mp_lexer_options opt = {"f.py", 1, 0, 0, 0};
    mp_lexer *lx = mp_lexer_new(src, 2, &opt);
    mp_syntax_error err = {0};
    mp_token t;
    int kinds[6];
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(mp_lexer_next(lx, &t, &err), 0);
        kinds[i] = t.kind;
    }
    cr_expect_eq(kinds[0], MP_TOK_NAME);
    cr_expect_eq(kinds[1], MP_TOK_NEWLINE);
    for (int i = 2; i < 6; i++)
        cr_expect_eq(kinds[i], MP_TOK_ENDMARKER);
    mp_lexer_free(lx);
}

Test(lexer, error_repeats)
{
    const char *src = "x = 1_\ny\n";
    mp_lexer *lx = mp_lexer_new(src, strlen(src), NULL);
    mp_syntax_error err = {0};
    mp_token t;
    while (mp_lexer_next(lx, &t, &err) == 0)
        ;
    cr_expect_str_eq(err.msg, "invalid decimal literal");
    cr_expect_not(mp_lexer_error_in_parser(lx));
    mp_syntax_error_clear(&err);
    cr_expect_eq(mp_lexer_next(lx, &t, &err), -1);
    cr_expect_str_eq(err.msg, "invalid decimal literal");
    cr_expect_str_eq(err.text, "x = 1_");
    cr_expect_eq(err.lineno, 1);
    mp_syntax_error_clear(&err);
    mp_lexer_free(lx);
}

Test(lexer, open_bracket_and_error_kind)
{
    /* the parser's check after its own error needs the open bracket when
     * the lexer stops at an error CPython's parser raises */
    const char *src = "x = [1,\n  (2 \\ y\n";
    mp_lexer *lx = mp_lexer_new(src, strlen(src), NULL);
    mp_syntax_error err = {0};
    mp_token t;
    int line = 0, col = 0;
    while (mp_lexer_next(lx, &t, &err) == 0) {
        if (t.kind == MP_TOK_LSQB)
            cr_expect_eq(mp_lexer_open_bracket(lx, &line, &col), '[');
    }
    cr_expect_str_eq(err.msg, "unexpected character after line continuation character");
    cr_expect(mp_lexer_error_in_parser(lx));
    cr_expect_eq(mp_lexer_open_bracket(lx, &line, &col), '(');
    cr_expect_eq(line, 2);
    cr_expect_eq(col, 2);
    mp_syntax_error_clear(&err);
    mp_lexer_free(lx);

    lx = mp_lexer_new("x", 1, NULL);
    cr_expect_eq(mp_lexer_open_bracket(lx, &line, &col), 0);
    mp_lexer_free(lx);
}

Test(lexer, lines)
{
    const char *src = "a = 1\r\nb = 2\rc\n\nd";
    mp_lexer *lx = mp_lexer_new(src, strlen(src), NULL);
    const char *want[] = {"a = 1", "b = 2", "c", "", "d"};
    for (int i = 0; i < 5; i++) {
        size_t n = 99;
        const char *p = mp_lexer_line(lx, i + 1, &n);
        cr_assert_not_null(p, "line %d", i + 1);
        cr_expect_eq(n, strlen(want[i]), "line %d", i + 1);
        cr_expect_eq(memcmp(p, want[i], n), 0, "line %d", i + 1);
    }
    cr_expect_null(mp_lexer_line(lx, 6, NULL));
    cr_expect_null(mp_lexer_line(lx, 0, NULL));
    mp_lexer_free(lx);

    lx = mp_lexer_new("x\n", 2, NULL);
    cr_expect_not_null(mp_lexer_line(lx, 1, NULL));
    cr_expect_null(mp_lexer_line(lx, 2, NULL)); /* no line after the last newline */
    mp_lexer_free(lx);
}

Test(lexer, tokens_point_into_source)
{
    const char *src = "\xEF\xBB\xBFname = 'v'\r\n";
    mp_lexer *lx = mp_lexer_new(src, strlen(src), NULL);
    mp_syntax_error err = {0};
    mp_token t;
    cr_assert_eq(mp_lexer_next(lx, &t, &err), 0);
    cr_expect_eq(t.start, src + 3);
    cr_expect_eq(t.col_offset, 0);
    cr_assert_eq(mp_lexer_next(lx, &t, &err), 0);
    cr_assert_eq(mp_lexer_next(lx, &t, &err), 0);
    cr_expect_eq(t.kind, MP_TOK_STRING);
    cr_expect_eq(t.start, src + 10);
    mp_lexer_free(lx);
}

/* ---- absurd inputs ----------------------------------------------------- */

static char *repeat(const char *unit, int n, const char *tail)
{
    size_t u = strlen(unit), tl = strlen(tail);
    char *s = malloc(u * (size_t)n + tl + 1);
    for (int i = 0; i < n; i++)
        memcpy(s + u * (size_t)i, unit, u);
    memcpy(s + u * (size_t)n, tail, tl + 1);
    return s;
}

Test(lexer, deep_brackets)
{
    char *src = repeat("(", 100000, "\n");
    mp_lexer_options opt = {"f.py", 1, 0, 0, 0};
    char *got = lex_str(src, &opt);
    cr_expect(strncmp(got, "!SyntaxError|too many nested parentheses|1|201|", 47) == 0, "%.80s", got);
    free(got);
    free(src);
}

Test(lexer, deep_indentation)
{
    mp_buf b = MP_BUF_INIT;
    for (int i = 0; i < 1000; i++)
        mp_buf_printf(&b, "%*sif x:\n", i, "");
    mp_buf_printf(&b, "%*spass\n", 1000, "");
    mp_lexer_options opt = {"f.py", 1, 0, 0, 0};
    char *got = render(b.data, b.len, &opt);
    cr_expect(strncmp(got, "!IndentationError|too many levels of indentation|101|1|", 55) == 0,
              "%.80s", got);
    free(got);
    mp_buf_free(&b);
}

Test(lexer, long_string_and_many_lines)
{
    mp_buf b = MP_BUF_INIT;
    mp_buf_puts(&b, "s = '''");
    for (int i = 0; i < 200000; i++)
        mp_buf_puts(&b, "text\n");
    mp_buf_puts(&b, "'''\nt = 1\n");
    mp_lexer *lx = mp_lexer_new(b.data, b.len, NULL);
    mp_syntax_error err = {0};
    mp_token t;
    int n = 0;
    do {
        cr_assert_eq(mp_lexer_next(lx, &t, &err), 0);
        n++;
        if (t.kind == MP_TOK_STRING) {
            cr_expect_eq(t.lineno, 1);
            cr_expect_eq(t.end_lineno, 200001);
            cr_expect_eq(t.end_col_offset, 3);
        }
    } while (t.kind != MP_TOK_ENDMARKER);
    cr_expect_eq(n, 9);
    cr_expect_eq(t.lineno, 200002);
    mp_lexer_free(lx);
    mp_buf_free(&b);
}

Test(lexer, random_bytes_do_not_crash)
{
    srand(12345);
    for (int round = 0; round < 2000; round++) {
        char src[65];
        size_t len = (size_t)(rand() % 64);
        for (size_t i = 0; i < len; i++) {
            /* mostly the characters that matter to the lexer */
            static const char alphabet[] = " \t\f\n\r\\#'\"()[]{}0123456789xobjeE_.+-=<>!$`rbfu\xc3\xa9\x80\xff";
            src[i] = rand() % 8 ? alphabet[rand() % (sizeof alphabet - 1)] : (char)(rand() % 256);
        }
        src[len] = '\0';
        mp_lexer *lx = mp_lexer_new(src, len, NULL);
        mp_syntax_error err = {0};
        mp_token t;
        for (int i = 0; i < 1000; i++) {
            if (mp_lexer_next(lx, &t, &err) < 0 || t.kind == MP_TOK_ENDMARKER)
                break;
            cr_assert(t.start >= src && t.start + t.len <= src + len, "token outside the source");
        }
        mp_syntax_error_clear(&err);
        mp_lexer_free(lx);
    }
}

Test(lexer, allocation_failure)
{
    /* mp_lexer_new fails cleanly; so does the conversion of a latin-1 file */
    setenv("MINIPY_FAIL_ALLOC", "0", 1);
    mp_mem_init();
    cr_expect_null(mp_lexer_new("x\n", 2, NULL));
    setenv("MINIPY_FAIL_ALLOC", "1", 1);
    mp_mem_init();
    const char *src = "# coding: latin-1\nx = '\xe9'\n";
    cr_expect_null(mp_lexer_new(src, strlen(src), NULL));
    unsetenv("MINIPY_FAIL_ALLOC");
}

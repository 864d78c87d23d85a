/* The string literal decoder (src/parse/strings.c): STRING tokens built by
 * hand, decoded by mp_parse_strings.  Expected values were checked against
 * CPython 3.11 (ast.parse, and the messages of `python3 file.py`).
 *
 * strings.c and the dumper are tested alone: what they use from the
 * parser (node constructors, the expression entry point, the error
 * recorder) and the lexer is replaced below by weak stand-ins, so that
 * this test links whatever state the rest of the front end is in (a
 * replacement field's expression becomes a Name of its text; with no
 * lexer, an error after the literals points just past the last one, where
 * the NEWLINE of these one-line sources is).  The programs under
 * tests/ast and tests/syntax check the whole front end together. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/arena.h"
#include "minipy/ast.h"
#include "minipy/lexer.h"
#include "minipy/parser.h"
#include "../../src/parse/parse_internal.h"

typedef struct fixture {
    mp_arena *arena;
    mp_syntax_error err;
    mp_parser p;
    mp_token toks[16];
    int n;
    char src[512];
} fixture;

static fixture fx;

/* The text, line and column of the last replacement field parsed. */
static char field_text[128];
static int field_line, field_col;

#define NAME_ITEM(name) #name,
__attribute__((weak)) const char *const mp_expr_context_names[] = {MP_EXPR_CONTEXTS(NAME_ITEM)};
__attribute__((weak)) const char *const mp_boolop_names[] = {MP_BOOLOPS(NAME_ITEM)};
__attribute__((weak)) const char *const mp_operator_names[] = {MP_OPERATORS(NAME_ITEM)};
__attribute__((weak)) const char *const mp_unaryop_names[] = {MP_UNARYOPS(NAME_ITEM)};
__attribute__((weak)) const char *const mp_cmpop_names[] = {MP_CMPOPS(NAME_ITEM)};
#undef NAME_ITEM

__attribute__((weak)) mp_expr *mp_ast_expr_new(mp_arena *a, mp_expr_kind kind, mp_pos pos)
{
    mp_expr *e = mp_arena_alloc(a, sizeof *e);
    if (e) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

__attribute__((weak)) mp_seq *mp_seq_append(mp_arena *a, mp_seq *seq, void *item)
{
    if (!seq && !(seq = mp_arena_alloc(a, sizeof *seq)))
        return NULL;
    if (seq->len == seq->cap) {
        int cap = seq->cap ? seq->cap * 2 : 4;
        void **items = mp_arena_alloc(a, (size_t)cap * sizeof *items);
        if (!items)
            return NULL;
        if (seq->len)
            memcpy(items, seq->items, (size_t)seq->len * sizeof *items);
        seq->items = items;
        seq->cap = cap;
    }
    seq->items[seq->len++] = item;
    return seq;
}

__attribute__((weak)) mp_expr *mp_parse_fstring_expr(mp_parser *p, const char *text,
                                                     size_t len, int lineno, int col)
{
    snprintf(field_text, sizeof field_text, "%.*s", (int)len, text);
    field_line = lineno;
    field_col = col;
    while (len > 0 && (*text == ' ' || *text == '\n')) {
        col = *text == '\n' ? 0 : col + 1;
        lineno += *text == '\n';
        text++;
        len--;
    }
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
        len--;
    mp_pos pos = {lineno, col, lineno, col + (int)len};
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Name, pos);
    if (e)
        e->v.Name.id = mp_arena_strndup(p->arena, text, len);
    return e;
}

__attribute__((weak)) void mp_parser_error(mp_parser *p, mp_syntax_error_kind kind,
                                           int lineno, int col, int end_lineno,
                                           int end_col, const char *fmt, ...)
{
    if (p->error)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mp_syntax_error_set(p->err, kind, p->filename, p->src, p->len, lineno, col, end_lineno,
                        end_col, "%s", msg);
    p->error = 1;
}

__attribute__((weak)) mp_lexer *mp_lexer_new(const char *src, size_t len,
                                             const mp_lexer_options *opt)
{
    return NULL;
}

__attribute__((weak)) void mp_lexer_free(mp_lexer *lx)
{
}

__attribute__((weak)) int mp_lexer_next(mp_lexer *lx, mp_token *tok, mp_syntax_error *err)
{
    return -1;
}

static void setup(void)
{
    memset(&fx, 0, sizeof fx);
    fx.arena = mp_arena_new();
}

static void teardown(void)
{
    mp_syntax_error_clear(&fx.err);
    mp_arena_free(fx.arena);
}

TestSuite(strings, .init = setup, .fini = teardown);

/* Splits src, string literals separated by blanks, into STRING tokens
 * with their positions, as the lexer would make them. */
static void tokenize(const char *src)
{
    snprintf(fx.src, sizeof fx.src, "%s\n", src);
    const char *s = fx.src;
    int line = 1;
    const char *line_start = s;
    fx.n = 0;
    while (*s && *s != '\n') {
        if (*s == ' ') {
            s++;
            continue;
        }
        mp_token *t = &fx.toks[fx.n++];
        t->kind = MP_TOK_STRING;
        t->start = s;
        t->lineno = line;
        t->col_offset = (int)(s - line_start);
        while (*s != '\'' && *s != '"')
            s++;
        char q = *s;
        int triple = s[1] == q && s[2] == q;
        s += triple ? 3 : 1;
        for (;;) {
            if (*s == '\\') {
                s++;
            } else if (*s == q && (!triple || (s[1] == q && s[2] == q))) {
                s += triple ? 3 : 1;
                break;
            }
            if (*s == '\n') {
                line++;
                line_start = s + 1;
            }
            s++;
        }
        t->len = (uint32_t)(s - t->start);
        t->end_lineno = line;
        t->end_col_offset = (int)(s - line_start);
    }
    fx.p = (mp_parser){.arena = fx.arena, .src = fx.src, .len = strlen(fx.src),
                       .filename = "t.py", .err = &fx.err};
}

static mp_expr *decode(const char *src)
{
    tokenize(src);
    return mp_parse_strings(&fx.p, fx.toks, fx.n);
}

/* Decodes src, which must give a str or bytes Constant. */
static const mp_const *constant(const char *src, mp_const_kind kind)
{
    mp_expr *e = decode(src);
    cr_assert(e, "%s: %s", src, fx.err.msg);
    cr_assert_eq(e->kind, MP_EXPR_Constant, "%s", src);
    cr_assert_eq(e->v.Constant.value.kind, kind, "%s", src);
    return &e->v.Constant.value;
}

static void expect_str(const char *src, const char *want, size_t want_len)
{
    const mp_const *c = constant(src, MP_CONST_STR);
    cr_expect_eq(c->len, want_len, "%s: length %zu", src, c->len);
    cr_expect(memcmp(c->text, want, want_len) == 0, "%s: got '%s'", src, c->text);
}

#define EXPECT_STR(src, want) expect_str(src, want, sizeof(want) - 1)

static void expect_bytes(const char *src, const char *want, size_t want_len)
{
    const mp_const *c = constant(src, MP_CONST_BYTES);
    cr_expect_eq(c->len, want_len, "%s: length %zu", src, c->len);
    cr_expect(memcmp(c->text, want, want_len) == 0, "%s", src);
}

#define EXPECT_BYTES(src, want) expect_bytes(src, want, sizeof(want) - 1)

/* Decoding src fails with msg at line 1, columns col..end_col. */
static void expect_error(const char *src, const char *msg, int col, int end_col)
{
    mp_expr *e = decode(src);
    cr_assert_null(e, "%s decoded", src);
    cr_assert(fx.p.error, "%s: no error recorded", src);
    cr_expect_str_eq(fx.err.msg, msg, "%s", src);
    cr_expect_eq(fx.err.lineno, 1, "%s", src);
    cr_expect_eq(fx.err.col_offset, col, "%s: col %d", src, fx.err.col_offset);
    cr_expect_eq(fx.err.end_col_offset, end_col, "%s: end col %d", src, fx.err.end_col_offset);
}

/* ---- plain literals ---------------------------------------------------------- */

Test(strings, plain_and_prefixes)
{
    EXPECT_STR("'abc'", "abc");
    EXPECT_STR("\"abc\"", "abc");
    EXPECT_STR("'''a'b\"c'''", "a'b\"c");
    EXPECT_STR("\"\"\"x\"\"\"", "x");
    EXPECT_STR("''", "");
    EXPECT_STR("''''''", "");
    EXPECT_STR("U'x'", "x");
    EXPECT_STR("R'\\n'", "\\n");
}

Test(strings, simple_escapes)
{
    EXPECT_STR("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'", "\\ ' \" \a \b \f \n \r \t \v");
    EXPECT_STR("'one\\\ntwo'", "onetwo");
}

Test(strings, octal_and_hex_escapes)
{
    EXPECT_STR("'\\0\\7\\12\\123\\1234'", "\0\a\nS" "S4");
    EXPECT_STR("'\\08'", "\0" "8");
    EXPECT_STR("'\\400\\777'", "\xc4\x80\xc7\xbf"); /* chr(256), chr(511) */
    EXPECT_STR("'\\x41\\x7e\\xff'", "A~\xc3\xbf");
    EXPECT_STR("'\\u00e9\\u20AC'", "\xc3\xa9\xe2\x82\xac");
    EXPECT_STR("'\\U0001F600\\U00000041'", "\xf0\x9f\x98\x80" "A");
}

Test(strings, surrogates_are_wtf8)
{
    EXPECT_STR("'\\ud800'", "\xed\xa0\x80");
    EXPECT_STR("'\\udfff\\U0000dc80'", "\xed\xbf\xbf\xed\xb2\x80");
}

Test(strings, named_escapes)
{
    EXPECT_STR("'\\N{BULLET}'", "\xe2\x80\xa2");
    EXPECT_STR("'\\N{latin small letter e with acute}'", "\xc3\xa9");
    EXPECT_STR("'\\N{NBSP}\\N{nbsp}'", "\xc2\xa0\xc2\xa0");
    EXPECT_STR("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "\xe4\xb8\x80");
    EXPECT_STR("'\\N{HANGUL SYLLABLE GAG}'", "\xea\xb0\x81");
    EXPECT_STR("'\\N{NULL}'", "\0");
}

Test(strings, unknown_escapes_are_kept)
{
    EXPECT_STR("'\\d\\w\\8'", "\\d\\w\\8");
    EXPECT_STR("'\\\xc3\xa9'", "\\\xc3\xa9");
}

Test(strings, raw)
{
    EXPECT_STR("r'\\x41\\N{BULLET}\\''", "\\x41\\N{BULLET}\\'");
    EXPECT_STR("r'\\\\'", "\\\\");
}

Test(strings, non_ascii_text)
{
    EXPECT_STR("'caf\xc3\xa9 \xf0\x9f\x98\x80'", "caf\xc3\xa9 \xf0\x9f\x98\x80");
}

Test(strings, line_endings_are_newlines)
{
    EXPECT_STR("'''a\r\nb\rc'''", "a\nb\nc");
    EXPECT_STR("r'''a\r\nb'''", "a\nb");
    EXPECT_STR("'a\\\r\nb'", "ab");
    EXPECT_BYTES("b'''a\r\nb'''", "a\nb");
}

Test(strings, bytes)
{
    EXPECT_BYTES("b'abc'", "abc");
    EXPECT_BYTES("B'\\x00\\xff\\t\\n'", "\0\xff\t\n");
    EXPECT_BYTES("b'\\0\\7\\123\\777'", "\0\aS\xff");
    EXPECT_BYTES("b'\\d\\u0041\\N{BULLET}'", "\\d\\u0041\\N{BULLET}");
    EXPECT_BYTES("rb'\\x41' Br'\\n'", "\\x41\\n");
    EXPECT_BYTES("b'a' b'' B\"c\"", "ac");
}

/* ---- concatenation ----------------------------------------------------------- */

Test(strings, concatenation_and_position)
{
    mp_expr *e = decode("'a' \"b\" '''c'''");
    cr_assert(e);
    cr_expect_str_eq(e->v.Constant.value.text, "abc");
    cr_expect_eq(e->pos.lineno, 1);
    cr_expect_eq(e->pos.col_offset, 0);
    cr_expect_eq(e->pos.end_lineno, 1);
    cr_expect_eq(e->pos.end_col_offset, 15);
}

Test(strings, kind_u_comes_from_the_first_literal)
{
    mp_expr *e = decode("u'a' 'b'");
    cr_assert(e);
    cr_expect_str_eq(e->v.Constant.kind, "u");
    e = decode("'a' u'b'");
    cr_expect_null(e->v.Constant.kind);
    e = decode("U'a'");
    cr_expect_null(e->v.Constant.kind);
}

/* ---- f-strings ------------------------------------------------------------------- */

static mp_expr *value_at(mp_expr *joined, int i)
{
    cr_assert_eq(joined->kind, MP_EXPR_JoinedStr);
    cr_assert_gt(MP_SEQ_LEN(joined->v.JoinedStr.values), i);
    return MP_SEQ_GET(joined->v.JoinedStr.values, i);
}

static void expect_const_value(mp_expr *e, const char *text)
{
    cr_assert_eq(e->kind, MP_EXPR_Constant);
    cr_expect_str_eq(e->v.Constant.value.text, text);
}

Test(strings, fstring_fields)
{
    mp_expr *e = decode("f'a{x}b{y!r:>10}'");
    cr_assert(e, "%s", fx.err.msg);
    cr_assert_eq(MP_SEQ_LEN(e->v.JoinedStr.values), 4);
    expect_const_value(value_at(e, 0), "a");
    mp_expr *fv = value_at(e, 1);
    cr_assert_eq(fv->kind, MP_EXPR_FormattedValue);
    cr_expect_eq(fv->v.FormattedValue.conversion, -1);
    cr_expect_null(fv->v.FormattedValue.format_spec);
    mp_expr *x = fv->v.FormattedValue.value;
    cr_assert_eq(x->kind, MP_EXPR_Name);
    cr_expect_str_eq(x->v.Name.id, "x");
    /* the expression sits where it is in the file */
    cr_expect_eq(x->pos.lineno, 1);
    cr_expect_eq(x->pos.col_offset, 4);
    cr_expect_eq(x->pos.end_col_offset, 5);
    expect_const_value(value_at(e, 2), "b");
    fv = value_at(e, 3);
    cr_expect_eq(fv->v.FormattedValue.conversion, 'r');
    mp_expr *spec = fv->v.FormattedValue.format_spec;
    cr_assert(spec);
    expect_const_value(value_at(spec, 0), ">10");
}

Test(strings, fstring_nested_spec_is_placed_at_its_token)
{
    mp_expr *e = decode("'a' f'{x:{w}}'");
    cr_assert(e, "%s", fx.err.msg);
    mp_expr *fv = value_at(e, 1);
    mp_expr *spec = fv->v.FormattedValue.format_spec;
    cr_assert(spec);
    cr_expect_eq(spec->pos.col_offset, 4);
    cr_expect_eq(spec->pos.end_col_offset, 14);
    cr_expect_eq(fv->pos.col_offset, 0);
    mp_expr *w = value_at(spec, 0)->v.FormattedValue.value;
    cr_expect_str_eq(w->v.Name.id, "w");
    cr_expect_eq(w->pos.col_offset, 10);
}

Test(strings, fstring_debug_form)
{
    mp_expr *e = decode("f'{x = }{y=:>3}{z=!s}'");
    cr_assert(e, "%s", fx.err.msg);
    cr_assert_eq(MP_SEQ_LEN(e->v.JoinedStr.values), 6);
    expect_const_value(value_at(e, 0), "x = ");
    cr_expect_eq(value_at(e, 1)->v.FormattedValue.conversion, 'r');
    expect_const_value(value_at(e, 2), "y=");
    cr_expect_eq(value_at(e, 3)->v.FormattedValue.conversion, -1);
    expect_const_value(value_at(e, 4), "z=");
    cr_expect_eq(value_at(e, 5)->v.FormattedValue.conversion, 's');
}

Test(strings, fstring_merging)
{
    mp_expr *e = decode("'a' f'b{x}c' '' f'd' 'e'");
    cr_assert(e, "%s", fx.err.msg);
    cr_assert_eq(MP_SEQ_LEN(e->v.JoinedStr.values), 3);
    expect_const_value(value_at(e, 0), "ab");
    expect_const_value(value_at(e, 2), "cde");
    e = decode("f'' ''");
    cr_assert(e);
    cr_expect_eq(e->kind, MP_EXPR_JoinedStr);
    cr_expect_eq(MP_SEQ_LEN(e->v.JoinedStr.values), 0);
    e = decode("u'a' f'{x}b'");
    cr_expect_str_eq(value_at(e, 2)->v.Constant.kind, "u");
}

Test(strings, fstring_braces_and_escapes)
{
    mp_expr *e = decode("f'{{a}}\\N{BULLET}\\t'");
    cr_assert(e, "%s", fx.err.msg);
    cr_assert_eq(MP_SEQ_LEN(e->v.JoinedStr.values), 1);
    expect_const_value(value_at(e, 0), "{a}\xe2\x80\xa2\t");
    e = decode("rf'\\d{x}'");
    cr_assert(e);
    expect_const_value(value_at(e, 0), "\\d");
}

Test(strings, fstring_expression_with_strings_inside)
{
    mp_expr *e = decode("f\"{d['}:!'] != '{'!r}\"");
    cr_assert(e, "%s", fx.err.msg);
    cr_expect_str_eq(field_text, "d['}:!'] != '{'");
    cr_expect_eq(value_at(e, 0)->v.FormattedValue.conversion, 'r');
    e = decode("f'''{\"\"\"}\"\"\"}'''");
    cr_assert(e, "%s", fx.err.msg);
    cr_expect_str_eq(field_text, "\"\"\"}\"\"\"");
}

Test(strings, fstring_multiline_position)
{
    mp_expr *e = decode("f'''a\n  {x}'''");
    cr_assert(e, "%s", fx.err.msg);
    mp_expr *x = value_at(e, 1)->v.FormattedValue.value;
    cr_expect_eq(x->pos.lineno, 2);
    cr_expect_eq(x->pos.col_offset, 3);
    /* the parser is given where the text starts: just after the '{' */
    e = decode("f'''{\n  y}'''");
    cr_assert(e, "%s", fx.err.msg);
    cr_expect_str_eq(field_text, "\n  y");
    cr_expect_eq(field_line, 1);
    cr_expect_eq(field_col, 5);
}

/* ---- errors: at the token after the literals (here the NEWLINE) ------------- */

Test(strings, errors_of_escapes)
{
    expect_error("'ab\\x4g'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 2-4: truncated \\xXX escape", 8, 9);
    expect_error("'\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 0-3: truncated \\uXXXX escape", 6, 7);
    expect_error("'\\U1234567'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 0-8: truncated \\UXXXXXXXX escape", 11, 12);
    expect_error("'\\U00110000'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 0-9: illegal Unicode character", 12, 13);
    expect_error("'\\N{NOPE}'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 0-7: unknown Unicode character name", 10, 11);
    expect_error("'\\N'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 0-1: malformed \\N character escape", 4, 5);
    expect_error("'\\N{}'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 0-2: malformed \\N character escape", 6, 7);
    /* a non-ASCII character counts ten, as in CPython's rewritten buffer */
    expect_error("'\xc3\xa9\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes "
                 "in position 10-12: truncated \\xXX escape", 7, 8);
    expect_error("b'\\xg0'", "(value error) invalid \\x escape at position 0", 7, 8);
}

Test(strings, errors_of_concatenation)
{
    expect_error("b'a' 'b'", "cannot mix bytes and nonbytes literals", 8, 9);
    expect_error("'a' f'{x}' b'c'", "cannot mix bytes and nonbytes literals", 15, 16);
    /* this one points at the literal itself */
    expect_error("'a' b'caf\xc3\xa9'", "bytes can only contain ASCII literal characters", 4, 12);
}

Test(strings, errors_of_fstrings)
{
    expect_error("f'{x'", "f-string: expecting '}'", 5, 6);
    expect_error("f'a}b'", "f-string: single '}' is not allowed", 6, 7);
    expect_error("f'{}'", "f-string: empty expression not allowed", 5, 6);
    expect_error("f'{!r}'", "f-string: expression required before '!'", 7, 8);
    expect_error("f'{\"\\n\"}'", "f-string expression part cannot include a backslash", 9, 10);
    expect_error("f'{x#}'", "f-string expression part cannot include '#'", 7, 8);
    expect_error("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                 8, 9);
    expect_error("f'{x)}'", "f-string: unmatched ')'", 7, 8);
    expect_error("f'{x('", "f-string: unmatched '('", 6, 7);
    expect_error("f'{x[}'", "f-string: closing parenthesis '}' does not match opening "
                 "parenthesis '['", 7, 8);
    expect_error("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply", 14, 15);
    expect_error("f'{\"a}'", "f-string: unterminated string", 7, 8);
    expect_error("f'{x!r '", "f-string: expecting '}'", 8, 9);
}

/* ---- the tree as ast.dump prints it ------------------------------------------- */

/* ast.dump(ast.parse(src, mode='eval')), by mp_ast_dump. */
static char *dump(const char *src)
{
    mp_expr *e = decode(src);
    cr_assert(e, "%s: %s", src, fx.err.msg);
    mp_mod mod = {MP_MOD_Expression, NULL, e};
    char *out = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&out, &size);
    cr_assert_eq(mp_ast_dump(f, &mod), 0);
    fclose(f);
    return out;
}

static void expect_dump(const char *src, const char *want)
{
    char *got = dump(src);
    cr_expect_str_eq(got, want, "%s", src);
    free(got);
}

Test(strings, dumped_as_cpython_dumps)
{
    expect_dump("u'a' f'{x!r:>{w}}b' 'c'",
                "Expression(body=JoinedStr(values=[Constant(value='a', kind='u'), "
                "FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
                "format_spec=JoinedStr(values=[Constant(value='>', kind='u'), "
                "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), "
                "Constant(value='bc', kind='u')]))");
    expect_dump("'\\ud800\\t\\'\\\"'",
                "Expression(body=Constant(value='\\ud800\\t\\'\"'))");
    expect_dump("f'{x:{y}}' f''",
                "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', "
                "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=["
                "FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))");
    expect_dump("b'\\x00\\xff' rb\"'\"", "Expression(body=Constant(value=b\"\\x00\\xff'\"))");
}

/* String literals: decoding STRING tokens and concatenating adjacent ones
 * into a Constant or a JoinedStr, as CPython 3.11 does (Parser/
 * string_parser.c and _PyPegen_concatenate_strings in Parser/
 * action_helpers.c).
 *
 * An f-string is one token in 3.11; its body is scanned here: literal
 * parts are decoded like other literals, and the text of each replacement
 * field's expression is handed to the parser (mp_parse_fstring_expr) with
 * its position in the file.
 *
 * Where CPython reports an error with RAISE_SYNTAX_ERROR, the position is
 * that of the last token the parser has read: the token after the string
 * literals, which the parser needed to see that the literals had ended.
 * That token is found again here by lexing (error paths only).
 *
 * Not done: CPython 3.11 emits "DeprecationWarning: invalid escape
 * sequence '\d'" for unknown escapes (shown only with warnings enabled);
 * minipy keeps the backslash as CPython does but warns nothing yet.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/lexer.h"
#include "minipy/mem.h"
#include "minipy/unicode.h"
#include "parse_internal.h"

/* CPython's MAXLEVEL: brackets open at once in an f-string expression. */
#define MAX_BRACKETS 200

/* One STRING token, split into prefix and body. */
typedef struct lit {
    const mp_token *tok;
    const char *body; /* between the quotes */
    size_t len;
    int is_bytes, is_raw, is_f;
} lit;

/* The state of one concatenation (CPython's FstringParser): the literal
 * text not yet turned into a Constant, and the values of the JoinedStr. */
typedef struct fstate {
    mp_buf last;
    mp_seq *values;
    int fmode; /* an f-string has been seen: the result is a JoinedStr */
} fstate;

/* What the f-string scanner needs to know about where it is. */
typedef struct fctx {
    mp_parser *p;
    const mp_token *first, *last; /* the whole concatenation */
    const mp_token *tok;          /* the token being scanned */
    int raw;
    const char *seen;             /* where locate() got to in tok, */
    int seen_line, seen_col;      /* and the line and column there */
} fctx;

/* ---- errors -------------------------------------------------------------- */

static void nomem(mp_parser *p)
{
    p->arena->failed = 1;
    mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "out of memory");
}

/* The first token of text[0..len) (NUL-terminated) whose start is at or
 * past from, lexed as the parser lexed it; 0 when there is none. */
static int token_at(const char *text, size_t len, const mp_lexer_options *opt,
                    const char *from, mp_token *out)
{
    mp_lexer *lx = mp_lexer_new(text, len, opt);
    if (!lx)
        return 0;
    mp_syntax_error err = {0};
    int found = 0;
    for (int guard = 0; guard < 1 << 24; guard++) {
        if (mp_lexer_next(lx, out, &err) < 0)
            break;
        if (out->start >= from || out->kind == MP_TOK_ENDMARKER) {
            found = 1;
            break;
        }
    }
    mp_syntax_error_clear(&err);
    mp_lexer_free(lx);
    return found;
}

/* Where CPython's RAISE_SYNTAX_ERROR points while the string literals
 * ending with last are being decoded: at the token after them. */
static mp_pos next_token_pos(mp_parser *p, const mp_token *last)
{
    mp_pos pos = {last->end_lineno, last->end_col_offset, last->end_lineno,
                  last->end_col_offset + 1};
    const char *after = last->start + last->len;
    mp_token t;
    if (!p->in_fstring && p->src && last->start >= p->src &&
        after <= p->src + p->len) {
        /* the file itself: lex it from the start, since the token after
         * may be a NEWLINE that only a lexer that knows the brackets
         * open gives */
        char *copy = mp_malloc(p->len + 1);
        if (!copy)
            return pos;
        memcpy(copy, p->src, p->len);
        copy[p->len] = '\0';
        mp_lexer_options opt = {p->filename, 1, 0, 0, p->str_source};
        if (token_at(copy, p->len, &opt, copy + (after - p->src), &t))
            pos = (mp_pos){t.lineno, t.col_offset, t.end_lineno, t.end_col_offset};
        mp_free(copy);
    } else {
        /* an expression inside an f-string: its text is NUL-terminated
         * (see mp_parse_fstring_expr) and newlines there are not tokens */
        mp_lexer_options opt = {p->filename, last->end_lineno, last->end_col_offset, 1, 0};
        if (token_at(after, strlen(after), &opt, after, &t))
            pos = (mp_pos){t.lineno, t.col_offset, t.end_lineno, t.end_col_offset};
    }
    return pos;
}

static void error_after(mp_parser *p, const mp_token *last, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records a SyntaxError at the token after the literals (see above). */
static void error_after(mp_parser *p, const mp_token *last, const char *fmt, ...)
{
    if (p->error)
        return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mp_pos at = next_token_pos(p, last);
    mp_parser_error(p, MP_ERR_SYNTAX, at.lineno, at.col_offset, at.end_lineno,
                    at.end_col_offset, "%s", msg);
}

/* ---- decoding -------------------------------------------------------------- */

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The length of the UTF-8 sequence starting with byte c (the lexer has
 * checked the source, so the sequence is whole). */
static size_t utf8_len(unsigned char c)
{
    return c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Appends body[0..len) with its line endings made '\n', as CPython's
 * tokenizer makes them before anything is decoded. */
static void put_text(mp_buf *out, const char *body, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *cr = memchr(body + i, '\r', len - i);
        size_t n = cr ? (size_t)(cr - body) - i : len - i;
        mp_buf_append(out, body + i, n);
        i += n;
        if (cr) {
            mp_buf_putc(out, '\n');
            i += (i + 1 < len && body[i + 1] == '\n') ? 2 : 1;
        }
    }
}

/* The unicode-escape decoder's error.  Positions count as CPython counts
 * them in the buffer it decodes: each non-ASCII character there has been
 * rewritten as a ten-byte \UXXXXXXXX escape (see decode_str). */
static void escape_error(mp_parser *p, const mp_token *last, size_t start, size_t end,
                         const char *why)
{
    if (end == start + 1)
        error_after(p, last,
                    "(unicode error) 'unicodeescape' codec can't decode byte 0x5c "
                    "in position %zu: %s", start, why);
    else
        error_after(p, last,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    "position %zu-%zu: %s", start, end - 1, why);
}

/* The scanner over a str literal's body: i indexes the body, pos is the
 * offset CPython's decoder would report for the same place. */
typedef struct scan {
    const unsigned char *s;
    size_t len, i, pos;
} scan;

/* Decodes \x, \u and \U: count hex digits.  Returns 0, or -1 after
 * recording the error. */
static int decode_hex(mp_parser *p, const mp_token *last, scan *sc, size_t start,
                      char kind, mp_buf *out)
{
    int count = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    const char *why = kind == 'x' ? "truncated \\xXX escape"
                      : kind == 'u' ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape";
    uint32_t ch = 0;
    for (; count > 0; count--) {
        int v = sc->i < sc->len ? hex_value(sc->s[sc->i]) : -1;
        if (v < 0) {
            escape_error(p, last, start, sc->pos, why);
            return -1;
        }
        ch = ch * 16 + (uint32_t)v;
        sc->i++;
        sc->pos++;
    }
    if (ch > 0x10FFFF) {
        escape_error(p, last, start, sc->pos, "illegal Unicode character");
        return -1;
    }
    mp_buf_put_utf8(out, ch);
    return 0;
}

/* Decodes \N{NAME}, the scanner being just past the N. */
static int decode_named(mp_parser *p, const mp_token *last, scan *sc, size_t start,
                        mp_buf *out)
{
    const char *malformed = "malformed \\N character escape";
    if (sc->i >= sc->len || sc->s[sc->i] != '{') {
        escape_error(p, last, start, sc->pos, malformed);
        return -1;
    }
    sc->i++;
    sc->pos++;
    size_t name = sc->i;
    while (sc->i < sc->len && sc->s[sc->i] != '}') {
        unsigned char c = sc->s[sc->i];
        size_t n = c < 0x80 ? 1 : utf8_len(c);
        sc->i += n;
        sc->pos += c < 0x80 ? 1 : 10;
    }
    if (sc->i >= sc->len || sc->i == name) {
        escape_error(p, last, start, sc->pos, malformed);
        return -1;
    }
    size_t name_len = sc->i - name;
    sc->i++;
    sc->pos++;
    uint32_t cp;
    if (!mp_unicode_lookup_name((const char *)sc->s + name, name_len, &cp)) {
        escape_error(p, last, start, sc->pos, "unknown Unicode character name");
        return -1;
    }
    mp_buf_put_utf8(out, cp);
    return 0;
}

/* Decodes one escape of a str literal, the scanner being on the backslash. */
static int decode_escape(mp_parser *p, const mp_token *last, scan *sc, mp_buf *out)
{
    size_t start = sc->pos;
    sc->i++;
    if (sc->i >= sc->len || sc->s[sc->i] >= 0x80) {
        /* a backslash at the end of an f-string's literal part, or before
         * a non-ASCII character: CPython rewrites it as \u005c */
        mp_buf_putc(out, '\\');
        sc->pos += 6;
        return 0;
    }
    unsigned char c = sc->s[sc->i++];
    sc->pos += 2;
    switch (c) {
    case '\r':
        if (sc->i < sc->len && sc->s[sc->i] == '\n')
            sc->i++;
        return 0;
    case '\n': return 0;
    case '\\': case '\'': case '"': mp_buf_putc(out, (char)c); return 0;
    case 'a': mp_buf_putc(out, '\a'); return 0;
    case 'b': mp_buf_putc(out, '\b'); return 0;
    case 'f': mp_buf_putc(out, '\f'); return 0;
    case 'n': mp_buf_putc(out, '\n'); return 0;
    case 'r': mp_buf_putc(out, '\r'); return 0;
    case 't': mp_buf_putc(out, '\t'); return 0;
    case 'v': mp_buf_putc(out, '\v'); return 0;
    case 'x': case 'u': case 'U': return decode_hex(p, last, sc, start, (char)c, out);
    case 'N': return decode_named(p, last, sc, start, out);
    }
    if (c >= '0' && c <= '7') {
        /* up to three octal digits; past \377 CPython 3.11 takes the value
         * as it is (3.12 warns) */
        unsigned v = c - '0';
        for (int k = 0; k < 2 && sc->i < sc->len && sc->s[sc->i] >= '0' &&
                        sc->s[sc->i] <= '7'; k++) {
            v = v * 8 + (sc->s[sc->i++] - '0');
            sc->pos++;
        }
        mp_buf_put_utf8(out, v);
        return 0;
    }
    /* an unknown escape is kept as written (CPython warns) */
    mp_buf_putc(out, '\\');
    mp_buf_putc(out, (char)c);
    return 0;
}

/* Decodes the body of a str literal (or of an f-string's literal part)
 * into out.  Returns 0, or -1 with the error recorded. */
static int decode_str(mp_parser *p, const mp_token *last, const char *body, size_t len,
                      int raw, mp_buf *out)
{
    if (raw) {
        put_text(out, body, len);
        return 0;
    }
    scan sc = {(const unsigned char *)body, len, 0, 0};
    while (sc.i < sc.len) {
        unsigned char c = sc.s[sc.i];
        if (c == '\\') {
            if (decode_escape(p, last, &sc, out) < 0)
                return -1;
        } else if (c == '\r') {
            mp_buf_putc(out, '\n');
            sc.i += (sc.i + 1 < sc.len && sc.s[sc.i + 1] == '\n') ? 2 : 1;
            sc.pos++;
        } else if (c < 0x80) {
            mp_buf_putc(out, (char)c);
            sc.i++;
            sc.pos++;
        } else {
            size_t n = utf8_len(c);
            if (n > sc.len - sc.i)
                n = sc.len - sc.i;
            mp_buf_append(out, body + sc.i, n);
            sc.i += n;
            sc.pos += 10;
        }
    }
    return 0;
}

/* Decodes the body of a bytes literal (ASCII, checked by the caller). */
static int decode_bytes(mp_parser *p, const mp_token *last, const char *body, size_t len,
                        int raw, mp_buf *out)
{
    if (raw) {
        put_text(out, body, len);
        return 0;
    }
    const unsigned char *s = (const unsigned char *)body;
    size_t i = 0, pos = 0; /* pos: the offset with line endings made '\n' */
    while (i < len) {
        unsigned char c = s[i];
        if (c == '\r') {
            mp_buf_putc(out, '\n');
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            pos++;
            continue;
        }
        if (c != '\\' || i + 1 >= len) {
            mp_buf_putc(out, (char)c);
            i++;
            pos++;
            continue;
        }
        size_t start = pos;
        c = s[i + 1];
        i += 2;
        pos += 2;
        switch (c) {
        case '\r':
            if (i < len && s[i] == '\n')
                i++;
            continue;
        case '\n': continue;
        case '\\': case '\'': case '"': mp_buf_putc(out, (char)c); continue;
        case 'a': mp_buf_putc(out, '\a'); continue;
        case 'b': mp_buf_putc(out, '\b'); continue;
        case 'f': mp_buf_putc(out, '\f'); continue;
        case 'n': mp_buf_putc(out, '\n'); continue;
        case 'r': mp_buf_putc(out, '\r'); continue;
        case 't': mp_buf_putc(out, '\t'); continue;
        case 'v': mp_buf_putc(out, '\v'); continue;
        case 'x':
            if (i + 1 < len && hex_value(s[i]) >= 0 && hex_value(s[i + 1]) >= 0) {
                mp_buf_putc(out, (char)(hex_value(s[i]) * 16 + hex_value(s[i + 1])));
                i += 2;
                pos += 2;
                continue;
            }
            error_after(p, last, "(value error) invalid \\x escape at position %zu", start);
            return -1;
        }
        if (c >= '0' && c <= '7') {
            unsigned v = c - '0';
            for (int k = 0; k < 2 && i < len && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (s[i++] - '0');
                pos++;
            }
            mp_buf_putc(out, (char)(v & 0xFF)); /* CPython keeps the low byte */
            continue;
        }
        mp_buf_putc(out, '\\');
        mp_buf_putc(out, (char)c);
    }
    return 0;
}

/* ---- tokens ---------------------------------------------------------------- */

/* Splits a STRING token into prefix flags and body.  Returns -1 for a
 * token that is not a whole string literal (the lexer never makes one). */
static int split_literal(const mp_token *t, lit *l)
{
    const char *s = t->start, *end = t->start + t->len;
    memset(l, 0, sizeof *l);
    l->tok = t;
    for (; s < end; s++) {
        char c = *s;
        if (c == 'b' || c == 'B')
            l->is_bytes = 1;
        else if (c == 'r' || c == 'R')
            l->is_raw = 1;
        else if (c == 'f' || c == 'F')
            l->is_f = 1;
        else if (c != 'u' && c != 'U')
            break;
    }
    if (end - s < 2 || (*s != '\'' && *s != '"') || end[-1] != *s)
        return -1;
    size_t q = (end - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    l->body = s + q;
    l->len = (size_t)(end - s) - 2 * q;
    return 0;
}

static mp_pos span(const mp_token *first, const mp_token *last)
{
    return (mp_pos){first->lineno, first->col_offset, last->end_lineno, last->end_col_offset};
}

/* A Constant holding a str or bytes value copied from buf. */
static mp_expr *make_const(mp_parser *p, mp_const_kind kind, const mp_buf *buf,
                           const mp_token *first, const mp_token *last)
{
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_Constant, span(first, last));
    char *text = mp_arena_strndup(p->arena, buf->data ? buf->data : "", buf->len);
    if (!e || !text)
        return NULL;
    e->v.Constant.value.kind = kind;
    e->v.Constant.value.text = text;
    e->v.Constant.value.len = buf->len;
    /* CPython looks at the first character of the first token only: u''
     * gets kind 'u', U'' does not */
    if (kind == MP_CONST_STR && first->start[0] == 'u')
        e->v.Constant.kind = "u";
    return e;
}

/* ---- f-strings --------------------------------------------------------------- */

static int add_value(mp_parser *p, fstate *st, mp_expr *e)
{
    mp_seq *s = e ? mp_seq_append(p->arena, st->values, e) : NULL;
    if (!s) {
        nomem(p);
        return -1;
    }
    st->values = s;
    return 0;
}

/* Turns the pending literal text, if any, into a Constant of the values. */
static int flush_literal(mp_parser *p, fstate *st, const mp_token *first,
                         const mp_token *last)
{
    if (st->last.len == 0)
        return 0;
    if (st->last.failed) {
        nomem(p);
        return -1;
    }
    int rc = add_value(p, st, make_const(p, MP_CONST_STR, &st->last, first, last));
    st->last.len = 0;
    return rc;
}

/* The line and column in the file of the byte at `at` in the token being
 * scanned.  Fields are located in order, so the walk resumes from the
 * place found last: a long f-string is not walked again for each field. */
static void locate(fctx *cx, const char *at, int *lineno, int *col)
{
    if (!cx->seen || at < cx->seen) {
        cx->seen = cx->tok->start;
        cx->seen_line = cx->tok->lineno;
        cx->seen_col = cx->tok->col_offset;
    }
    for (const char *s = cx->seen; s < at; s++) {
        if (*s == '\r' && s + 1 < at && s[1] == '\n')
            continue; /* counted at its '\n' */
        if (*s == '\n' || *s == '\r') {
            cx->seen_line++;
            cx->seen_col = 0;
        } else {
            cx->seen_col++;
        }
    }
    cx->seen = at;
    *lineno = cx->seen_line;
    *col = cx->seen_col;
}

/* Parses the expression text [start, end) of a replacement field. */
static mp_expr *compile_expr(fctx *cx, const char *start, const char *end)
{
    mp_parser *p = cx->p;
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            error_after(p, cx->last, "f-string: expression required before '%c'", *end);
        else
            error_after(p, cx->last, "f-string: empty expression not allowed");
        return NULL;
    }
    size_t len = (size_t)(end - start);
    char *text = mp_arena_strndup(p->arena, start, len);
    if (!text) {
        nomem(p);
        return NULL;
    }
    int lineno, col;
    locate(cx, start, &lineno, &col);
    int saved = p->in_fstring;
    p->in_fstring = 1;
    mp_expr *e = mp_parse_fstring_expr(p, text, len, lineno, col);
    p->in_fstring = saved;
    if (!e && !p->error)
        error_after(p, cx->last, "f-string: invalid syntax");
    return e;
}

/* Scans an expression up to the '!', ':', '=' or '}' that ends it (CPython's
 * fstring_find_expr, first half).  Returns the end, or NULL after
 * recording an error. */
static const char *find_expr_end(fctx *cx, const char *s, const char *end)
{
    char quote = 0;
    int triple = 0, depth = 0;
    char stack[MAX_BRACKETS];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            error_after(cx->p, cx->last, "f-string expression part cannot include a backslash");
            return NULL;
        }
        if (quote) {
            if (ch != quote)
                continue;
            if (!triple) {
                quote = 0;
            } else if (s + 2 < end && s[1] == ch && s[2] == ch) {
                s += 2;
                quote = 0;
            }
        } else if (ch == '\'' || ch == '"') {
            triple = s + 2 < end && s[1] == ch && s[2] == ch;
            if (triple)
                s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MAX_BRACKETS) {
                error_after(cx->p, cx->last, "f-string: too many nested parenthesis");
                return NULL;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            error_after(cx->p, cx->last, "f-string expression part cannot include '#'");
            return NULL;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            /* '!=', '==', '<=', '>=' and a lone '<' or '>' do not end it */
            if (s + 1 < end) {
                if (s[1] == '=' && ch != ':' && ch != '}') {
                    s++;
                    continue;
                }
                if (ch == '>' || ch == '<')
                    continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                error_after(cx->p, cx->last, "f-string: unmatched '%c'", ch);
                return NULL;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                error_after(cx->p, cx->last,
                            "f-string: closing parenthesis '%c' does not match opening "
                            "parenthesis '%c'", ch, open);
                return NULL;
            }
        }
    }
    if (quote) {
        error_after(cx->p, cx->last, "f-string: unterminated string");
        return NULL;
    }
    if (depth) {
        error_after(cx->p, cx->last, "f-string: unmatched '%c'", stack[depth - 1]);
        return NULL;
    }
    if (s >= end) {
        error_after(cx->p, cx->last, "f-string: expecting '}'");
        return NULL;
    }
    return s;
}

static mp_expr *parse_spec(fctx *cx, const char **str, const char *end, int level);

/* Parses a replacement field at *str (on its '{') into a FormattedValue;
 * for the `=` form, appends the expression's text to st's literal first.
 * Returns the node, or NULL after recording an error. */
static mp_expr *find_expr(fctx *cx, fstate *st, const char **str, const char *end, int level)
{
    mp_parser *p = cx->p;
    if (level >= 2) {
        error_after(p, cx->last, "f-string: expressions nested too deeply");
        return NULL;
    }
    const char *start = *str + 1;
    const char *s = find_expr_end(cx, start, end);
    if (!s)
        return NULL;
    mp_expr *value = compile_expr(cx, start, s);
    if (!value)
        return NULL;
    int conversion = -1, debug = 0;
    mp_expr *spec = NULL;
    if (*s == '=') {
        /* the `=` form: the text, with the whitespace after '=' */
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
                           *s == '\f' || *s == '\v'))
            s++;
        put_text(&st->last, start, (size_t)(s - start));
        debug = 1;
    }
    if (s < end && *s == '!') {
        s++;
        if (s >= end)
            goto expecting;
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            error_after(p, cx->last,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return NULL;
        }
    }
    if (s >= end)
        goto expecting;
    if (*s == ':') {
        s++;
        if (s >= end)
            goto expecting;
        spec = parse_spec(cx, &s, end, level + 1);
        if (!spec)
            return NULL;
    }
    if (s >= end || *s != '}')
        goto expecting;
    *str = s + 1;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    mp_expr *fv = mp_ast_expr_new(p->arena, MP_EXPR_FormattedValue, span(cx->first, cx->last));
    if (!fv) {
        nomem(p);
        return NULL;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    return fv;

expecting:
    error_after(p, cx->last, "f-string: expecting '}'");
    return NULL;
}

/* Scans literal text from *str up to a single '{' (or, in a format spec,
 * a '}'), CPython's fstring_find_literal.  Stores the literal's extent;
 * returns 1 when it stopped at a doubled brace (the literal includes one
 * of the pair), 0 otherwise, -1 after an error. */
static int find_literal(fctx *cx, const char **str, const char *end, int level,
                        const char **lit_end)
{
    const char *s = *str;
    while (s < end) {
        char ch = *s++;
        if (!cx->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* \N{...} is a name, not a replacement field */
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                break;
            }
        }
        if (ch == '{' || ch == '}') {
            /* doubled braces only count at the top level: in a format
             * spec, '{{' would be a field and '}}' its end */
            if (level == 0) {
                if (s < end && *s == ch) {
                    *lit_end = s;
                    *str = s + 1;
                    return 1;
                }
                if (ch == '}') {
                    error_after(cx->p, cx->last, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *lit_end = s;
    *str = s;
    return 0;
}

/* Adds the f-string body at *str..end to st (CPython's
 * FstringParser_ConcatFstring).  Returns 0, or -1 after an error. */
static int concat_fstring(fctx *cx, fstate *st, const char **str, const char *end, int level)
{
    mp_parser *p = cx->p;
    st->fmode = 1;
    for (;;) {
        const char *lit_start = *str, *lit_end;
        int result = find_literal(cx, str, end, level, &lit_end);
        if (result < 0)
            return -1;
        if (lit_end > lit_start &&
            decode_str(p, cx->last, lit_start, (size_t)(lit_end - lit_start), cx->raw,
                       &st->last) < 0)
            return -1;
        if (result == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        /* find_expr appends the `=` form's text to the literal before
         * it: both go out as one Constant, as CPython joins them */
        mp_expr *e = find_expr(cx, st, str, end, level);
        if (!e)
            return -1;
        if (flush_literal(p, st, cx->first, cx->last) < 0 || add_value(p, st, e) < 0)
            return -1;
    }
    if (level == 0 && *str < end - 1) {
        error_after(p, cx->last, "f-string: unexpected end of string");
        return -1;
    }
    if (level != 0 && (*str >= end || **str != '}')) {
        error_after(p, cx->last, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

/* A format spec: a JoinedStr of its own, placed at the token that holds
 * it (CPython's fstring_parse). */
static mp_expr *parse_spec(fctx *cx, const char **str, const char *end, int level)
{
    mp_parser *p = cx->p;
    fstate st = {MP_BUF_INIT, NULL, 0};
    mp_expr *e = NULL;
    if (concat_fstring(cx, &st, str, end, level) == 0 &&
        flush_literal(p, &st, cx->tok, cx->tok) == 0) {
        e = mp_ast_expr_new(p->arena, MP_EXPR_JoinedStr, span(cx->tok, cx->tok));
        if (e)
            e->v.JoinedStr.values = st.values;
        else
            nomem(p);
    }
    mp_buf_free(&st.last);
    return e;
}

/* ---- concatenation ------------------------------------------------------------ */

/* Decodes one non-f literal and adds it to the str state or the bytes
 * buffer. */
static int add_plain(mp_parser *p, const lit *l, const mp_token *last, fstate *st,
                     mp_buf *bytes)
{
    if (!l->is_bytes)
        return decode_str(p, last, l->body, l->len, l->is_raw, &st->last);
    for (size_t i = 0; i < l->len; i++) {
        if ((unsigned char)l->body[i] >= 0x80) {
            const mp_token *t = l->tok;
            mp_parser_error(p, MP_ERR_SYNTAX, t->lineno, t->col_offset, t->end_lineno,
                            t->end_col_offset,
                            "bytes can only contain ASCII literal characters");
            return -1;
        }
    }
    return decode_bytes(p, last, l->body, l->len, l->is_raw, bytes);
}

static mp_expr *concatenate(mp_parser *p, const mp_token *toks, int n, fstate *st,
                            mp_buf *bytes)
{
    const mp_token *first = &toks[0], *last = &toks[n - 1];
    int bytesmode = 0;
    for (int i = 0; i < n; i++) {
        lit l;
        if (split_literal(&toks[i], &l) < 0) {
            error_after(p, last, "invalid syntax");
            return NULL;
        }
        /* each literal is decoded before it is checked against the first,
         * as CPython orders the two errors */
        if (!l.is_f && add_plain(p, &l, last, st, bytes) < 0)
            return NULL;
        if (i != 0 && bytesmode != l.is_bytes) {
            error_after(p, last, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
        bytesmode = l.is_bytes;
        if (l.is_f) {
            fctx cx = {p, first, last, &toks[i], l.is_raw, NULL, 0, 0};
            const char *s = l.body;
            if (concat_fstring(&cx, st, &s, l.body + l.len, 0) < 0)
                return NULL;
        }
    }
    if (st->last.failed || bytes->failed) {
        nomem(p);
        return NULL;
    }
    if (bytesmode)
        return make_const(p, MP_CONST_BYTES, bytes, first, last);
    if (!st->fmode)
        return make_const(p, MP_CONST_STR, &st->last, first, last);
    if (flush_literal(p, st, first, last) < 0)
        return NULL;
    mp_expr *e = mp_ast_expr_new(p->arena, MP_EXPR_JoinedStr, span(first, last));
    if (!e)
        return NULL;
    e->v.JoinedStr.values = st->values;
    return e;
}

mp_expr *mp_parse_strings(mp_parser *p, const mp_token *toks, int n)
{
    if (n <= 0)
        return NULL;
    fstate st = {MP_BUF_INIT, NULL, 0};
    mp_buf bytes = MP_BUF_INIT;
    mp_expr *e = concatenate(p, toks, n, &st, &bytes);
    mp_buf_free(&st.last);
    mp_buf_free(&bytes);
    if (!e && !p->error && p->arena->failed)
        nomem(p);
    return e;
}

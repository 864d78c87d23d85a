/* The parser driver: runs the lexer, feeds its tokens to the lemon parser
 * (grammar/parser.y) and stops at the first error.
 *
 * The driver keeps the tokens of the current and the previous logical line
 * (a window that may also hold tokens read ahead), for three reasons:
 * - two constructs need a bounded look-ahead that LALR(1) cannot give:
 *   `with (a as b):` against `with (a, b) as c:`, and the soft keywords
 *   `match` and `case`, sent to the parser as MATCH and CASE where they
 *   start a match statement or a case block;
 * - CPython's syntax-error messages ("expected ':'", "Perhaps you forgot a
 *   comma?", ...) are computed after the error from those tokens, with the
 *   parser's state and small sub-parses (parse_diag.c);
 * - after a syntax error, the rest of the file is tokenized, and a
 *   tokenizer error found there wins, as in CPython.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "minipy/lexer.h"
#include "minipy/mem.h"
#include "parse_driver.h"
#include "parser.h" /* lemon's token codes, generated in BUILD/gen */

#define LEMON_CODE(name, cpy, text) [MP_TOK_##name] = TK_##name,
static const unsigned char lemon_codes[MP_TOK_COUNT] = {MP_TOKENS(LEMON_CODE)};
#undef LEMON_CODE

int mp_driver_code(mp_token_kind kind)
{
    return lemon_codes[kind];
}

/* ---- errors ---------------------------------------------------------------- */

/* Where an error inside an f-string expression is shown: CPython 3.11
 * prints the expression wrapped in parentheses, with columns counted in
 * that text, and the line number of the file. */
static void fstring_locate(mp_parser *p, const mp_driver *d, int lineno, int *col,
                           int *end_col, const char **src, size_t *len, int *rel_line)
{
    *rel_line = lineno - d->f_lineno + 1;
    if (*rel_line < 1)
        *rel_line = 1;
    if (lineno == d->f_lineno) {
        *col -= d->f_col;
        if (*end_col >= 0)
            *end_col -= d->f_col;
    }
    *src = d->f_text;
    *len = d->f_len;
    (void)p;
}

void mp_parser_error(mp_parser *p, mp_syntax_error_kind kind, int lineno, int col_offset,
                     int end_lineno, int end_col_offset, const char *fmt, ...)
{
    if (p->error)
        return;
    p->error = 1;
    char msg[sizeof p->err->msg];
    size_t off = 0;
    mp_driver *d = p->driver;
    int fexpr = p->in_fstring && d && d->f_text;
    if (p->in_fstring && strncmp(fmt, "f-string", 8) != 0) {
        strcpy(msg, "f-string: ");
        off = strlen(msg);
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + off, sizeof msg - off, fmt, ap);
    va_end(ap);
    const char *src = p->src;
    size_t len = p->len;
    int text_line = lineno;
    if (fexpr && lineno > 0)
        fstring_locate(p, d, lineno, &col_offset, &end_col_offset, &src, &len, &text_line);
    mp_syntax_error_set(p->err, kind, p->filename, src, len, text_line, col_offset,
                        end_lineno - lineno + text_line, end_col_offset, "%s", msg);
    p->err->lineno = lineno;
    p->err->end_lineno = end_lineno;
    /* CPython parses an f-string's expression with a tokenizer of its
     * own, made from bytes without a declared encoding: bytes there */
    p->err->byte_columns = fexpr || !p->declared;
}

/* ---- the token window ------------------------------------------------------ */

/* Makes tok index i available; returns 0, or -1 when the lexer failed
 * before it (the error is kept in w->lexerr). */
int mp_window_fetch(mp_window *w, int i)
{
    while (w->n <= i) {
        if (w->lex_failed)
            return -1;
        if (w->n > 0 && w->toks[w->n - 1].kind == MP_TOK_ENDMARKER) {
            /* after the end, the end again */
            mp_token end = w->toks[w->n - 1];
            if (mp_window_push(w, end) < 0)
                return -1;
            continue;
        }
        mp_token t;
        if (mp_lexer_next(w->lx, &t, &w->lexerr) < 0) {
            w->lex_failed = 1;
            return -1;
        }
        if (mp_window_push(w, t) < 0)
            return -1;
    }
    return 0;
}

int mp_window_push(mp_window *w, mp_token t)
{
    if (w->n == w->cap) {
        /* drop what is older than the previous logical line */
        int keep = w->prev_start;
        if (keep > 64 && !w->frozen) {
            memmove(w->toks, w->toks + keep, (size_t)(w->n - keep) * sizeof *w->toks);
            w->n -= keep;
            w->pushed -= keep;
            w->line_start -= keep;
            w->prev_start = 0;
        } else {
            int cap = w->cap ? w->cap * 2 : 256;
            mp_token *toks = mp_realloc(w->toks, (size_t)cap * sizeof *toks);
            if (!toks) {
                w->nomem = 1;
                return -1;
            }
            w->toks = toks;
            w->cap = cap;
        }
    }
    w->toks[w->n++] = t;
    return 0;
}

int mp_driver_find(mp_parser *p, int lineno, int col, mp_token_kind kind, mp_token *out)
{
    mp_driver *d = p->driver;
    if (!d)
        return 0;
    for (int i = 0; i < d->w.pushed; i++) {
        const mp_token *t = &d->w.toks[i];
        if (t->kind == kind && (t->lineno > lineno || (t->lineno == lineno && t->col_offset >= col))) {
            *out = *t;
            return 1;
        }
    }
    return 0;
}

/* ---- look-ahead for the constructs LALR(1) cannot tell ---------------------- */

/* The index of the ')' matching the '(' at i, or -1. */
static int matching_paren(mp_window *w, int i)
{
    int depth = 0;
    for (int j = i;; j++) {
        if (mp_window_fetch(w, j) < 0)
            return -1;
        mp_token_kind k = w->toks[j].kind;
        if (k == MP_TOK_LPAR || k == MP_TOK_LSQB || k == MP_TOK_LBRACE)
            depth++;
        else if (k == MP_TOK_RPAR || k == MP_TOK_RSQB || k == MP_TOK_RBRACE) {
            if (--depth == 0)
                return k == MP_TOK_RPAR ? j : -1;
        } else if (k == MP_TOK_NEWLINE || k == MP_TOK_ENDMARKER)
            return -1;
    }
}

/* `with (` at i: the parenthesized with-items form when the ')' is
 * followed by ':' and what is inside reads as with-items (CPython tries
 * that form first); otherwise the parentheses belong to an expression:
 * `with (a, b) as c:`, `with (yield):`. */
static int with_items_form(mp_parser *p, mp_window *w, int i)
{
    int close = matching_paren(w, i);
    if (close == i + 1)
        return 0;
    int items, expr, n = close - i - 1;
    if (mp_driver_prefix(p, TK_START_WITHITEMS, i + 1, close, &items) == n && close >= 0) {
        if (mp_window_fetch(w, close + 1) == 0 && w->toks[close + 1].kind == MP_TOK_COLON)
            return 1;
        items = close + 1; /* the items form fails after the ')' */
    }
    if (mp_driver_prefix(p, TK_START_STAREXPRS, i + 1, close, &expr) == n && close >= 0)
        return 0; /* `with (a, b) as c:` */
    /* neither reads: the error is where the one that goes further fails,
     * as CPython reports the furthest token it read */
    return items > expr;
}

static int tok_is(const mp_token *t, mp_token_kind kind, const char *text)
{
    size_t n = strlen(text);
    return t->kind == kind && t->len == n && memcmp(t->start, text, n) == 0;
}

/* `match` at toks[i], at the start of a statement: a match statement when
 * its logical line ends with ':' and what stands between reads as a
 * subject.  Nothing else can be written so (no simple statement ends
 * with ':'), and CPython tries the match statement first. */
static int match_statement(mp_parser *p, mp_window *w, int i)
{
    int depth = 0;
    for (int j = i + 1;; j++) {
        if (mp_window_fetch(w, j) < 0)
            return 0;
        mp_token_kind k = w->toks[j].kind;
        if (k == MP_TOK_LPAR || k == MP_TOK_LSQB || k == MP_TOK_LBRACE)
            depth++;
        else if (k == MP_TOK_RPAR || k == MP_TOK_RSQB || k == MP_TOK_RBRACE)
            depth--;
        else if (k == MP_TOK_ENDMARKER)
            return 0;
        else if (k == MP_TOK_NEWLINE && depth <= 0) {
            int colon = j - 1;
            if (colon <= i + 1 || w->toks[colon].kind != MP_TOK_COLON)
                return 0;
            return mp_driver_prefix(p, TK_START_SUBJECT, i + 1, colon, NULL) == colon - i - 1;
        }
    }
}

static int at_statement_start(const mp_window *w, int i)
{
    if (i == 0)
        return 1;
    mp_token_kind k = w->toks[i - 1].kind;
    return k == MP_TOK_NEWLINE || k == MP_TOK_INDENT || k == MP_TOK_DEDENT ||
           k == MP_TOK_SEMI;
}

/* The lemon code for toks[i], or -1 after recording an error. */
static int token_code(mp_parser *p, mp_window *w, int i)
{
    const mp_token *t = &w->toks[i];
    if (t->kind == MP_TOK_LPAR && i > 0 && w->toks[i - 1].kind == MP_TOK_WITH &&
        with_items_form(p, w, i))
        return TK_WITH_LPAR;
    if (t->kind == MP_TOK_NAME && !p->in_fstring && at_statement_start(w, i)) {
        mp_driver *d = p->driver;
        /* a case block is all a match statement's body may hold: `case`
         * is the keyword wherever the parser wants one */
        if (tok_is(t, MP_TOK_NAME, "case") && mp_lemon_accepts(d->lemon, TK_CASE)) {
            d->case_tok = *t;
            return TK_CASE;
        }
        if (tok_is(t, MP_TOK_NAME, "match") && mp_lemon_accepts(d->lemon, TK_MATCH) &&
            match_statement(p, w, i))
            return TK_MATCH;
    }
    return lemon_codes[t->kind];
}

/* ---- running the parser ------------------------------------------------------ */

/* Copies the lexer's error, which wins over everything else. */
static void lexer_error(mp_parser *p, mp_window *w)
{
    if (p->error)
        return;
    ((mp_driver *)p->driver)->lexer_error = 1;
    if (!w->lex_failed)
        return;
    mp_syntax_error *e = &w->lexerr;
    if (p->in_fstring) {
        char msg[sizeof e->msg];
        snprintf(msg, sizeof msg, "%s", e->msg);
        mp_parser_error(p, e->kind, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                        "%s", msg);
        p->err->byte_columns = e->byte_columns; /* the lexer counts its own */
        mp_syntax_error_clear(e);
        return;
    }
    mp_syntax_error_clear(p->err);
    *p->err = *e;
    e->text = NULL;
    p->error = 1;
}

void mp_driver_lexer_error(mp_parser *p)
{
    mp_driver *d = p->driver;
    lexer_error(p, &d->w);
}

/* Tracks logical lines as tokens go to the parser. */
static void track(mp_window *w, int i)
{
    mp_token_kind k = w->toks[i].kind;
    if (k == MP_TOK_NEWLINE) {
        w->prev_start = w->line_start;
        w->line_start = i + 1;
    }
}

/* Before a tokenizer error is reported: CPython's parser has seen the
 * constructs that end before it, and reports their errors first (the
 * arguments of a call whose ')' is the last token before the end of the
 * file, say).  A token no rule takes makes the parser do the reductions
 * still pending, whose actions may record such an error. */
static int probe(mp_parser *p, mp_driver *d)
{
    mp_window *w = &d->w;
    if (w->pushed == 0)
        return 0;
    d->probing = 1;
    mp_lemon(d->lemon, TK_SUB_END, w->toks[w->pushed - 1], p);
    d->probing = 0;
    d->err_line = w->toks[w->pushed - 1].lineno;
    return p->error;
}

/* Feeds tokens from the window until the parse ends.  Returns 0 when it
 * was accepted, -1 on error. */
static int run(mp_parser *p, mp_driver *d, int start_code)
{
    mp_window *w = &d->w;
    mp_token none;
    memset(&none, 0, sizeof none);
    mp_lemon(d->lemon, start_code, none, p);
    for (;;) {
        if (mp_window_fetch(w, w->pushed) < 0) {
            if (w->nomem)
                mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
            else if (!probe(p, d))
                lexer_error(p, w);
            return -1;
        }
        int i = w->pushed;
        if (d->f_text && w->toks[i].kind == MP_TOK_NEWLINE) {
            w->pushed++; /* an f-string expression has no statements */
            continue;
        }
        w->frozen++;
        int code = token_code(p, w, i);
        w->frozen--;
        if (code < 0)
            return -1;
        mp_token t = w->toks[i];
        w->pushed++;
        mp_lemon(d->lemon, code, t, p);
        if (p->error && !d->diagnosed)
            /* an action's error, in a reduction t only triggered: CPython
             * had not read t */
            d->err_line = w->toks[i > 0 ? i - 1 : 0].lineno;
        track(w, i);
        if (!p->error && (p->arena->failed || w->nomem))
            mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
        if (p->error)
            return -1;
        if (t.kind == MP_TOK_ENDMARKER) {
            mp_lemon(d->lemon, 0, t, p);
            if (!p->error && p->arena->failed)
                mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
            return p->error ? -1 : 0;
        }
    }
}

/* CPython 3.11 tokenizes the rest of the file after a syntax error from
 * the parser: an error the tokenizer raises there replaces it; so does an
 * unclosed bracket opened on a line before the error's. */
static void check_rest(mp_parser *p, mp_window *w)
{
    mp_driver *d = p->driver;
    if (p->err->kind == MP_ERR_MEMORY || w->nomem || w->pushed == 0 || d->no_rest)
        return;
    /* CPython compares with the line of the last token it read; its
     * invalid_ rules read ahead */
    int err_line = d->err_line;
    mp_token t;
    mp_syntax_error e = {0};
    if (w->lex_failed) {
        e = w->lexerr;
        w->lexerr.text = NULL;
    } else {
        for (;;) {
            if (mp_lexer_next(w->lx, &t, &e) < 0)
                break;
            if (t.kind == MP_TOK_ENDMARKER)
                return;
        }
    }
    if (e.kind == MP_ERR_MEMORY) {
        mp_syntax_error_clear(&e);
        return;
    }
    if (!mp_lexer_error_in_parser(w->lx)) {
        /* raised by CPython's tokenizer itself: it wins */
        mp_syntax_error_clear(p->err);
        *p->err = e;
        return;
    }
    mp_syntax_error_clear(&e);
    /* raised by CPython's parser for its tokenizer: only a bracket left
     * open, on a line before the last token read, is reported instead */
    int line, col, c = mp_lexer_open_bracket(w->lx, &line, &col);
    if (c && line < err_line) {
        mp_syntax_error_set(p->err, MP_ERR_SYNTAX, p->filename, p->src, p->len, line, col,
                            line, -1, "'%c' was never closed", c);
        p->err->byte_columns = !p->declared;
        p->err->text_no_newline = 1; /* a line before the tokenizer's */
    }
}

static int driver_init(mp_driver *d, mp_parser *p, const char *src, size_t len,
                       const mp_lexer_options *opt)
{
    memset(d, 0, sizeof *d);
    d->w.lx = mp_lexer_new(src, len, opt);
    d->lemon = mp_lemonAlloc(mp_malloc);
    p->driver = d;
    return d->w.lx && d->lemon ? 0 : -1;
}

static void driver_free(mp_driver *d)
{
    if (d->lemon)
        mp_lemonFree(d->lemon, mp_free);
    if (d->w.lx)
        mp_lexer_free(d->w.lx);
    mp_syntax_error_clear(&d->w.lexerr);
    mp_free(d->w.toks);
}

/* The number of src's last line when it lacks its line ending, else 0
 * ("\r\n", "\n" and "\r" end lines). */
static int last_line_unended(const char *src, size_t len)
{
    if (len == 0 || src[len - 1] == '\n' || src[len - 1] == '\r')
        return 0;
    int lineno = 1;
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n' || (src[i] == '\r' && (i + 1 == len || src[i + 1] != '\n')))
            lineno++;
    return lineno;
}

mp_mod *mp_parse(mp_arena *arena, const char *src, size_t len, const char *filename,
                 mp_parse_mode mode, mp_syntax_error *err)
{
    /* the lexer wants a NUL after the text */
    char *copy = mp_malloc(len + 1);
    if (!copy) {
        mp_syntax_error_set(err, MP_ERR_MEMORY, filename, NULL, 0, 0, 0, 0, -1, "MemoryError");
        return NULL;
    }
    memcpy(copy, src, len);
    copy[len] = '\0';
    mp_parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.src = copy;
    p.len = len;
    p.filename = filename;
    p.err = err;
    mp_driver d;
    int str_source = (mode & MP_PARSE_STR) != 0;
    int script = (mode & MP_PARSE_SCRIPT) != 0;
    mode &= MP_PARSE_MODE_MASK;
    p.str_source = str_source;
    mp_lexer_options opt = {filename, 1, 0, 0, str_source};
    static const int starts[] = {[MP_PARSE_FILE] = TK_START_FILE,
                                 [MP_PARSE_EVAL] = TK_START_EVAL,
                                 [MP_PARSE_SINGLE] = TK_START_SINGLE};
    mp_mod *result = NULL;
    int ok = driver_init(&d, &p, copy, len, &opt);
    /* the lexer has read the cookie, if any, on creation */
    p.declared = ok == 0 && mp_lexer_declared(d.w.lx);
    d.single = mode == MP_PARSE_SINGLE;
    if (ok < 0)
        mp_parser_error(&p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
    else if (run(&p, &d, starts[mode]) == 0)
        result = p.result;
    else if (!d.lexer_error)
        check_rest(&p, &d.w);
    driver_free(&d);
    mp_free(copy);
    if (!result && err->kind == MP_ERR_MEMORY)
        arena->failed = 1;
    if (!result && mode != MP_PARSE_FILE && err->lineno > 0 &&
        err->lineno == last_line_unended(src, len))
        err->text_no_newline = 1; /* CPython ends only exec sources with a newline */
    if (!result && script && err->col_at_eof)
        err->col_offset = -1; /* its file tokenizer's buffer is empty there */
    return result;
}

/* ---- f-string expressions ---------------------------------------------------- */

mp_expr *mp_parse_fstring_expr(mp_parser *p, const char *text, size_t len, int lineno,
                               int col_offset)
{
    /* CPython 3.11 parses "(" text ")" */
    char *wrapped = mp_arena_alloc(p->arena, len + 3);
    if (!wrapped) {
        mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
        return NULL;
    }
    wrapped[0] = '(';
    memcpy(wrapped + 1, text, len);
    wrapped[len + 1] = ')';
    wrapped[len + 2] = '\0';
    /* CPython's tokenizer for it reads bytes (not a str source) */
    mp_lexer_options opt = {p->filename, lineno, col_offset - 1, 1, 0};
    mp_driver d, *outer = p->driver;
    mp_expr *result = NULL;
    int saved = p->in_fstring;
    p->in_fstring = 1;
    if (driver_init(&d, p, wrapped, len + 2, &opt) < 0) {
        mp_parser_error(p, MP_ERR_MEMORY, 0, 0, 0, -1, "MemoryError");
    } else {
        d.f_text = wrapped;
        d.f_len = len + 2;
        d.f_lineno = lineno;
        d.f_col = col_offset - 1;
        mp_expr *before = p->sub_result;
        p->sub_result = NULL;
        if (run(p, &d, TK_START_FEXPR) == 0)
            result = p->sub_result;
        p->sub_result = before;
    }
    driver_free(&d);
    p->driver = outer;
    p->in_fstring = saved;
    return result;
}

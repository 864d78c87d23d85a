/* What the parser driver (parse.c) and its syntax-error diagnostics
 * (parse_errors.c) share: the token window and the running parse. */
#ifndef MINIPY_PARSE_DRIVER_H
#define MINIPY_PARSE_DRIVER_H

#include "minipy/lexer.h"
#include "parse_internal.h"

/* The tokens of the previous and the current logical line, and those read
 * ahead: toks[0..pushed) have gone to the parser, toks[pushed..n) not yet.
 * Indices stay valid until the next token is pushed (older lines are
 * dropped then). */
typedef struct mp_window {
    mp_lexer *lx;
    mp_token *toks;
    int n, cap;
    int pushed;
    int line_start; /* the first token (INDENT/DEDENT included) of the current line */
    int prev_start; /* that of the line before */
    int lex_failed; /* the lexer failed after toks[n-1], with lexerr */
    int nomem;
    int frozen;     /* nonzero while indices are held: no dropping */
    mp_syntax_error lexerr;
} mp_window;

typedef struct mp_driver {
    mp_window w;
    void *lemon;
    /* An f-string expression: the text parsed ("(" expression ")") and
     * where its first character sits in the file. */
    const char *f_text;
    size_t f_len;
    int f_lineno, f_col;
    int single;      /* mode 'single': one statement */
    int probing;     /* syntax errors are not to be reported */
    int lexer_error; /* the error is the lexer's */
    int no_rest;     /* an error CPython reports without tokenizing the rest */
    int diagnosed;   /* the error came from the diagnostics, at err_tok */
    int err_line;    /* an action's error: the line of the last token read */
    mp_token err_tok;
    mp_token case_tok; /* the last `case` sent as the keyword CASE */
} mp_driver;

int mp_window_fetch(mp_window *w, int i);
int mp_window_push(mp_window *w, mp_token t);

/* The lemon code of a token kind. */
int mp_driver_code(mp_token_kind kind);

/* lemon's parser, run on any token stream (the diagnostics' sub-parses). */
void *mp_lemonAlloc(void *(*malloc_fn)(size_t));
void mp_lemonFree(void *parser, void (*free_fn)(void *));
void mp_lemon(void *parser, int major, mp_token minor, mp_parser *p);
/* Whether the parser would accept a token of lemon code major now, or the
 * tokens majors[0..n) one after the other. */
int mp_lemon_accepts(void *parser, int major);
int mp_lemon_accepts_seq(void *parser, const int *majors, int n);

/* The number of tokens, from window index from (up to limit, or as far as
 * they go when limit < 0), of the longest prefix that parses as the
 * construct of the diagnostic start token start (TK_START_EXPR, ...);
 * -1 when none does.  *reached (when not NULL) gets the index of the
 * first token the parse could not take (or limit).  Runs a separate
 * parser; nothing is recorded on p.  (parse_errors.c) */
int mp_driver_prefix(mp_parser *p, int start, int from, int limit, int *reached);

/* Records the lexer's pending error (w->lexerr) as the parse's. */
void mp_driver_lexer_error(mp_parser *p);

/* Called by the grammar's %syntax_error: records CPython's message for the
 * syntax error at tok, the parser being in its state before tok. */
void mp_parse_syntax_error(mp_parser *p, void *lemon, int major, mp_token tok);

#endif

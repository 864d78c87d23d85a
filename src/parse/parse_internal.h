/* What the pieces of the front end share: the parser state that the
 * driver (parse.c), the grammar actions (grammar/parser.y) and the string
 * literal decoder (strings.c) all see.  Not part of the public API. */
#ifndef MINIPY_PARSE_INTERNAL_H
#define MINIPY_PARSE_INTERNAL_H

#include "minipy/arena.h"
#include "minipy/ast.h"
#include "minipy/parser.h"
#include "minipy/token.h"

typedef struct mp_parser {
    mp_arena *arena;
    const char *src;        /* the whole source being parsed */
    size_t len;
    const char *filename;
    mp_syntax_error *err;
    int error;              /* an error has been recorded in err */
    /* Nonzero while parsing an expression inside an f-string: errors get
     * CPython's "f-string: " prefix. */
    int in_fstring;
    mp_mod *result;         /* set by the grammar's start rule */
    /* The driver may add fields of its own below. */
    void *driver;
} mp_parser;

/* Records a syntax error at the given span (see mp_syntax_error_set),
 * unless one is already recorded: the first error wins, as in CPython. */
void mp_parser_error(mp_parser *p, mp_syntax_error_kind kind, int lineno,
                     int col_offset, int end_lineno, int end_col_offset,
                     const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Decodes adjacent STRING tokens toks[0..n) into one expression: a
 * Constant (str or bytes) or, when any part is an f-string, a JoinedStr.
 * Returns NULL with an error recorded on p (bad escapes, mixing bytes and
 * str, f-string errors).  (strings.c) */
mp_expr *mp_parse_strings(mp_parser *p, const mp_token *toks, int n);

/* Parses the expression text[0..len) found inside an f-string's braces
 * (text must be NUL-terminated at len and outlive the tree: copy it into
 * p->arena).  lineno/col give where text starts in the file.  Returns the
 * expression, or NULL with an error recorded on p.  (parse.c) */
mp_expr *mp_parse_fstring_expr(mp_parser *p, const char *text, size_t len,
                               int lineno, int col_offset);

#endif

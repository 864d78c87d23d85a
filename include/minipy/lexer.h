/* The tokenizer (grammar/lexer.re, compiled by re2c): source bytes to the
 * tokens of token.h, with NEWLINE, INDENT and DEDENT computed from an
 * indentation stack as CPython's tokenizer does.
 *
 * Strings come out as one STRING token spanning prefix, quotes and body
 * (f-strings included, as in CPython 3.11); the parser decodes them.
 */
#ifndef MINIPY_LEXER_H
#define MINIPY_LEXER_H

#include <stddef.h>

#include "minipy/parser.h"
#include "minipy/token.h"

typedef struct mp_lexer mp_lexer;

typedef struct mp_lexer_options {
    const char *filename;
    /* Where src starts in the file it came from, for the expressions
     * inside an f-string: line 1 of src is line first_lineno, and the
     * columns of its first line are shifted by first_col. */
    int first_lineno, first_col;
    /* Tokenize one expression only: no INDENT/DEDENT, newlines are
     * ignored as inside brackets (f-string expressions). */
    int expression_only;
} mp_lexer_options;

/* src[0..len) must be followed by a NUL byte at src[len] (the sentinel the
 * scanner stops on); it is borrowed for the lexer's life and tokens point
 * into it.  Returns NULL only when malloc fails.  Checks done on the whole
 * input before the first token (NUL bytes, UTF-8 validity, a BOM) report
 * their error from the first mp_lexer_next call. */
mp_lexer *mp_lexer_new(const char *src, size_t len, const mp_lexer_options *opt);
void mp_lexer_free(mp_lexer *lx);

/* Stores the next token in *tok and returns 0, or returns -1 with *err
 * filled in.  After ENDMARKER it keeps returning ENDMARKER. */
int mp_lexer_next(mp_lexer *lx, mp_token *tok, mp_syntax_error *err);

/* The source line with the given 1-based number, without its newline, as a
 * pointer into src and a length; NULL when there is no such line. */
const char *mp_lexer_line(const mp_lexer *lx, int lineno, size_t *len);

#endif

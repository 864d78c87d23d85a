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
    /* The source was a str (MP_PARSE_STR): no coding cookie or BOM is
     * looked for, and the encoding counts as declared. */
    int str_source;
} mp_lexer_options;

/* src[0..len) must be followed by a NUL byte at src[len] (the sentinel the
 * scanner stops on); it is borrowed for the lexer's life and tokens point
 * into it (into the lexer's own UTF-8 copy when a latin-1 or cp1252 coding
 * cookie made it convert the source).  Returns NULL only when malloc
 * fails.  The checks CPython makes on each line as it reads it (NUL
 * bytes, UTF-8 validity, the coding cookie) report their error from the
 * mp_lexer_next call that reaches that line, as in CPython. */
mp_lexer *mp_lexer_new(const char *src, size_t len, const mp_lexer_options *opt);
void mp_lexer_free(mp_lexer *lx);

/* Stores the next token in *tok and returns 0, or returns -1 with *err
 * filled in.  After ENDMARKER it keeps returning ENDMARKER. */
int mp_lexer_next(mp_lexer *lx, mp_token *tok, mp_syntax_error *err);

/* The source line with the given 1-based number, without its newline, as a
 * pointer into src and a length; NULL when there is no such line. */
const char *mp_lexer_line(const mp_lexer *lx, int lineno, size_t *len);

/* For the parser's check after a syntax error of its own, which CPython
 * makes by tokenizing the rest of the file (_PyPegen_tokenize_full_source_
 * to_check_for_errors):
 * - mp_lexer_error_in_parser: whether the error mp_lexer_next returned is
 *   one CPython's parser raises for its tokenizer (pegen_errors.c: bad
 *   indentation, a bad line continuation, EOF after a backslash, a bracket
 *   never closed), which does not replace the parser's own error, rather
 *   than one the tokenizer raises itself, which does;
 * - mp_lexer_open_bracket: the innermost bracket open where the lexer
 *   stopped: returns its character and stores its line and column, or
 *   returns 0.  After an error of the first kind CPython reports
 *   "'(' was never closed" when that bracket opened on an earlier line
 *   than the parser's error. */
int mp_lexer_error_in_parser(const mp_lexer *lx);

/* Whether CPython's tokenizer knows the source's encoding (tok->encoding
 * is set): a str source, or a BOM or coding cookie.  The errors CPython's
 * parser raises count columns in characters then, in bytes otherwise. */
int mp_lexer_declared(const mp_lexer *lx);
int mp_lexer_open_bracket(const mp_lexer *lx, int *lineno, int *col_offset);

#endif

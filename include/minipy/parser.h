/* Source text to syntax tree: the lexer (grammar/lexer.re) feeds the lemon
 * parser (grammar/parser.y) through the driver in src/parse/parse.c.
 *
 * A failed parse fills an mp_syntax_error, which holds everything CPython's
 * SyntaxError carries (message, file, line, offsets, source line); the
 * caller prints it (mp_syntax_error_print) or, once the object system runs,
 * turns it into an exception.
 */
#ifndef MINIPY_PARSER_H
#define MINIPY_PARSER_H

#include <stdio.h>

#include "minipy/arena.h"
#include "minipy/ast.h"

typedef enum {
    MP_ERR_SYNTAX,      /* SyntaxError */
    MP_ERR_INDENTATION, /* IndentationError */
    MP_ERR_TAB,         /* TabError */
    MP_ERR_MEMORY,      /* MemoryError: allocation failed, or nesting past the
                           parser's stack, as CPython reports both */
    MP_ERR_DECODE       /* SyntaxError without a location: source that is not
                           valid UTF-8 ("Non-UTF-8 code starting with ...") */
} mp_syntax_error_kind;

typedef struct mp_syntax_error {
    mp_syntax_error_kind kind;
    char msg[512];
    const char *filename;      /* borrowed from the caller */
    int lineno;                /* 1-based; 0 when there is no location */
    int col_offset;            /* 0-based UTF-8 byte offset into text; -1
                                  when CPython's offset is 0 (errors at
                                  the end of the file: no caret) */
    int end_lineno;            /* 0 when unknown */
    int end_col_offset;        /* 0-based byte offset, -1 when unknown */
    /* How CPython reports the columns above: 0, in characters (counted
     * in text); 1, the byte offsets as they are, taken for character
     * offsets.  CPython's parser (pegen_errors.c) converts a byte column
     * to characters only when the tokenizer knows the source's encoding:
     * a str source, or bytes and files that declare it (a coding cookie,
     * a UTF-8 BOM).  Its tokenizer's own errors always count characters. */
    int byte_columns;
    char *text;                /* the source line without its newline,
                                  malloc'd (mp_syntax_error_clear frees it),
                                  or NULL */
    /* Whether CPython's SyntaxError.text lacks the line's newline: for its
     * tokenizer's own errors, for a line it takes from before the one it
     * is reading, and for a last line without one in a source it does not
     * complete with one (eval and single modes). */
    int text_no_newline;
    /* Whether col_offset is where CPython's tokenizer of a str or bytes
     * source stands at the end of the input (the last line's length): its
     * tokenizer of a script file reports offset 0 there (no caret). */
    int col_at_eof;
} mp_syntax_error;

typedef enum {
    MP_PARSE_FILE = 0,   /* a module: ast.parse(src, mode='exec') */
    MP_PARSE_EVAL = 1,   /* one expression: mode='eval' */
    MP_PARSE_SINGLE = 2, /* one interactive statement: mode='single' */
    MP_PARSE_MODE_MASK = 3,
    /* A flag added to one of the modes above: the source was text (a
     * str), not bytes.  CPython reads compile(), exec() and eval() of a
     * str, -c and the interactive prompt as text (the tokenizer's
     * encoding is then known: UTF-8), but files, import, stdin and bytes
     * as bytes.  Text has no coding cookie (a cookie is just a comment)
     * and no BOM (U+FEFF is an invalid character), and the columns of
     * the parser's errors count characters there; in bytes they count
     * bytes unless a cookie or BOM declared the encoding. */
    MP_PARSE_STR = 4,
    /* A flag: the source is a script CPython reads with its tokenizer of
     * files (python3 script.py, python3 < script.py), which reports an
     * error at the end of input at offset 0 (see col_at_eof). */
    MP_PARSE_SCRIPT = 8
} mp_parse_mode;

/* Parses src[0..len) (it need not be NUL-terminated) into a tree allocated
 * in arena.  mode is one of MP_PARSE_FILE, _EVAL, _SINGLE, with
 * MP_PARSE_STR added for a source that was a str.  Returns the tree, or
 * NULL with *err filled in.  filename is used in messages only. */
mp_mod *mp_parse(mp_arena *arena, const char *src, size_t len,
                 const char *filename, mp_parse_mode mode, mp_syntax_error *err);

/* Sets err to a SyntaxError at a node's position in src, taking the source
 * line from src.  Used by the checks that run after parsing (the compiler's
 * "'return' outside function" and the like). */
void mp_syntax_error_set(mp_syntax_error *err, mp_syntax_error_kind kind,
                         const char *filename, const char *src, size_t len,
                         int lineno, int col_offset, int end_lineno,
                         int end_col_offset, const char *fmt, ...)
    __attribute__((format(printf, 10, 11)));

/* Prints err as CPython prints an uncaught SyntaxError (the File line, the
 * source line, the carets and "SyntaxError: msg"). */
void mp_syntax_error_print(FILE *f, const mp_syntax_error *err);

/* Frees what err owns; err may be reused after. */
void mp_syntax_error_clear(mp_syntax_error *err);

#endif

/* Syntax errors: recording one, and printing it as CPython 3.11 prints an
 * uncaught SyntaxError (Python/pythonrun.c, print_exception and
 * print_error_text), carets included. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "minipy/mem.h"
#include "minipy/parser.h"

static const char *const kind_names[] = {
    [MP_ERR_SYNTAX] = "SyntaxError",
    [MP_ERR_INDENTATION] = "IndentationError",
    [MP_ERR_TAB] = "TabError",
    [MP_ERR_MEMORY] = "MemoryError",
    [MP_ERR_DECODE] = "SyntaxError",
};

/* Copies line number lineno (1-based) of src, without its line ending. */
static char *copy_line(const char *src, size_t len, int lineno)
{
    const char *p = src, *end = src + len;
    for (int n = 1; n < lineno && p < end; n++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p > end || (p == end && lineno > 1 && (p == src || p[-1] == '\n')))
        return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((e ? e : end) - p);
    if (n > 0 && p[n - 1] == '\r')
        n--;
    char *line = mp_malloc(n + 1);
    if (line) {
        memcpy(line, p, n);
        line[n] = '\0';
    }
    return line;
}

void mp_syntax_error_set(mp_syntax_error *err, mp_syntax_error_kind kind,
                         const char *filename, const char *src, size_t len,
                         int lineno, int col_offset, int end_lineno,
                         int end_col_offset, const char *fmt, ...)
{
    mp_syntax_error_clear(err);
    err->kind = kind;
    err->filename = filename;
    err->lineno = lineno;
    err->col_offset = col_offset;
    err->end_lineno = end_lineno;
    err->end_col_offset = end_col_offset;
    err->byte_columns = 0;
    err->text_no_newline = 0;
    err->col_at_eof = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->text = (src && lineno > 0) ? copy_line(src, len, lineno) : NULL;
}

void mp_syntax_error_clear(mp_syntax_error *err)
{
    mp_free(err->text);
    err->text = NULL;
}

/* The characters CPython counts in the first n bytes of a source line,
 * text followed by its newline and the NUL after it (as
 * _PyPegen_byte_offset_to_character_offset decodes them, with "replace":
 * a character cut short counts as one). */
static long chars_in(const char *text, long n)
{
    long len = (long)strlen(text), count = 0;
    for (long i = 0; i < n && i < len; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            count++;
    if (n > len)
        count += n - len > 2 ? 2 : n - len;
    return count;
}

/* SyntaxError's offset for byte column col >= 0 of err (counted from 1):
 * in characters, or the byte offset itself (see byte_columns). */
static long column(const mp_syntax_error *err, int col)
{
    return err->byte_columns ? col + 1 : chars_in(err->text, col + 1);
}

/* print_error_text: the source line without its indentation, then a caret
 * line under the offending span.  offset and end_offset are 1-based
 * character offsets, as SyntaxError.offset is. */
static void print_text(FILE *f, long offset, long end_offset, const char *text)
{
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (offset > len)
        offset = len;
    fprintf(f, "    %s\n", text);
    if (offset < 0)
        return;
    fputs("    ", f);
    while (--offset >= 0)
        fputc(' ', f);
    while (carets-- > 0)
        fputc('^', f);
    fputc('\n', f);
}

void mp_syntax_error_print(FILE *f, const mp_syntax_error *err)
{
    fflush(stdout);
    if (err->kind == MP_ERR_MEMORY) {
        fputs("MemoryError\n", f);
        return;
    }
    if (err->lineno > 0) {
        fprintf(f, "  File \"%s\", line %d\n", err->filename, err->lineno);
        if (err->text) {
            /* CPython's SyntaxError.text mostly keeps the line's newline,
             * and its length counts in the clipping below. */
            long size = (long)strlen(err->text) + !err->text_no_newline;
            /* a negative col_offset is CPython's offset 0: no caret */
            long offset = err->col_offset < 0 || err->col_at_eof ? 0 : column(err, err->col_offset);
            long end_offset = err->end_col_offset < 0 ? -1 : column(err, err->end_col_offset);
            if (err->kind == MP_ERR_INDENTATION || err->kind == MP_ERR_TAB)
                end_offset = -1; /* CPython shows one caret for these */
            if (err->end_lineno > err->lineno)
                end_offset = size;
            if (end_offset > size + 1)
                end_offset = size + 1;
            print_text(f, offset, end_offset, err->text);
        }
    }
    fprintf(f, "%s: %s\n", kind_names[err->kind], err->msg);
}

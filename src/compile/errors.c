/* Recording the SyntaxErrors the symbol table and the compiler find.
 *
 * CPython takes the source line of such an error from the file named by
 * the code's filename (PyErr_ProgramTextObject), not from the source it
 * compiled: so does minipy, which is why compiling a string as "<string>"
 * gives an error without text.  Columns stay UTF-8 byte offsets, as
 * CPython's compiler leaves them. */
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"
#include "minipy/mem.h"

/* Line lineno (1-based) of the file, without its line ending, or NULL. */
static char *read_line(const char *filename, int lineno)
{
    if (!filename || lineno < 1 || filename[0] == '<')
        return NULL;
    FILE *f = fopen(filename, "rb");
    if (!f)
        return NULL;
    size_t cap = 128, n = 0;
    char *line = mp_malloc(cap);
    int cur = 1, c = 0;
    while (line && cur <= lineno && (c = getc(f)) != EOF) {
        if (c == '\n' || c == '\r') {
            if (c == '\r') {
                int d = getc(f);
                if (d != '\n' && d != EOF)
                    ungetc(d, f);
            }
            if (cur == lineno)
                break;
            cur++;
            continue;
        }
        if (cur != lineno)
            continue;
        if (n + 1 >= cap) {
            char *p = mp_realloc(line, cap *= 2);
            if (!p) {
                mp_free(line);
                line = NULL;
                break;
            }
            line = p;
        }
        line[n++] = (char)c;
    }
    fclose(f);
    if (line && cur == lineno && (n > 0 || c != EOF)) {
        line[n] = '\0';
        return line;
    }
    mp_free(line);
    return NULL;
}

void mp_compile_verror(mp_syntax_error *err, const char *filename, mp_pos pos,
                       const char *fmt, va_list ap)
{
    mp_syntax_error_clear(err);
    err->kind = MP_ERR_SYNTAX;
    err->filename = filename;
    err->lineno = pos.lineno;
    err->col_offset = pos.col_offset;
    err->end_lineno = pos.end_lineno;
    err->end_col_offset = pos.end_col_offset;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    err->text = read_line(filename, pos.lineno);
}

void mp_compile_error(mp_syntax_error *err, const char *filename, mp_pos pos,
                      const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_compile_verror(err, filename, pos, fmt, ap);
    va_end(ap);
}

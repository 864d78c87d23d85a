/* A growable byte buffer, for building strings in C (reprs, messages,
 * dumps).  Appending never fails silently: on allocation failure the
 * buffer remembers it (b->failed) and ignores later appends, so a caller
 * can append freely and check once at the end.
 */
#ifndef MINIPY_BUF_H
#define MINIPY_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct mp_buf {
    char *data; /* NUL-terminated when not NULL */
    size_t len;
    size_t cap;
    int failed;
} mp_buf;

#define MP_BUF_INIT {NULL, 0, 0, 0}

void mp_buf_append(mp_buf *b, const char *s, size_t n);
void mp_buf_puts(mp_buf *b, const char *s);
void mp_buf_putc(mp_buf *b, char c);
void mp_buf_printf(mp_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void mp_buf_vprintf(mp_buf *b, const char *fmt, va_list ap);
/* Appends the code point cp (up to 0x10FFFF; surrogates included) as UTF-8. */
void mp_buf_put_utf8(mp_buf *b, unsigned cp);
void mp_buf_free(mp_buf *b);

#endif

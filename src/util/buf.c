/* Growable byte buffer (see buf.h). */
#include <stdio.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/mem.h"

static int reserve(mp_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *d = mp_realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return -1;
    }
    b->data = d;
    b->cap = cap;
    return 0;
}

void mp_buf_append(mp_buf *b, const char *s, size_t n)
{
    if (reserve(b, n) < 0)
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void mp_buf_puts(mp_buf *b, const char *s)
{
    mp_buf_append(b, s, strlen(s));
}

void mp_buf_putc(mp_buf *b, char c)
{
    mp_buf_append(b, &c, 1);
}

void mp_buf_vprintf(mp_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || reserve(b, (size_t)n) < 0)
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void mp_buf_printf(mp_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void mp_buf_put_utf8(mp_buf *b, unsigned cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    mp_buf_append(b, s, n);
}

void mp_buf_free(mp_buf *b)
{
    mp_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

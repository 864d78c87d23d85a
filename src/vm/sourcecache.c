/* Source lines for tracebacks (sourcecache.h). */
#include <stdio.h>
#include <string.h>

#include "minipy/mem.h"
#include "minipy/sourcecache.h"
#include "minipy/str.h"

typedef struct source {
    struct source *next;
    char *name;
    char *text;     /* NUL-terminated */
    size_t len;
    size_t nlines;
    size_t *starts; /* byte offset of each line */
} source;

static source *cache;

static source *add(const char *name, char *text, size_t len)
{
    source *s = mp_calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->name = mp_malloc(strlen(name) + 1);
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n')
            n++;
    s->starts = mp_malloc(sizeof(size_t) * n);
    if (!s->name || !s->starts) {
        mp_free(s->name);
        mp_free(s->starts);
        mp_free(s);
        return NULL;
    }
    strcpy(s->name, name);
    s->text = text;
    s->len = len;
    s->starts[0] = 0;
    s->nlines = 1;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n' && i + 1 < len)
            s->starts[s->nlines++] = i + 1;
    s->next = cache;
    cache = s;
    return s;
}

int mp_source_register(const char *filename, const char *text, size_t len)
{
    char *copy = mp_malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, text, len);
    copy[len] = '\0';
    if (!add(filename, copy, len)) {
        mp_free(copy);
        return -1;
    }
    return 0;
}

static source *load(const char *name)
{
    for (source *s = cache; s; s = s->next)
        if (strcmp(s->name, name) == 0)
            return s;
    if (name[0] == '<')
        return NULL;
    FILE *f = fopen(name, "rb");
    if (!f)
        return NULL;
    size_t cap = 8192, len = 0;
    char *buf = mp_malloc(cap);
    while (buf) {
        size_t got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0)
            break;
        if (len + 1 >= cap) {
            char *nb = mp_realloc(buf, cap * 2);
            if (!nb) {
                mp_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf)
        return NULL;
    buf[len] = '\0';
    source *s = add(name, buf, len);
    if (!s)
        mp_free(buf);
    return s;
}

const char *mp_source_line(mp_obj filename, int lineno, size_t *len)
{
    if (!mp_str_check(filename) || lineno < 1)
        return NULL;
    source *s = load(mp_str_utf8(filename));
    if (!s || (size_t)lineno > s->nlines)
        return NULL;
    size_t start = s->starts[lineno - 1];
    if (start >= s->len && s->len > 0)
        return NULL;
    const char *p = s->text + start;
    const char *nl = memchr(p, '\n', s->len - start);
    *len = nl ? (size_t)(nl - p) : s->len - start;
    return p;
}

const char *mp_source_line_shown(mp_obj filename, int lineno, size_t *len)
{
    if (mp_str_check(filename)) {
        const char *name = mp_str_utf8(filename);
        size_t n = mp_str_nbytes(filename);
        if (n && name[0] == '<' && name[n - 1] == '>')
            return NULL;
    }
    return mp_source_line(filename, lineno, len);
}

void mp_source_cache_clear(void)
{
    while (cache) {
        source *n = cache->next;
        mp_free(cache->name);
        mp_free(cache->text);
        mp_free(cache->starts);
        mp_free(cache);
        cache = n;
    }
}

/* str: construction, interning, hashing, comparison, indexing, and the
 * type object.  The Python-visible methods are in str_methods.c and the
 * formatting machinery in str_format.c. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tracemalloc.h"
#include "minipy/tuple.h"
#include "minipy/unicode.h"

/* ---- construction ----------------------------------------------------------- */

/* A str of nbytes bytes of UTF-8 with nchars code points, uninitialised. */
static mp_str *str_alloc(mp_type *type, size_t nbytes, intptr_t nchars, int ascii)
{
    mp_str *s = (mp_str *)mp_obj_alloc_var(type, (intptr_t)nbytes);
    if (!s)
        return NULL;
    s->ob.size = nchars;
    s->nbytes = nbytes;
    s->hash = -1;
    s->ascii = (unsigned char)ascii;
    s->data[nbytes] = '\0';
    return s;
}

/* Counts the code points of valid UTF-8 (continuation bytes don't count). */
static intptr_t count_chars(const char *p, size_t n, int *ascii)
{
    intptr_t count = 0;
    int all_ascii = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80)
            all_ascii = 0;
        if ((c & 0xC0) != 0x80)
            count++;
    }
    *ascii = all_ascii;
    return count;
}

static mp_obj empty_str;

mp_obj mp_str_new(const char *utf8, size_t nbytes)
{
    if (nbytes == 0 && empty_str)
        return mp_newref(empty_str);
    int ascii;
    intptr_t n = count_chars(utf8, nbytes, &ascii);
    mp_str *s = str_alloc(&mp_type_str, nbytes, n, ascii);
    if (s)
        memcpy(s->data, utf8, nbytes);
    return (mp_obj)s;
}

mp_obj mp_str_from_cstr(const char *s)
{
    return mp_str_new(s, strlen(s));
}

mp_obj mp_str_from_char(uint32_t cp)
{
    if (cp < 128) {
        char c = (char)cp;
        return mp_str_new(&c, 1);
    }
    mp_buf b = MP_BUF_INIT;
    mp_buf_put_utf8(&b, cp);
    if (b.failed)
        return mp_err_no_memory();
    mp_obj r = mp_str_new(b.data, b.len);
    mp_buf_free(&b);
    return r;
}

/* Returns the finished buffer as a str and frees the buffer. */
mp_obj mp_str_from_buf(mp_buf *b)
{
    if (b->failed) {
        mp_buf_free(b);
        return mp_err_no_memory();
    }
    mp_obj r = mp_str_new(b->data ? b->data : "", b->len);
    mp_buf_free(b);
    return r;
}

static const char *decode_reason(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    if (c < 0xC2 || c > 0xF4)
        return "invalid start byte";
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n < need) {
        /* Truncated: valid so far, then the data ends. */
        for (size_t i = 1; i < n; i++)
            if ((p[i] & 0xC0) != 0x80)
                return "invalid continuation byte";
        return "unexpected end of data";
    }
    return "invalid continuation byte";
}

mp_obj mp_str_decode_utf8(const char *bytes, size_t n, const char *errors)
{
    const unsigned char *p = (const unsigned char *)bytes;
    mp_buf b = MP_BUF_INIT;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int len = mp_utf8_decode(p + i, n - i, &cp);
        if (len > 0) {
            mp_buf_append(&b, bytes + i, (size_t)len);
            i += (size_t)len;
            continue;
        }
        if (!errors || strcmp(errors, "strict") == 0) {
            mp_buf_free(&b);
            return mp_err_format(&mp_type_UnicodeDecodeError,
                                 "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                                 p[i], i, decode_reason(p + i, n - i));
        }
        if (strcmp(errors, "replace") == 0)
            mp_buf_put_utf8(&b, 0xFFFD);
        else if (strcmp(errors, "surrogateescape") == 0)
            mp_buf_put_utf8(&b, 0xDC00 + p[i]);
        else if (strcmp(errors, "backslashreplace") == 0)
            mp_buf_printf(&b, "\\x%02x", p[i]);
        else if (strcmp(errors, "ignore") != 0) {
            mp_buf_free(&b);
            return mp_err_format(&mp_type_LookupError, "unknown error handler name '%s'", errors);
        }
        i++;
    }
    return mp_str_from_buf(&b);
}

/* ---- formatting from C ---------------------------------------------------------------
 * printf conversions, plus %R repr(obj), %S str(obj), %A ascii(obj), %U a
 * str object, %T the type name of an object, %N a type's name. */

static int append_obj(mp_buf *b, mp_obj o, char how)
{
    mp_obj s;
    switch (how) {
    case 'R': s = mp_obj_repr(o); break;
    case 'S': s = mp_obj_str(o); break;
    case 'A': s = mp_obj_ascii(o); break;
    case 'U': s = mp_newref(o); break;
    case 'T': mp_buf_puts(b, mp_type_of(o)->name); return 0;
    default: mp_buf_puts(b, ((mp_type *)o)->name); return 0;
    }
    if (!s)
        return -1;
    mp_buf_append(b, mp_str_utf8(s), mp_str_nbytes(s));
    mp_decref(s);
    return 0;
}

int mp_buf_vformat(mp_buf *b, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            mp_buf_puts(b, p);
            break;
        }
        mp_buf_append(b, p, (size_t)(pct - p));
        const char *q = pct + 1;
        if (*q == '%') {
            mp_buf_putc(b, '%');
            p = q + 1;
            continue;
        }
        if (strchr("RSAUTN", *q)) {
            if (append_obj(b, va_arg(ap, mp_obj), *q) < 0)
                return -1;
            p = q + 1;
            continue;
        }
        /* A standard conversion: copy its spec (a '*' width or precision
         * written out as its number) and let vsnprintf do it. */
        char spec[48];
        size_t slen = 0;
        spec[slen++] = '%';
        while (*q && strchr("-+ #0123456789.*", *q) && slen < sizeof spec - 24) {
            if (*q == '*')
                slen += (size_t)snprintf(spec + slen, sizeof spec - slen, "%d", va_arg(ap, int));
            else
                spec[slen++] = *q;
            q++;
        }
        int longs = 0, size_t_ = 0, shorts = 0;
        while (*q == 'l' || *q == 'z' || *q == 'h' || *q == 'j') {
            if (*q == 'l') longs++;
            else if (*q == 'h') shorts++;
            else size_t_ = 1;
            q++;
        }
        char conv = *q;
        const char *lenstart = q;
        while (lenstart > pct && strchr("lzhj", lenstart[-1]))
            lenstart--;
        size_t lenmods = (size_t)(q - lenstart) + 1;
        if (!conv || slen + lenmods >= sizeof spec)
            return -1;
        memcpy(spec + slen, lenstart, lenmods);
        spec[slen + lenmods] = '\0';
        switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
            if (size_t_)
                mp_buf_printf(b, spec, va_arg(ap, size_t));
            else if (longs >= 2)
                mp_buf_printf(b, spec, va_arg(ap, long long));
            else if (longs == 1)
                mp_buf_printf(b, spec, va_arg(ap, long));
            else
                mp_buf_printf(b, spec, va_arg(ap, int));
            break;
        case 's': mp_buf_printf(b, spec, va_arg(ap, const char *)); break;
        case 'p': mp_buf_printf(b, spec, va_arg(ap, void *)); break;
        case 'f': case 'g': case 'e': case 'G': case 'E':
            mp_buf_printf(b, spec, va_arg(ap, double));
            break;
        default:
            return -1;
        }
        (void)shorts;
        p = q + 1;
    }
    return b->failed ? -1 : 0;
}

mp_obj mp_str_from_vformat(const char *fmt, va_list ap)
{
    mp_buf b = MP_BUF_INIT;
    if (mp_buf_vformat(&b, fmt, ap) < 0) {
        int oom = b.failed;
        mp_buf_free(&b);
        if (oom)
            return mp_err_no_memory();
        return mp_err_occurred() ? NULL
                                 : mp_err_set_str(&mp_type_SystemError, "bad format string");
    }
    return mp_str_from_buf(&b);
}

mp_obj mp_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mp_obj r = mp_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}

/* ---- interning ------------------------------------------------------------------------
 * An open-addressing set of immortal strs keyed by their text.  Interned
 * strs live until mp_str_fini at exit. */

static mp_str **intern_table;
static size_t intern_cap, intern_count;

static mp_hash_t hash_bytes(const char *p, size_t n)
{
    /* FNV-1a with a final mix; never -1. */
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 32;
    mp_hash_t r = (mp_hash_t)h;
    return r == -1 ? -2 : r;
}

mp_hash_t mp_str_hash(mp_obj o)
{
    mp_str *s = (mp_str *)o;
    if (s->hash == -1)
        s->hash = s->nbytes ? hash_bytes(s->data, s->nbytes) : 0;
    return s->hash;
}

static int intern_grow(void)
{
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    mp_str **t = mp_calloc(cap, sizeof *t);
    if (!t)
        return -1;
    for (size_t i = 0; i < intern_cap; i++) {
        mp_str *s = intern_table[i];
        if (!s)
            continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    mp_free(intern_table);
    intern_table = t;
    intern_cap = cap;
    return 0;
}

/* The slot for text, holding the interned str or NULL where it would go. */
static mp_str **intern_slot(const char *text, size_t n, mp_hash_t h)
{
    size_t j = (size_t)h & (intern_cap - 1);
    while (intern_table[j]) {
        mp_str *s = intern_table[j];
        if (s->hash == h && s->nbytes == n && memcmp(s->data, text, n) == 0)
            break;
        j = (j + 1) & (intern_cap - 1);
    }
    return &intern_table[j];
}

static mp_obj intern_text(const char *text, size_t n, mp_obj existing)
{
    if ((intern_count + 1) * 2 > intern_cap && intern_grow() < 0)
        return mp_err_no_memory();
    mp_hash_t h = n ? hash_bytes(text, n) : 0;
    mp_str **slot = intern_slot(text, n, h);
    if (*slot)
        return (mp_obj)*slot;
    mp_str *s;
    if (existing && mp_str_check_exact(existing) && existing->refcnt == 1) {
        s = (mp_str *)mp_newref(existing);
    } else {
        s = (mp_str *)mp_str_new(text, n);
        if (!s)
            return NULL;
        if (s->interned) { /* the shared empty string */
            mp_decref((mp_obj)s);
            s = (mp_str *)mp_str_new(text, n);
            if (!s)
                return NULL;
        }
    }
    s->hash = h;
    s->interned = 1;
    s->ob.ob.refcnt = MP_IMMORTAL_REFCNT;
#ifdef MP_DEBUG
    mp_debug_live_objects--; /* freed by mp_str_fini, not by counting */
#endif
    *slot = s;
    intern_count++;
    return (mp_obj)s;
}

mp_obj mp_str_intern(const char *s)
{
    return intern_text(s, strlen(s), NULL);
}

mp_obj mp_str_intern_obj(mp_obj s)
{
    if (((mp_str *)s)->interned)
        return s;
    mp_obj r = intern_text(mp_str_utf8(s), mp_str_nbytes(s), s);
    mp_decref(s);
    return r ? mp_newref(r) : NULL;
}

int mp_str_init(void)
{
    mp_obj e = mp_str_intern("");
    if (!e)
        return -1;
    empty_str = e;
    return 0;
}

void mp_str_fini(void)
{
    for (size_t i = 0; i < intern_cap; i++)
        if (intern_table[i])
            mp_obj_free((mp_obj)intern_table[i]);
#ifdef MP_DEBUG
    mp_debug_live_objects += (intptr_t)intern_count;
#endif
    mp_free(intern_table);
    intern_table = NULL;
    intern_cap = intern_count = 0;
    empty_str = NULL;
}

/* ---- comparison --------------------------------------------------------------------------- */

int mp_str_eq(mp_obj a, mp_obj b)
{
    if (a == b)
        return 1;
    mp_str *x = (mp_str *)a, *y = (mp_str *)b;
    if (x->nbytes != y->nbytes)
        return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

int mp_str_eq_cstr(mp_obj a, const char *s)
{
    size_t n = strlen(s);
    return mp_str_nbytes(a) == n && memcmp(mp_str_utf8(a), s, n) == 0;
}

/* UTF-8 byte order is code point order, surrogates included. */
int mp_str_compare(mp_obj a, mp_obj b)
{
    mp_str *x = (mp_str *)a, *y = (mp_str *)b;
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c)
        return c;
    return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
}

static mp_obj str_richcompare(mp_obj a, mp_obj b, int op)
{
    if (!mp_str_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    int r;
    switch (op) {
    case MP_EQ: return mp_bool(mp_str_eq(a, b));
    case MP_NE: return mp_bool(!mp_str_eq(a, b));
    default: break;
    }
    int c = mp_str_compare(a, b);
    switch (op) {
    case MP_LT: r = c < 0; break;
    case MP_LE: r = c <= 0; break;
    case MP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mp_bool(r);
}

/* ---- indexing ---------------------------------------------------------------------------- */

/* The last position found in a non-ASCII str: indexing walks the UTF-8
 * from there (or from either end, whichever is nearer), so a loop over
 * s[i] or over slices is linear, not quadratic.  A str that changes
 * (appends in place) or dies clears it. */
static struct {
    const mp_str *s;
    intptr_t index;
    size_t off;
} last_pos;

static void forget_pos(const mp_str *s)
{
    if (last_pos.s == s)
        last_pos.s = NULL;
}

size_t mp_str_byte_offset(mp_obj o, intptr_t i)
{
    mp_str *s = (mp_str *)o;
    if (s->ascii)
        return (size_t)i;
    intptr_t len = s->ob.size;
    if (i <= 0)
        return 0;
    if (i >= len)
        return s->nbytes;
    const unsigned char *d = (const unsigned char *)s->data;
    intptr_t k = 0;
    size_t off = 0;
    if (len - i < i) {
        k = len;
        off = s->nbytes;
    }
    if (last_pos.s == s) {
        intptr_t dist = last_pos.index > i ? last_pos.index - i : i - last_pos.index;
        if (dist < (k > i ? k - i : i - k)) {
            k = last_pos.index;
            off = last_pos.off;
        }
    }
    for (; k < i; k++) {
        off++;
        while (off < s->nbytes && (d[off] & 0xC0) == 0x80)
            off++;
    }
    for (; k > i; k--) {
        off--;
        while (off > 0 && (d[off] & 0xC0) == 0x80)
            off--;
    }
    last_pos.s = s;
    last_pos.index = i;
    last_pos.off = off;
    return off;
}

static uint32_t decode_at(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80)
        return u[0];
    if (u[0] < 0xE0)
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    if (u[0] < 0xF0)
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

uint32_t mp_str_char_at(mp_obj s, intptr_t i)
{
    return decode_at(mp_str_utf8(s) + mp_str_byte_offset(s, i));
}

mp_obj mp_str_substr(mp_obj s, intptr_t start, intptr_t end)
{
    if (start <= 0 && end >= mp_str_len(s) && mp_str_check_exact(s))
        return mp_newref(s);
    if (end <= start)
        return mp_newref(empty_str);
    size_t a = mp_str_byte_offset(s, start), b = (size_t)end;
    if (!((mp_str *)s)->ascii) {
        /* Walk on from a rather than from the start again. */
        const char *d = mp_str_utf8(s);
        size_t nb = mp_str_nbytes(s);
        b = a;
        for (intptr_t k = start; k < end; k++) {
            b++;
            while (b < nb && ((unsigned char)d[b] & 0xC0) == 0x80)
                b++;
        }
    }
    return mp_str_new(mp_str_utf8(s) + a, b - a);
}

static intptr_t str_length(mp_obj s) { return mp_str_len(s); }

static mp_obj str_item(mp_obj s, intptr_t i)
{
    intptr_t n = mp_str_len(s);
    if (i < 0 || i >= n)
        return mp_err_set_str(&mp_type_IndexError, "string index out of range");
    if (((mp_str *)s)->ascii)
        return mp_str_new(mp_str_utf8(s) + i, 1);
    return mp_str_from_char(mp_str_char_at(s, i));
}

static mp_obj str_subscript(mp_obj s, mp_obj key)
{
    if (mp_index_check(key)) {
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return NULL;
        if (i < 0)
            i += mp_str_len(s);
        return str_item(s, i);
    }
    if (mp_slice_check(key)) {
        intptr_t start, stop, step, n;
        if (mp_slice_indices(key, mp_str_len(s), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return mp_str_substr(s, start, stop);
        mp_buf b = MP_BUF_INIT;
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            mp_buf_put_utf8(&b, mp_str_char_at(s, i));
        return mp_str_from_buf(&b);
    }
    return mp_err_format(&mp_type_TypeError, "string indices must be integers, not '%s'",
                         mp_type_of(key)->name);
}

/* `sub in s` */
static int str_contains(mp_obj s, mp_obj sub)
{
    if (!mp_str_check(sub)) {
        mp_err_format(&mp_type_TypeError, "'in <string>' requires string as left operand, not %s",
                      mp_type_of(sub)->name);
        return -1;
    }
    size_t n = mp_str_nbytes(sub);
    if (n == 0)
        return 1;
    return memmem(mp_str_utf8(s), mp_str_nbytes(s), mp_str_utf8(sub), n) != NULL;
}

/* ---- concatenation, join ---------------------------------------------------------------- */

mp_obj mp_str_concat(mp_obj a, mp_obj b)
{
    if (!mp_str_check(b))
        return mp_err_format(&mp_type_TypeError, "can only concatenate str (not \"%s\") to str",
                             mp_type_of(b)->name);
    mp_str *x = (mp_str *)a, *y = (mp_str *)b;
    if (y->nbytes == 0 && mp_str_check_exact(a))
        return mp_newref(a);
    if (x->nbytes == 0 && mp_str_check_exact(b))
        return mp_newref(b);
    mp_str *r = str_alloc(&mp_type_str, x->nbytes + y->nbytes, x->ob.size + y->ob.size,
                          x->ascii && y->ascii);
    if (!r)
        return NULL;
    memcpy(r->data, x->data, x->nbytes);
    memcpy(r->data + x->nbytes, y->data, y->nbytes);
    return (mp_obj)r;
}

/* `s += x` on a str nobody else holds grows s where it is (CPython's
 * unicode_concatenate): without it a loop of appends copies the whole
 * text each time and is quadratic.  The block grows by a quarter beyond
 * what is needed, so that appends are amortised O(1) whatever realloc does
 * with large blocks; malloc_usable_size tells how much room there is. */
mp_obj mp_str_append_consume(mp_obj a, mp_obj b)
{
    mp_str *x = (mp_str *)a, *y = (mp_str *)b;
    if (MP_TRACING(mp_tracemalloc_tracing)) {
        /* tracemalloc knows each object by its address and size: make a
         * new one as the plain concatenation does. */
        mp_obj r = mp_str_concat(a, b);
        if (r)
            mp_decref(a);
        return r;
    }
    if (y->nbytes == 0)
        return a;
    if (x->nbytes == 0) {
        /* As mp_str_concat: "" + b is b itself. */
        mp_decref(a);
        return mp_newref(b);
    }
    forget_pos(x);
    size_t nbytes = x->nbytes + y->nbytes;
    size_t need = sizeof(mp_str) + 1 + nbytes;
    if (need > malloc_usable_size(x)) {
        if (nbytes > (SIZE_MAX - sizeof(mp_str)) / 2) {
            mp_err_no_memory();
            return NULL;
        }
        mp_str *grown = mp_realloc(x, need + need / 4);
        if (!grown) {
            mp_err_no_memory();
            return NULL;
        }
        x = grown;
    }
    memcpy(x->data + x->nbytes, y->data, y->nbytes);
    x->data[nbytes] = '\0';
    x->nbytes = nbytes;
    x->ob.size += y->ob.size;
    x->ascii = x->ascii && y->ascii;
    x->hash = -1;
    return (mp_obj)x;
}

static mp_obj str_concat_slot(mp_obj a, mp_obj b)
{
    return mp_str_concat(a, b);
}

mp_obj mp_str_join(mp_obj sep, mp_obj iterable)
{
    mp_obj seq = mp_sequence_list(iterable);
    if (!seq)
        return NULL;
    intptr_t n = MP_LIST_LEN(seq);
    size_t total = 0;
    intptr_t chars = 0;
    int ascii = ((mp_str *)sep)->ascii;
    for (intptr_t i = 0; i < n; i++) {
        mp_obj item = MP_LIST_GET(seq, i);
        if (!mp_str_check(item)) {
            mp_err_format(&mp_type_TypeError, "sequence item %zd: expected str instance, %s found",
                          (size_t)i, mp_type_of(item)->name);
            mp_decref(seq);
            return NULL;
        }
        total += mp_str_nbytes(item);
        chars += mp_str_len(item);
        ascii &= ((mp_str *)item)->ascii;
    }
    if (n == 1 && mp_str_check_exact(MP_LIST_GET(seq, 0))) {
        mp_obj r = mp_newref(MP_LIST_GET(seq, 0));
        mp_decref(seq);
        return r;
    }
    if (n > 1) {
        total += mp_str_nbytes(sep) * (size_t)(n - 1);
        chars += mp_str_len(sep) * (n - 1);
    }
    mp_str *r = str_alloc(&mp_type_str, total, chars, ascii);
    if (!r) {
        mp_decref(seq);
        return NULL;
    }
    char *d = r->data;
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(d, mp_str_utf8(sep), mp_str_nbytes(sep));
            d += mp_str_nbytes(sep);
        }
        mp_obj item = MP_LIST_GET(seq, i);
        memcpy(d, mp_str_utf8(item), mp_str_nbytes(item));
        d += mp_str_nbytes(item);
    }
    mp_decref(seq);
    return (mp_obj)r;
}

static mp_obj str_repeat(mp_obj s, intptr_t n)
{
    if (n <= 0)
        return mp_newref(empty_str);
    if (n == 1 && mp_str_check_exact(s))
        return mp_newref(s);
    size_t nb = mp_str_nbytes(s);
    if (nb && (size_t)n > (SIZE_MAX / 4) / nb)
        return mp_err_no_memory();
    mp_str *r = str_alloc(&mp_type_str, nb * (size_t)n, mp_str_len(s) * n, ((mp_str *)s)->ascii);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        memcpy(r->data + (size_t)i * nb, mp_str_utf8(s), nb);
    return (mp_obj)r;
}

/* ---- repr, str, hash ---------------------------------------------------------------------- */

mp_obj mp_str_repr(mp_obj s)
{
    mp_buf b = MP_BUF_INIT;
    mp_repr_str(&b, mp_str_utf8(s), mp_str_nbytes(s));
    return mp_str_from_buf(&b);
}

static mp_obj str_str(mp_obj s)
{
    if (mp_str_check_exact(s))
        return mp_newref(s);
    return mp_str_new(mp_str_utf8(s), mp_str_nbytes(s));
}

static void str_dealloc(mp_obj s)
{
    forget_pos((mp_str *)s);
    mp_obj_free(s);
}

static mp_obj str_mod(mp_obj a, mp_obj b)
{
    if (!mp_str_check(a))
        MP_RETURN_NOTIMPLEMENTED;
    return mp_str_format_percent(a, b);
}

/* ---- iteration ---------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj str;      /* NULL when exhausted */
    size_t offset;   /* byte offset of the next character */
} str_iter;

static mp_obj str_iter_next(mp_obj self)
{
    str_iter *it = (str_iter *)self;
    if (!it->str)
        return NULL;
    size_t nb = mp_str_nbytes(it->str);
    if (it->offset >= nb) {
        MP_CLEAR(it->str);
        return NULL;
    }
    const char *d = mp_str_utf8(it->str) + it->offset;
    size_t len = 1;
    while (it->offset + len < nb && ((unsigned char)d[len] & 0xC0) == 0x80)
        len++;
    it->offset += len;
    return mp_str_new(d, len);
}

static void str_iter_dealloc(mp_obj self)
{
    mp_xdecref(((str_iter *)self)->str);
    mp_obj_free(self);
}

static mp_obj str_iter_length_hint(mp_obj self)
{
    str_iter *it = (str_iter *)self;
    if (!it->str)
        return mp_small(0);
    intptr_t done = 0;
    const char *d = mp_str_utf8(it->str);
    for (size_t i = 0; i < it->offset; i++)
        if (((unsigned char)d[i] & 0xC0) != 0x80)
            done++;
    return mp_int_from_ssize(mp_str_len(it->str) - done);
}

static const mp_method_def str_iter_methods[] = {
    {"__length_hint__", (void (*)(void))str_iter_length_hint, MP_METH_NOARGS, NULL},
    {NULL},
};

mp_obj mp_self_iter(mp_obj self) { return mp_newref(self); }

mp_type mp_type_str_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter),
    .dealloc = str_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

static mp_obj str_iter_new(mp_obj s)
{
    str_iter *it = (str_iter *)mp_obj_alloc(&mp_type_str_iterator);
    if (!it)
        return NULL;
    it->str = mp_newref(s);
    return (mp_obj)it;
}

/* ---- construction from Python: str(object='', encoding, errors) ---------------------------- */

static mp_obj str_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    mp_obj obj = NULL, encoding = NULL, errors = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "str", kwlist, 0, 3, &obj, &encoding, &errors) < 0)
        return NULL;
    mp_obj r;
    if (!obj)
        r = mp_newref(empty_str);
    else if (encoding || errors)
        r = mp_str_decode_object(obj, encoding, errors);
    else
        r = mp_obj_str(obj);
    if (!r || type == &mp_type_str)
        return r;
    /* A subclass: copy the text into an instance of it. */
    mp_str *s = str_alloc(type, mp_str_nbytes(r), mp_str_len(r), ((mp_str *)r)->ascii);
    if (s)
        memcpy(s->data, mp_str_utf8(r), mp_str_nbytes(r));
    mp_decref(r);
    return (mp_obj)s;
}

static const mp_sequence_methods str_as_sequence = {
    .length = str_length,
    .concat = str_concat_slot,
    .repeat = str_repeat,
    .item = str_item,
    .contains = str_contains,
};

static const mp_mapping_methods str_as_mapping = {
    .length = str_length,
    .subscript = str_subscript,
};

static const mp_number_methods str_as_number = {
    .remainder = str_mod,
};

mp_type mp_type_str = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "str",
    .basicsize = sizeof(mp_str) + 1,
    .itemsize = 1,
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_STR_SUBCLASS | MP_TPFLAGS_MATCH_SELF,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .dealloc = str_dealloc,
    .repr = mp_str_repr,
    .str = str_str,
    .hash = mp_str_hash,
    .richcompare = str_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = str_iter_new,
    .new_ = str_new,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .methods = mp_str_methods,
};

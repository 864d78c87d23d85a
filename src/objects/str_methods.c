/* str's methods, with CPython 3.11's results and messages: searching,
 * splitting, stripping, padding, case mapping, the is* predicates,
 * translate, and the table the type object points at (mp_str_methods).
 *
 * Strings are UTF-8 inside (str.h), so indices and counts, which Python
 * gives in code points, are turned into byte offsets at the edges; the
 * searching itself works on bytes, which is safe because a valid UTF-8
 * needle can only match a haystack at character boundaries.  Each method
 * has a fast path for ASCII strings (byte offset == index), the common
 * case.  Formatting (format, format_map, __format__, %) is in
 * str_format.c, the codecs behind encode in codecs.c. */
#include <limits.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/unicode.h"

#include "str_docs.h"

#define STR(o) ((mp_str *)(o))
#define IS_CONT(c) (((unsigned char)(c) & 0xC0) == 0x80)

/* ---- building results ------------------------------------------------------------ */

mp_obj mp_str_new_uninit(size_t nbytes, intptr_t nchars, int ascii)
{
    if (nbytes == 0)
        return mp_str_new("", 0);
    mp_str *s = (mp_str *)mp_obj_alloc_var(&mp_type_str, (intptr_t)nbytes);
    if (!s)
        return NULL;
    s->ob.size = nchars;
    s->nbytes = nbytes;
    s->hash = -1;
    s->ascii = (unsigned char)ascii;
    s->interned = 0;
    s->data[nbytes] = '\0';
    return (mp_obj)s;
}

/* self as an exact str: itself, or a copy when it is a subclass instance
 * (CPython's unicode_result_unchanged). */
static mp_obj unchanged(mp_obj self)
{
    if (mp_str_check_exact(self))
        return mp_newref(self);
    return mp_str_new(mp_str_utf8(self), mp_str_nbytes(self));
}

/* self's bytes [a, b) as a str. */
static mp_obj sub_bytes(mp_obj self, size_t a, size_t b)
{
    if (a == 0 && b == mp_str_nbytes(self))
        return unchanged(self);
    if (STR(self)->ascii) {
        mp_obj r = mp_str_new_uninit(b - a, (intptr_t)(b - a), 1);
        if (r && b > a)
            memcpy(STR(r)->data, mp_str_utf8(self) + a, b - a);
        return r;
    }
    return mp_str_new(mp_str_utf8(self) + a, b - a);
}

static intptr_t count_chars(const char *p, size_t n)
{
    intptr_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += !IS_CONT(p[i]);
    return c;
}

/* The byte offset of code point i (0 <= i <= len), walking from whichever
 * end is nearer. */
static size_t char_offset(mp_obj s, intptr_t i)
{
    if (STR(s)->ascii)
        return (size_t)i;
    intptr_t len = mp_str_len(s);
    const char *d = mp_str_utf8(s);
    size_t nb = mp_str_nbytes(s);
    if (i <= len / 2) {
        size_t off = 0;
        for (intptr_t k = 0; k < i; k++)
            for (off++; off < nb && IS_CONT(d[off]); off++)
                ;
        return off;
    }
    size_t off = nb;
    for (intptr_t k = len; k > i; k--)
        for (off--; IS_CONT(d[off]); off--)
            ;
    return off;
}

/* The byte offsets of code points start and end (start <= end). */
static void char_range(mp_obj s, intptr_t start, intptr_t end, size_t *a, size_t *b)
{
    if (STR(s)->ascii) {
        *a = (size_t)start;
        *b = (size_t)end;
        return;
    }
    *a = char_offset(s, start);
    if (end == mp_str_len(s)) {
        *b = mp_str_nbytes(s);
        return;
    }
    const char *d = mp_str_utf8(s);
    size_t off = *a, nb = mp_str_nbytes(s);
    for (intptr_t k = start; k < end; k++)
        for (off++; off < nb && IS_CONT(d[off]); off++)
            ;
    *b = off;
}

/* ---- arguments ------------------------------------------------------------------- */

static const char *type_name_or_none(mp_obj o)
{
    return o == mp_none ? "None" : mp_type_of(o)->name;
}

/* An index-sized argument (Argument Clinic's Py_ssize_t). */
static int ssize_arg(mp_obj o, intptr_t *out)
{
    if (mp_is_small(o)) {
        *out = mp_small_value(o);
        return 0;
    }
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    int r = mp_int_as_ssize(i, out);
    mp_decref(i);
    return r;
}

/* A C int argument (tabsize, keepends). */
static int int_arg(mp_obj o, int *out)
{
    intptr_t v;
    if (mp_is_small(o)) {
        v = mp_small_value(o);
    } else {
        mp_obj i = mp_number_index(o);
        if (!i)
            return -1;
        int clipped = mp_int_as_ssize_clip(i, &v);
        mp_decref(i);
        if (clipped)
            v = INTPTR_MAX;
    }
    if (v > INT_MAX || v < INT_MIN) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A start or end of find() & co.: None leaves *out alone; big values clip. */
static int slice_index(mp_obj o, intptr_t *out)
{
    if (o == mp_none)
        return 0;
    if (mp_is_small(o)) {
        *out = mp_small_value(o);
        return 0;
    }
    if (!mp_index_check(o)) {
        mp_err_set_str(&mp_type_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    intptr_t v = mp_number_as_ssize(o, NULL);
    if (v == -1 && mp_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* Clips [start, end) to a string of len code points, as CPython's
 * ADJUST_INDICES (the result may still have end < start). */
static void adjust_indices(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* The arguments of find, rfind, index, rindex, count, startswith and
 * endswith: (sub[, start[, end]]), positional only, as CPython's
 * PyArg_ParseTuple reports them.  *sub is borrowed. */
static int find_args(const char *name, mp_obj const *args, size_t nargs, mp_obj kwnames,
                     mp_obj *sub, intptr_t *start, intptr_t *end)
{
    if (mp_arg_no_kwargs(name, kwnames) < 0)
        return -1;
    if (nargs < 1 || nargs > 3) {
        mp_err_format(&mp_type_TypeError, "%s() takes at %s %d argument%s (%zu given)", name,
                      nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s",
                      nargs);
        return -1;
    }
    *sub = args[0];
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > 1 && slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

static int check_str(mp_obj o)
{
    if (mp_str_check(o))
        return 0;
    mp_err_format(&mp_type_TypeError, "must be str, not %s", mp_type_of(o)->name);
    return -1;
}

/* mp_arg_parse, after the check Argument Clinic makes first: more
 * arguments in all than there are parameters. */
static int parse_kw(mp_obj const *args, size_t nargs, mp_obj kwnames, const char *fname,
                    const char *const *kwlist, int nparams, mp_obj *a, mp_obj *b)
{
    size_t total = nargs + (kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0);
    if (total > (size_t)nparams) {
        mp_err_format(&mp_type_TypeError, "%s() takes at most %d argument%s (%zu given)", fname,
                      nparams, nparams == 1 ? "" : "s", total);
        return -1;
    }
    if (nparams == 1)
        return mp_arg_parse(args, nargs, kwnames, fname, kwlist, 0, 1, a);
    return mp_arg_parse(args, nargs, kwnames, fname, kwlist, 0, 2, a, b);
}

/* ---- searching ------------------------------------------------------------------- */

/* The first occurrence of needle in hay, or NULL (m > 0). */
static const char *search(const char *h, size_t n, const char *nd, size_t m)
{
    if (m > n)
        return NULL;
    if (m == 1)
        return memchr(h, nd[0], n);
    return memmem(h, n, nd, m);
}

/* Searching backwards: Knuth-Morris-Pratt over the reversed strings, so
 * the cost stays linear whatever the text (rfind, rsplit, rpartition,
 * rindex); memrchr skips ahead while nothing is matched. */
typedef struct rsearch {
    const char *nd;
    size_t m;
    size_t *fail;       /* fail[q]: longest proper border of the reversed needle's first q+1 bytes */
    size_t small[32];
} rsearch;

static int rsearch_init(rsearch *r, const char *nd, size_t m)
{
    r->nd = nd;
    r->m = m;
    r->fail = m <= 32 ? r->small : mp_malloc(m * sizeof(size_t));
    if (!r->fail) {
        mp_err_no_memory();
        return -1;
    }
    /* P[x] = nd[m - 1 - x] */
    r->fail[0] = 0;
    size_t k = 0;
    for (size_t q = 1; q < m; q++) {
        while (k > 0 && nd[m - 1 - q] != nd[m - 1 - k])
            k = r->fail[k - 1];
        if (nd[m - 1 - q] == nd[m - 1 - k])
            k++;
        r->fail[q] = k;
    }
    return 0;
}

static void rsearch_fini(rsearch *r)
{
    if (r->fail != r->small)
        mp_free(r->fail);
}

/* The start of the last occurrence that lies within h[0..n), or NULL. */
static const char *rsearch_run(const rsearch *r, const char *h, size_t n)
{
    const char *nd = r->nd;
    size_t m = r->m, q = 0, pos = n;
    if (m > n)
        return NULL;
    if (m == 1)
        return memrchr(h, nd[0], n);
    while (pos > 0) {
        if (q == 0) {
            const char *hit = memrchr(h, nd[m - 1], pos);
            if (!hit)
                return NULL;
            pos = (size_t)(hit - h);
            q = 1;
            continue;
        }
        char c = h[--pos];
        while (q > 0 && c != nd[m - 1 - q])
            q = r->fail[q - 1];
        if (c == nd[m - 1 - q])
            q++;
        if (q == m)
            return h + pos;
    }
    return NULL;
}

/* find/rfind/index/rindex: the index of sub in s[start:end], or -1;
 * -2 on error. */
static intptr_t find_in(mp_obj self, mp_obj sub, intptr_t start, intptr_t end, int reverse)
{
    intptr_t len = mp_str_len(self);
    adjust_indices(&start, &end, len);
    if (end - start < mp_str_len(sub))
        return -1;
    size_t m = mp_str_nbytes(sub);
    if (m == 0)
        return reverse ? end : start;
    size_t a, b;
    char_range(self, start, end, &a, &b);
    const char *d = mp_str_utf8(self), *hit;
    if (reverse) {
        rsearch r;
        if (rsearch_init(&r, mp_str_utf8(sub), m) < 0)
            return -2;
        hit = rsearch_run(&r, d + a, b - a);
        rsearch_fini(&r);
    } else {
        hit = search(d + a, b - a, mp_str_utf8(sub), m);
    }
    if (!hit)
        return -1;
    if (STR(self)->ascii)
        return hit - d;
    return start + count_chars(d + a, (size_t)(hit - (d + a)));
}

static mp_obj find_common(const char *name, mp_obj self, mp_obj const *args, size_t nargs,
                          mp_obj kwnames, int reverse, int raise)
{
    mp_obj sub;
    intptr_t start, end;
    if (find_args(name, args, nargs, kwnames, &sub, &start, &end) < 0 || check_str(sub) < 0)
        return NULL;
    intptr_t i = find_in(self, sub, start, end, reverse);
    if (i == -2)
        return NULL;
    if (i == -1 && raise)
        return mp_err_set_str(&mp_type_ValueError, "substring not found");
    return mp_int_from_ssize(i);
}

static mp_obj str_find(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return find_common("find", self, args, nargs, kwnames, 0, 0);
}

static mp_obj str_rfind(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return find_common("rfind", self, args, nargs, kwnames, 1, 0);
}

static mp_obj str_index(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return find_common("index", self, args, nargs, kwnames, 0, 1);
}

static mp_obj str_rindex(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return find_common("rindex", self, args, nargs, kwnames, 1, 1);
}

/* Non-overlapping occurrences of nd in h[0..n), at most max (m > 0). */
static intptr_t count_bytes(const char *h, size_t n, const char *nd, size_t m, intptr_t max)
{
    intptr_t count = 0;
    const char *end = h + n, *hit;
    while (count < max && (hit = search(h, (size_t)(end - h), nd, m))) {
        count++;
        h = hit + m;
    }
    return count;
}

static mp_obj str_count(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj sub;
    intptr_t start, end;
    if (find_args("count", args, nargs, kwnames, &sub, &start, &end) < 0 || check_str(sub) < 0)
        return NULL;
    adjust_indices(&start, &end, mp_str_len(self));
    if (end - start < mp_str_len(sub))
        return mp_small(0);
    if (mp_str_nbytes(sub) == 0)
        return mp_int_from_ssize(end - start + 1);
    size_t a, b;
    char_range(self, start, end, &a, &b);
    return mp_int_from_ssize(count_bytes(mp_str_utf8(self) + a, b - a, mp_str_utf8(sub),
                                         mp_str_nbytes(sub), INTPTR_MAX));
}

/* Whether s[start:end] starts (or ends) with sub (CPython's tailmatch). */
static int tailmatch(mp_obj self, mp_obj sub, intptr_t start, intptr_t end, int at_end)
{
    adjust_indices(&start, &end, mp_str_len(self));
    end -= mp_str_len(sub);
    if (end < start)
        return 0;
    size_t m = mp_str_nbytes(sub);
    if (m == 0)
        return 1;
    size_t off = char_offset(self, at_end ? end : start);
    return off + m <= mp_str_nbytes(self) &&
           memcmp(mp_str_utf8(self) + off, mp_str_utf8(sub), m) == 0;
}

static mp_obj starts_ends(const char *name, mp_obj self, mp_obj const *args, size_t nargs,
                          mp_obj kwnames, int at_end)
{
    mp_obj sub;
    intptr_t start, end;
    if (find_args(name, args, nargs, kwnames, &sub, &start, &end) < 0)
        return NULL;
    if (mp_tuple_check(sub)) {
        for (intptr_t i = 0; i < MP_TUPLE_LEN(sub); i++) {
            mp_obj item = MP_TUPLE_GET(sub, i);
            if (!mp_str_check(item))
                return mp_err_format(&mp_type_TypeError,
                                     "tuple for %s must only contain str, not %s", name,
                                     mp_type_of(item)->name);
            if (tailmatch(self, item, start, end, at_end))
                return mp_bool(1);
        }
        return mp_bool(0);
    }
    if (!mp_str_check(sub))
        return mp_err_format(&mp_type_TypeError,
                             "%s first arg must be str or a tuple of str, not %s", name,
                             mp_type_of(sub)->name);
    return mp_bool(tailmatch(self, sub, start, end, at_end));
}

static mp_obj str_startswith(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return starts_ends("startswith", self, args, nargs, kwnames, 0);
}

static mp_obj str_endswith(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return starts_ends("endswith", self, args, nargs, kwnames, 1);
}

/* ---- splitting ------------------------------------------------------------------- */

static int is_space_ascii(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}

/* Whether the character at p is whitespace; *len gets its size. */
static int space_at(const char *p, size_t *len)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        *len = 1;
        return is_space_ascii(c);
    }
    const char *q = p;
    uint32_t cp = mp_utf8_next(&q);
    *len = (size_t)(q - p);
    return (mp_unicode_flags(cp) & MP_UC_SPACE) != 0;
}

/* Whether the character ending at p (exclusive) is whitespace; *len gets
 * its size. */
static int space_before(const char *p, size_t *len)
{
    unsigned char c = (unsigned char)p[-1];
    if (c < 0x80) {
        *len = 1;
        return is_space_ascii(c);
    }
    const char *q = p;
    uint32_t cp = mp_utf8_prev(&q);
    *len = (size_t)(p - q);
    return (mp_unicode_flags(cp) & MP_UC_SPACE) != 0;
}

static int add_piece(mp_obj list, mp_obj self, size_t a, size_t b)
{
    mp_obj s = sub_bytes(self, a, b);
    return s ? mp_list_append_steal(list, s) : -1;
}

static mp_obj split_whitespace(mp_obj self, intptr_t maxcount)
{
    mp_obj list = mp_list_new(0);
    if (!list)
        return NULL;
    const char *d = mp_str_utf8(self);
    size_t n = mp_str_nbytes(self), i = 0, len;
    while (maxcount-- > 0) {
        while (i < n && space_at(d + i, &len))
            i += len;
        if (i == n)
            break;
        size_t j = i;
        while (i < n && !space_at(d + i, &len))
            i += len;
        if (add_piece(list, self, j, i) < 0)
            goto fail;
    }
    if (i < n) {
        while (i < n && space_at(d + i, &len))
            i += len;
        if (i < n && add_piece(list, self, i, n) < 0)
            goto fail;
    }
    return list;
fail:
    mp_decref(list);
    return NULL;
}

static mp_obj rsplit_whitespace(mp_obj self, intptr_t maxcount)
{
    mp_obj list = mp_list_new(0);
    if (!list)
        return NULL;
    const char *d = mp_str_utf8(self);
    size_t i = mp_str_nbytes(self), len;
    while (maxcount-- > 0) {
        while (i > 0 && space_before(d + i, &len))
            i -= len;
        if (i == 0)
            break;
        size_t j = i;
        while (i > 0 && !space_before(d + i, &len))
            i -= len;
        if (add_piece(list, self, i, j) < 0)
            goto fail;
    }
    if (i > 0) {
        while (i > 0 && space_before(d + i, &len))
            i -= len;
        if (i > 0 && add_piece(list, self, 0, i) < 0)
            goto fail;
    }
    if (mp_list_reverse(list) < 0)
        goto fail;
    return list;
fail:
    mp_decref(list);
    return NULL;
}

static mp_obj split_sep(mp_obj self, mp_obj sep, intptr_t maxcount)
{
    size_t m = mp_str_nbytes(sep);
    if (m == 0)
        return mp_err_set_str(&mp_type_ValueError, "empty separator");
    mp_obj list = mp_list_new(0);
    if (!list)
        return NULL;
    const char *d = mp_str_utf8(self), *nd = mp_str_utf8(sep), *hit;
    size_t n = mp_str_nbytes(self), i = 0;
    while (maxcount-- > 0 && (hit = search(d + i, n - i, nd, m))) {
        size_t j = (size_t)(hit - d);
        if (add_piece(list, self, i, j) < 0)
            goto fail;
        i = j + m;
    }
    if (add_piece(list, self, i, n) < 0)
        goto fail;
    return list;
fail:
    mp_decref(list);
    return NULL;
}

static mp_obj rsplit_sep(mp_obj self, mp_obj sep, intptr_t maxcount)
{
    size_t m = mp_str_nbytes(sep);
    if (m == 0)
        return mp_err_set_str(&mp_type_ValueError, "empty separator");
    rsearch r;
    if (rsearch_init(&r, mp_str_utf8(sep), m) < 0)
        return NULL;
    mp_obj list = mp_list_new(0);
    if (!list)
        goto fail;
    const char *d = mp_str_utf8(self), *hit;
    size_t j = mp_str_nbytes(self);
    while (maxcount-- > 0 && (hit = rsearch_run(&r, d, j))) {
        size_t pos = (size_t)(hit - d);
        if (add_piece(list, self, pos + m, j) < 0)
            goto fail;
        j = pos;
    }
    if (add_piece(list, self, 0, j) < 0 || mp_list_reverse(list) < 0)
        goto fail;
    rsearch_fini(&r);
    return list;
fail:
    rsearch_fini(&r);
    mp_xdecref(list);
    return NULL;
}

static mp_obj split_common(const char *name, mp_obj self, mp_obj const *args, size_t nargs,
                           mp_obj kwnames, int reverse)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    mp_obj sep = NULL, maxsplit = NULL;
    if (parse_kw(args, nargs, kwnames, name, kwlist, 2, &sep, &maxsplit) < 0)
        return NULL;
    if (sep == mp_none)
        sep = NULL;
    if (sep && !mp_str_check(sep))
        return mp_err_format(&mp_type_TypeError, "must be str or None, not %s",
                             mp_type_of(sep)->name);
    intptr_t maxcount = -1;
    if (maxsplit && ssize_arg(maxsplit, &maxcount) < 0)
        return NULL;
    if (maxcount < 0)
        maxcount = INTPTR_MAX;
    if (!sep)
        return reverse ? rsplit_whitespace(self, maxcount) : split_whitespace(self, maxcount);
    return reverse ? rsplit_sep(self, sep, maxcount) : split_sep(self, sep, maxcount);
}

static mp_obj str_split(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return split_common("split", self, args, nargs, kwnames, 0);
}

static mp_obj str_rsplit(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return split_common("rsplit", self, args, nargs, kwnames, 1);
}

/* The size of the line boundary at p (\r\n counts as one), or 0. */
static size_t linebreak_at(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        if (c == '\r')
            return p + 1 < end && p[1] == '\n' ? 2 : 1;
        return (c >= '\n' && c <= '\f') || (c >= 0x1C && c <= 0x1E);
    }
    if (c == 0xC2)
        return (unsigned char)p[1] == 0x85 ? 2 : 0;
    if (c == 0xE2)
        return (unsigned char)p[1] == 0x80 &&
                       ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9)
                   ? 3
                   : 0;
    return 0;
}

static mp_obj str_splitlines(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    mp_obj keep = NULL;
    int keepends = 0;
    if (parse_kw(args, nargs, kwnames, "splitlines", kwlist, 1, &keep, NULL) < 0)
        return NULL;
    if (keep && int_arg(keep, &keepends) < 0)
        return NULL;
    mp_obj list = mp_list_new(0);
    if (!list)
        return NULL;
    const char *d = mp_str_utf8(self), *end = d + mp_str_nbytes(self);
    const char *p = d;
    while (p < end) {
        const char *start = p;
        size_t brk = 0;
        while (p < end && !(brk = linebreak_at(p, end)))
            p++;
        const char *eol = p;
        p += brk;
        if (keepends)
            eol = p;
        if (add_piece(list, self, (size_t)(start - d), (size_t)(eol - d)) < 0) {
            mp_decref(list);
            return NULL;
        }
    }
    return list;
}

static mp_obj make_partition(mp_obj a, mp_obj b, mp_obj c)
{
    mp_obj t = NULL;
    if (a && b && c && (t = mp_tuple_new(3))) {
        MP_TUPLE_ITEMS(t)[0] = a;
        MP_TUPLE_ITEMS(t)[1] = b;
        MP_TUPLE_ITEMS(t)[2] = c;
        return t;
    }
    mp_xdecref(a);
    mp_xdecref(b);
    mp_xdecref(c);
    return NULL;
}

static mp_obj partition(mp_obj self, mp_obj sep, int reverse)
{
    if (check_str(sep) < 0)
        return NULL;
    size_t m = mp_str_nbytes(sep);
    if (m == 0)
        return mp_err_set_str(&mp_type_ValueError, "empty separator");
    const char *d = mp_str_utf8(self), *hit;
    size_t n = mp_str_nbytes(self);
    if (reverse) {
        rsearch r;
        if (rsearch_init(&r, mp_str_utf8(sep), m) < 0)
            return NULL;
        hit = rsearch_run(&r, d, n);
        rsearch_fini(&r);
    } else {
        hit = search(d, n, mp_str_utf8(sep), m);
    }
    if (!hit) {
        /* self itself, even a subclass instance, as CPython does */
        if (reverse)
            return make_partition(mp_str_new("", 0), mp_str_new("", 0), mp_newref(self));
        return make_partition(mp_newref(self), mp_str_new("", 0), mp_str_new("", 0));
    }
    size_t pos = (size_t)(hit - d);
    return make_partition(sub_bytes(self, 0, pos), unchanged(sep), sub_bytes(self, pos + m, n));
}

static mp_obj str_partition(mp_obj self, mp_obj sep) { return partition(self, sep, 0); }
static mp_obj str_rpartition(mp_obj self, mp_obj sep) { return partition(self, sep, 1); }

/* ---- stripping, prefixes ------------------------------------------------------- */

/* Whether the character cp (nb bytes at p) is one of chars. */
static int in_chars(mp_obj chars, const uint32_t *ascii_set, const char *p, size_t nb)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return (ascii_set[c >> 5] >> (c & 31)) & 1;
    return search(mp_str_utf8(chars), mp_str_nbytes(chars), p, nb) != NULL;
}

static size_t char_len_at(const char *p)
{
    unsigned char c = (unsigned char)*p;
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static size_t char_len_before(const char *p)
{
    size_t n = 1;
    while (IS_CONT(p[-(intptr_t)n]))
        n++;
    return n;
}

/* how: 1 left, 2 right, 3 both. */
static mp_obj strip(const char *name, mp_obj self, mp_obj const *args, size_t nargs, int how)
{
    if (mp_arg_check_count(name, nargs, 0, 1) < 0)
        return NULL;
    mp_obj chars = nargs ? args[0] : mp_none;
    if (chars != mp_none && !mp_str_check(chars))
        return mp_err_format(&mp_type_TypeError, "%s arg must be None or str", name);
    const char *d = mp_str_utf8(self);
    size_t a = 0, b = mp_str_nbytes(self), len;
    if (chars == mp_none) {
        if (how & 1)
            while (a < b && space_at(d + a, &len))
                a += len;
        if (how & 2)
            while (b > a && space_before(d + b, &len))
                b -= len;
    } else {
        uint32_t set[4] = {0, 0, 0, 0};
        const unsigned char *c = (const unsigned char *)mp_str_utf8(chars);
        for (size_t i = 0; i < mp_str_nbytes(chars); i++)
            if (c[i] < 0x80)
                set[c[i] >> 5] |= 1u << (c[i] & 31);
        if (how & 1)
            while (a < b && (len = char_len_at(d + a), in_chars(chars, set, d + a, len)))
                a += len;
        if (how & 2)
            while (b > a && (len = char_len_before(d + b), in_chars(chars, set, d + b - len, len)))
                b -= len;
    }
    return sub_bytes(self, a, b);
}

static mp_obj str_strip(mp_obj self, mp_obj const *args, size_t nargs)
{
    return strip("strip", self, args, nargs, 3);
}

static mp_obj str_lstrip(mp_obj self, mp_obj const *args, size_t nargs)
{
    return strip("lstrip", self, args, nargs, 1);
}

static mp_obj str_rstrip(mp_obj self, mp_obj const *args, size_t nargs)
{
    return strip("rstrip", self, args, nargs, 2);
}

static mp_obj str_removeprefix(mp_obj self, mp_obj prefix)
{
    if (!mp_str_check(prefix))
        return mp_err_format(&mp_type_TypeError, "removeprefix() argument must be str, not %s",
                             type_name_or_none(prefix));
    size_t m = mp_str_nbytes(prefix), n = mp_str_nbytes(self);
    if (m <= n && memcmp(mp_str_utf8(self), mp_str_utf8(prefix), m) == 0)
        return sub_bytes(self, m, n);
    return unchanged(self);
}

static mp_obj str_removesuffix(mp_obj self, mp_obj suffix)
{
    if (!mp_str_check(suffix))
        return mp_err_format(&mp_type_TypeError, "removesuffix() argument must be str, not %s",
                             type_name_or_none(suffix));
    size_t m = mp_str_nbytes(suffix), n = mp_str_nbytes(self);
    if (m && m <= n && memcmp(mp_str_utf8(self) + n - m, mp_str_utf8(suffix), m) == 0)
        return sub_bytes(self, 0, n - m);
    return unchanged(self);
}

/* ---- padding -------------------------------------------------------------------- */

/* A str of left fill characters, self, right fill characters. */
static mp_obj pad(mp_obj self, intptr_t left, intptr_t right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return unchanged(self);
    char f[4];
    size_t fl = (size_t)mp_utf8_encode(fill, f), nb = mp_str_nbytes(self);
    if ((size_t)(left + right) > (SIZE_MAX / 8) / fl)
        return mp_err_no_memory();
    size_t total = nb + (size_t)(left + right) * fl;
    mp_obj r = mp_str_new_uninit(total, mp_str_len(self) + left + right,
                                 STR(self)->ascii && fill < 0x80);
    if (!r)
        return NULL;
    char *o = STR(r)->data;
    if (fl == 1) {
        memset(o, f[0], (size_t)left);
        o += left;
    } else {
        for (intptr_t i = 0; i < left; i++, o += fl)
            memcpy(o, f, fl);
    }
    memcpy(o, mp_str_utf8(self), nb);
    o += nb;
    if (fl == 1) {
        memset(o, f[0], (size_t)right);
    } else {
        for (intptr_t i = 0; i < right; i++, o += fl)
            memcpy(o, f, fl);
    }
    return r;
}

/* width and fillchar of center, ljust and rjust. */
static int pad_args(const char *name, mp_obj const *args, size_t nargs, intptr_t *width,
                    uint32_t *fill)
{
    if (mp_arg_check_count(name, nargs, 1, 2) < 0 || ssize_arg(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        mp_obj f = args[1];
        if (!mp_str_check(f)) {
            mp_err_format(&mp_type_TypeError,
                          "The fill character must be a unicode character, not %s",
                          mp_type_of(f)->name);
            return -1;
        }
        if (mp_str_len(f) != 1) {
            mp_err_set_str(&mp_type_TypeError,
                           "The fill character must be exactly one character long");
            return -1;
        }
        *fill = mp_str_char_at(f, 0);
    }
    return 0;
}

static mp_obj str_center(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t width;
    uint32_t fill;
    if (pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    intptr_t len = mp_str_len(self);
    if (len >= width)
        return unchanged(self);
    intptr_t marg = width - len;
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static mp_obj str_ljust(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t width;
    uint32_t fill;
    if (pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - mp_str_len(self), fill);
}

static mp_obj str_rjust(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t width;
    uint32_t fill;
    if (pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - mp_str_len(self), 0, fill);
}

static mp_obj str_zfill(mp_obj self, mp_obj arg)
{
    intptr_t width;
    if (ssize_arg(arg, &width) < 0)
        return NULL;
    intptr_t len = mp_str_len(self);
    if (len >= width)
        return unchanged(self);
    mp_obj r = pad(self, width - len, 0, '0');
    if (r) {
        /* A sign moves to the front: '-42'.zfill(5) == '-0042'. */
        char *d = STR(r)->data;
        size_t fill = (size_t)(width - len);
        if (d[fill] == '+' || d[fill] == '-') {
            d[0] = d[fill];
            d[fill] = '0';
        }
    }
    return r;
}

static mp_obj str_expandtabs(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    mp_obj arg = NULL;
    int tabsize = 8;
    if (parse_kw(args, nargs, kwnames, "expandtabs", kwlist, 1, &arg, NULL) < 0)
        return NULL;
    if (arg && int_arg(arg, &tabsize) < 0)
        return NULL;
    const char *d = mp_str_utf8(self);
    size_t n = mp_str_nbytes(self);
    if (!memchr(d, '\t', n))
        return unchanged(self);
    mp_buf b = MP_BUF_INIT;
    intptr_t col = 0;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t incr = tabsize - col % tabsize;
                col += incr;
                while (incr-- > 0)
                    mp_buf_putc(&b, ' ');
            }
            continue;
        }
        if (!IS_CONT(c))
            col++;
        if (c == '\n' || c == '\r')
            col = 0;
        mp_buf_putc(&b, c);
    }
    return mp_str_from_buf(&b);
}

/* ---- replace ---------------------------------------------------------------------- */

/* Puts new between the characters (old is empty), at most max times. */
static mp_obj replace_empty(mp_obj self, mp_obj new, intptr_t max)
{
    intptr_t len = mp_str_len(self);
    intptr_t k = max < len + 1 ? max : len + 1;
    size_t nb = mp_str_nbytes(self), rb = mp_str_nbytes(new);
    if (rb && (size_t)k > (SIZE_MAX / 4 - nb) / rb)
        return mp_err_no_memory();
    mp_obj r = mp_str_new_uninit(nb + (size_t)k * rb, len + k * mp_str_len(new),
                                 STR(self)->ascii && STR(new)->ascii);
    if (!r)
        return NULL;
    char *o = STR(r)->data;
    const char *p = mp_str_utf8(self), *end = p + nb;
    for (intptr_t i = 0; i < k; i++) {
        memcpy(o, mp_str_utf8(new), rb);
        o += rb;
        if (p < end) {
            size_t cl = char_len_at(p);
            memcpy(o, p, cl);
            o += cl;
            p += cl;
        }
    }
    memcpy(o, p, (size_t)(end - p));
    return r;
}

static mp_obj replace(mp_obj self, mp_obj old, mp_obj new, intptr_t max)
{
    if (max < 0)
        max = INTPTR_MAX;
    if (max == 0)
        return unchanged(self);
    size_t m = mp_str_nbytes(old);
    if (m == 0)
        return replace_empty(self, new, max);
    const char *d = mp_str_utf8(self), *nd = mp_str_utf8(old);
    size_t n = mp_str_nbytes(self), rb = mp_str_nbytes(new);
    intptr_t count = count_bytes(d, n, nd, m, max);
    if (count == 0)
        return unchanged(self);
    if (rb > m && (size_t)count > (SIZE_MAX / 4 - n) / (rb - m))
        return mp_err_no_memory();
    size_t total = n - (size_t)count * m + (size_t)count * rb;
    intptr_t chars = mp_str_len(self) - count * mp_str_len(old) + count * mp_str_len(new);
    mp_obj r = mp_str_new_uninit(total, chars, STR(self)->ascii && STR(new)->ascii);
    if (!r)
        return NULL;
    char *o = STR(r)->data;
    const char *p = d, *end = d + n;
    for (intptr_t i = 0; i < count; i++) {
        const char *hit = search(p, (size_t)(end - p), nd, m);
        memcpy(o, p, (size_t)(hit - p));
        o += hit - p;
        memcpy(o, mp_str_utf8(new), rb);
        o += rb;
        p = hit + m;
    }
    memcpy(o, p, (size_t)(end - p));
    if (total && !STR(self)->ascii && STR(new)->ascii) {
        /* Replacing every non-ASCII character may leave ASCII only. */
        STR(r)->ascii = chars == (intptr_t)total;
    }
    return r;
}

static mp_obj str_replace(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("replace", nargs, 2, 3) < 0)
        return NULL;
    for (int i = 0; i < 2; i++)
        if (!mp_str_check(args[i]))
            return mp_err_format(&mp_type_TypeError, "replace() argument %d must be str, not %s",
                                 i + 1, type_name_or_none(args[i]));
    intptr_t count = -1;
    if (nargs > 2 && ssize_arg(args[2], &count) < 0)
        return NULL;
    return replace(self, args[0], args[1], count);
}

/* ---- case ------------------------------------------------------------------------ */

/* Maps each character of an ASCII str through table (of 128). */
static mp_obj map_ascii(mp_obj self, const char *table)
{
    size_t n = mp_str_nbytes(self);
    const unsigned char *d = (const unsigned char *)mp_str_utf8(self);
    size_t i = 0;
    while (i < n && (unsigned char)table[d[i]] == d[i])
        i++;
    if (i == n)
        return unchanged(self);
    mp_obj r = mp_str_new_uninit(n, (intptr_t)n, 1);
    if (!r)
        return NULL;
    char *o = STR(r)->data;
    memcpy(o, d, i);
    for (; i < n; i++)
        o[i] = table[d[i]];
    return r;
}

static char lower_table[128], upper_table[128], swap_table[128];

static void init_tables(void)
{
    if (lower_table['A'])
        return;
    for (int c = 0; c < 128; c++) {
        int lo = c >= 'A' && c <= 'Z' ? c + 32 : c;
        int up = c >= 'a' && c <= 'z' ? c - 32 : c;
        upper_table[c] = (char)up;
        swap_table[c] = (char)(lo != c ? lo : up);
        lower_table[c] = (char)lo;
    }
}

static void put_mapped(mp_buf *b, const uint32_t *m, int n)
{
    for (int i = 0; i < n; i++)
        mp_buf_put_utf8(b, m[i]);
}

/* Whether the capital sigma at p (in d[0..end)) is final: a cased letter
 * before it and none after, skipping case-ignorable characters both ways
 * (CPython's handle_capital_sigma). */
static int final_sigma(const char *d, const char *p, const char *end)
{
    const char *q = p;
    uint32_t c = 0;
    int found = 0;
    while (q > d) {
        c = mp_utf8_prev(&q);
        if (!(mp_unicode_flags(c) & MP_UC_CASE_IGNORABLE)) {
            found = 1;
            break;
        }
    }
    if (!found || !(mp_unicode_flags(c) & MP_UC_CASED))
        return 0;
    q = p;
    mp_utf8_next(&q);
    while (q < end) {
        c = mp_utf8_next(&q);
        if (!(mp_unicode_flags(c) & MP_UC_CASE_IGNORABLE))
            return !(mp_unicode_flags(c) & MP_UC_CASED);
    }
    return 1;
}

/* Lower-cases the character cp found at p, with the final-sigma rule. */
static void put_lower(mp_buf *b, uint32_t cp, const char *d, const char *p, const char *end)
{
    uint32_t m[MP_UNICODE_MAX_MAPPING];
    if (cp == 0x3A3) {
        mp_buf_put_utf8(b, final_sigma(d, p, end) ? 0x3C2 : 0x3C3);
        return;
    }
    put_mapped(b, m, mp_unicode_to_lower(cp, m));
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* The case conversions of non-ASCII text. */
static mp_obj convert_case(mp_obj self, int how)
{
    const char *d = mp_str_utf8(self), *end = d + mp_str_nbytes(self), *p = d;
    mp_buf b = MP_BUF_INIT;
    uint32_t m[MP_UNICODE_MAX_MAPPING];
    int previous_cased = 0, first = 1;
    while (p < end) {
        const char *at = p;
        uint32_t c = mp_utf8_next(&p);
        if (c < 0x80 && how <= CASE_FOLD) {
            mp_buf_putc(&b, how == CASE_UPPER ? upper_table[c] : lower_table[c]);
            continue;
        }
        unsigned f = mp_unicode_flags(c);
        switch (how) {
        case CASE_LOWER:
            put_lower(&b, c, d, at, end);
            break;
        case CASE_UPPER:
            put_mapped(&b, m, mp_unicode_to_upper(c, m));
            break;
        case CASE_FOLD:
            put_mapped(&b, m, mp_unicode_to_fold(c, m));
            break;
        case CASE_SWAP:
            if (f & MP_UC_UPPER)
                put_lower(&b, c, d, at, end);
            else if (f & MP_UC_LOWER)
                put_mapped(&b, m, mp_unicode_to_upper(c, m));
            else
                mp_buf_put_utf8(&b, c);
            break;
        case CASE_TITLE:
            if (previous_cased)
                put_lower(&b, c, d, at, end);
            else
                put_mapped(&b, m, mp_unicode_to_title(c, m));
            previous_cased = (f & MP_UC_CASED) != 0;
            break;
        default: /* CASE_CAPITALIZE */
            if (first)
                put_mapped(&b, m, mp_unicode_to_title(c, m));
            else
                put_lower(&b, c, d, at, end);
            first = 0;
            break;
        }
    }
    return mp_str_from_buf(&b);
}

static mp_obj title_ascii(mp_obj self, int capitalize)
{
    size_t n = mp_str_nbytes(self);
    const char *d = mp_str_utf8(self);
    mp_obj r = mp_str_new_uninit(n, (intptr_t)n, 1);
    if (!r)
        return NULL;
    char *o = STR(r)->data;
    int previous_cased = 0;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        int cased = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (capitalize)
            o[i] = i == 0 ? upper_table[(unsigned char)c] : lower_table[(unsigned char)c];
        else
            o[i] = previous_cased ? lower_table[(unsigned char)c] : upper_table[(unsigned char)c];
        previous_cased = cased;
    }
    if (memcmp(o, d, n) == 0 && mp_str_check_exact(self)) {
        mp_decref(r);
        return mp_newref(self);
    }
    return r;
}

static mp_obj case_method(mp_obj self, int how)
{
    init_tables();
    if (STR(self)->ascii) {
        switch (how) {
        case CASE_LOWER:
        case CASE_FOLD: return map_ascii(self, lower_table);
        case CASE_UPPER: return map_ascii(self, upper_table);
        case CASE_SWAP: return map_ascii(self, swap_table);
        case CASE_TITLE: return title_ascii(self, 0);
        default: return title_ascii(self, 1);
        }
    }
    return convert_case(self, how);
}

static mp_obj str_lower(mp_obj self) { return case_method(self, CASE_LOWER); }
static mp_obj str_upper(mp_obj self) { return case_method(self, CASE_UPPER); }
static mp_obj str_casefold(mp_obj self) { return case_method(self, CASE_FOLD); }
static mp_obj str_swapcase(mp_obj self) { return case_method(self, CASE_SWAP); }
static mp_obj str_title(mp_obj self) { return case_method(self, CASE_TITLE); }
static mp_obj str_capitalize(mp_obj self) { return case_method(self, CASE_CAPITALIZE); }

/* ---- predicates ------------------------------------------------------------------ */

/* Whether every character has one of the flags in mask (False when empty). */
static mp_obj all_chars(mp_obj self, unsigned mask)
{
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    if (p == end)
        return mp_bool(0);
    while (p < end)
        if (!(mp_unicode_flags(mp_utf8_next(&p)) & mask))
            return mp_bool(0);
    return mp_bool(1);
}

static mp_obj str_isalpha(mp_obj self) { return all_chars(self, MP_UC_ALPHA); }
static mp_obj str_isdecimal(mp_obj self) { return all_chars(self, MP_UC_DECIMAL); }
static mp_obj str_isdigit(mp_obj self) { return all_chars(self, MP_UC_DIGIT); }
static mp_obj str_isnumeric(mp_obj self) { return all_chars(self, MP_UC_NUMERIC); }
static mp_obj str_isspace(mp_obj self) { return all_chars(self, MP_UC_SPACE); }

static mp_obj str_isalnum(mp_obj self)
{
    return all_chars(self, MP_UC_ALPHA | MP_UC_DECIMAL | MP_UC_DIGIT | MP_UC_NUMERIC);
}

static mp_obj str_isascii(mp_obj self) { return mp_bool(STR(self)->ascii); }

static mp_obj str_isprintable(mp_obj self)
{
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    while (p < end)
        if (!(mp_unicode_flags(mp_utf8_next(&p)) & MP_UC_PRINTABLE))
            return mp_bool(0);
    return mp_bool(1);
}

static mp_obj str_isidentifier(mp_obj self)
{
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    if (p == end || !(mp_unicode_flags(mp_utf8_next(&p)) & MP_UC_XID_START))
        return mp_bool(0);
    while (p < end)
        if (!(mp_unicode_flags(mp_utf8_next(&p)) & MP_UC_XID_CONTINUE))
            return mp_bool(0);
    return mp_bool(1);
}

/* islower (upper = 0) and isupper (upper = 1): no character of the other
 * case (or title case), and at least one cased. */
static mp_obj is_case(mp_obj self, int upper)
{
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    unsigned want = upper ? MP_UC_UPPER : MP_UC_LOWER;
    unsigned other = (upper ? MP_UC_LOWER : MP_UC_UPPER) | MP_UC_TITLE;
    int cased = 0;
    while (p < end) {
        unsigned f = mp_unicode_flags(mp_utf8_next(&p));
        if (f & other)
            return mp_bool(0);
        if (f & want)
            cased = 1;
    }
    return mp_bool(cased);
}

static mp_obj str_islower(mp_obj self) { return is_case(self, 0); }
static mp_obj str_isupper(mp_obj self) { return is_case(self, 1); }

static mp_obj str_istitle(mp_obj self)
{
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    int cased = 0, previous_cased = 0;
    while (p < end) {
        unsigned f = mp_unicode_flags(mp_utf8_next(&p));
        if (f & (MP_UC_UPPER | MP_UC_TITLE)) {
            if (previous_cased)
                return mp_bool(0);
            previous_cased = cased = 1;
        } else if (f & MP_UC_LOWER) {
            if (!previous_cased)
                return mp_bool(0);
            previous_cased = cased = 1;
        } else {
            previous_cased = 0;
        }
    }
    return mp_bool(cased);
}

/* ---- translate, maketrans ----------------------------------------------------------- */

/* Appends what table maps cp to; 1 when cp maps to itself (absent), 0
 * done, -1 error. */
static int translate_char(mp_obj table, uint32_t cp, mp_buf *b)
{
    mp_obj r = mp_obj_getitem(table, mp_small((intptr_t)cp));
    if (!r) {
        if (!mp_err_matches(&mp_type_LookupError))
            return -1;
        mp_err_clear();
        return 1;
    }
    int rc = 0;
    if (r == mp_none) {
        /* deleted */
    } else if (mp_int_check(r)) {
        intptr_t v;
        if (mp_int_as_ssize_clip(r, &v) || v < 0 || v > 0x10FFFF) {
            mp_err_set_str(&mp_type_ValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else {
            mp_buf_put_utf8(b, (unsigned)v);
        }
    } else if (mp_str_check(r)) {
        mp_buf_append(b, mp_str_utf8(r), mp_str_nbytes(r));
    } else {
        mp_err_set_str(&mp_type_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    mp_decref(r);
    return rc;
}

static mp_obj str_translate(mp_obj self, mp_obj table)
{
    /* What each ASCII character became, found once: the offset into
     * cache_buf and the length, or -1 for "not looked up yet". */
    intptr_t off[128], len[128];
    for (int i = 0; i < 128; i++)
        off[i] = -1;
    mp_buf cache = MP_BUF_INIT, out = MP_BUF_INIT;
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    while (p < end) {
        const char *at = p;
        uint32_t c = mp_utf8_next(&p);
        if (c < 128 && off[c] >= 0) {
            if (len[c])
                mp_buf_append(&out, cache.data + off[c], (size_t)len[c]);
            continue;
        }
        size_t before = out.len;
        int rc = translate_char(table, c, &out);
        if (rc < 0)
            goto fail;
        if (rc == 1)
            mp_buf_append(&out, at, (size_t)(p - at));
        if (c < 128 && !out.failed) {
            off[c] = (intptr_t)cache.len;
            len[c] = (intptr_t)(out.len - before);
            if (len[c])
                mp_buf_append(&cache, out.data + before, out.len - before);
        }
    }
    mp_buf_free(&cache);
    return mp_str_from_buf(&out);
fail:
    mp_buf_free(&cache);
    mp_buf_free(&out);
    return NULL;
}

static int maketrans_from_dict(mp_obj d, mp_obj x)
{
    intptr_t pos = 0;
    mp_obj key, value;
    while (mp_dict_next(x, &pos, &key, &value)) {
        if (mp_str_check(key)) {
            if (mp_str_len(key) != 1) {
                mp_err_set_str(&mp_type_ValueError,
                               "string keys in translate table must be of length 1");
                return -1;
            }
            if (mp_dict_setitem(d, mp_small((intptr_t)mp_str_char_at(key, 0)), value) < 0)
                return -1;
        } else if (mp_int_check(key)) {
            if (mp_dict_setitem(d, key, value) < 0)
                return -1;
        } else {
            mp_err_set_str(&mp_type_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
    }
    return 0;
}

static int maketrans_from_strs(mp_obj d, mp_obj x, mp_obj y, mp_obj z)
{
    if (mp_str_len(x) != mp_str_len(y)) {
        mp_err_set_str(&mp_type_ValueError,
                       "the first two maketrans arguments must have equal length");
        return -1;
    }
    const char *p = mp_str_utf8(x), *q = mp_str_utf8(y), *end = p + mp_str_nbytes(x);
    while (p < end) {
        mp_obj k = mp_small(mp_utf8_next(&p)), v = mp_small(mp_utf8_next(&q));
        if (mp_dict_setitem(d, k, v) < 0)
            return -1;
    }
    if (z) {
        p = mp_str_utf8(z);
        end = p + mp_str_nbytes(z);
        while (p < end)
            if (mp_dict_setitem(d, mp_small(mp_utf8_next(&p)), mp_none) < 0)
                return -1;
    }
    return 0;
}

static mp_obj str_maketrans(mp_obj unused, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("maketrans", nargs, 1, 3) < 0)
        return NULL;
    for (size_t i = 1; i < nargs; i++)
        if (!mp_str_check(args[i]))
            return mp_err_format(&mp_type_TypeError, "maketrans() argument %zu must be str, not %s",
                                 i + 1, type_name_or_none(args[i]));
    mp_obj x = args[0];
    if (nargs == 1 && !mp_dict_check(x))
        return mp_err_set_str(&mp_type_TypeError,
                              "if you give only one argument to maketrans it must be a dict");
    if (nargs > 1 && !mp_str_check(x))
        return mp_err_set_str(&mp_type_TypeError,
                              "first maketrans argument must be a string if there is a second argument");
    mp_obj d = mp_dict_new();
    if (!d)
        return NULL;
    int rc = nargs == 1 ? maketrans_from_dict(d, x)
                        : maketrans_from_strs(d, x, args[1], nargs > 2 ? args[2] : NULL);
    if (rc < 0) {
        mp_decref(d);
        return NULL;
    }
    return d;
}

/* ---- the rest --------------------------------------------------------------------- */

static mp_obj str_join_method(mp_obj self, mp_obj iterable)
{
    if (mp_list_check(iterable) || mp_tuple_check(iterable))
        return mp_str_join(self, iterable);
    mp_obj it = mp_obj_getiter(iterable);
    if (!it) {
        if (mp_err_matches(&mp_type_TypeError)) {
            mp_err_clear();
            mp_err_set_str(&mp_type_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    mp_obj r = mp_str_join(self, it);
    mp_decref(it);
    return r;
}

static mp_obj str_encode(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    mp_obj encoding = NULL, errors = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "encode", kwlist, 0, 2, &encoding, &errors) < 0)
        return NULL;
    if (encoding && !mp_str_check(encoding))
        return mp_err_format(&mp_type_TypeError, "encode() argument 'encoding' must be str, not %s",
                             type_name_or_none(encoding));
    if (errors && !mp_str_check(errors))
        return mp_err_format(&mp_type_TypeError, "encode() argument 'errors' must be str, not %s",
                             type_name_or_none(errors));
    if ((encoding && strlen(mp_str_utf8(encoding)) != mp_str_nbytes(encoding)) ||
        (errors && strlen(mp_str_utf8(errors)) != mp_str_nbytes(errors)))
        return mp_err_set_str(&mp_type_ValueError, "embedded null character");
    return mp_str_encode(self, encoding ? mp_str_utf8(encoding) : NULL,
                         errors ? mp_str_utf8(errors) : NULL);
}

static mp_obj str_format(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_str_format_method(self, args, nargs, kwnames);
}

static mp_obj str_getnewargs(mp_obj self)
{
    mp_obj copy = mp_str_new(mp_str_utf8(self), mp_str_nbytes(self));
    if (!copy)
        return NULL;
    mp_obj t = mp_tuple_pack(1, copy);
    mp_decref(copy);
    return t;
}

/* CPython's size of the same text: 1, 2 or 4 bytes per character (by its
 * largest) and the terminating one, after a header of 48 bytes (an ASCII
 * str), 72 (any other) or 80 (a subclass instance, never compact). */
static mp_obj str_sizeof(mp_obj self)
{
    intptr_t len = mp_str_len(self);
    intptr_t header = !mp_str_check_exact(self) ? 80 : STR(self)->ascii ? 48 : 72;
    if (STR(self)->ascii)
        return mp_int_from_ssize(header + len + 1);
    uint32_t max = 0;
    const char *p = mp_str_utf8(self), *end = p + mp_str_nbytes(self);
    while (p < end) {
        uint32_t c = mp_utf8_next(&p);
        if (c > max)
            max = c;
    }
    intptr_t kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    return mp_int_from_ssize(header + (len + 1) * kind);
}

#define METH(name, func, flags, doc) {name, (void (*)(void))(func), flags, doc}
#define FAST MP_METH_FASTCALL
#define FASTKW (MP_METH_FASTCALL | MP_METH_KEYWORDS)

const mp_method_def mp_str_methods[] = {
    METH("encode", str_encode, FASTKW, DOC_ENCODE),
    METH("replace", str_replace, FAST, DOC_REPLACE),
    METH("split", str_split, FASTKW, DOC_SPLIT),
    METH("rsplit", str_rsplit, FASTKW, DOC_RSPLIT),
    METH("join", str_join_method, MP_METH_O, DOC_JOIN),
    METH("capitalize", str_capitalize, MP_METH_NOARGS, DOC_CAPITALIZE),
    METH("casefold", str_casefold, MP_METH_NOARGS, DOC_CASEFOLD),
    METH("title", str_title, MP_METH_NOARGS, DOC_TITLE),
    METH("center", str_center, FAST, DOC_CENTER),
    METH("count", str_count, FASTKW, DOC_COUNT),
    METH("expandtabs", str_expandtabs, FASTKW, DOC_EXPANDTABS),
    METH("find", str_find, FASTKW, DOC_FIND),
    METH("partition", str_partition, MP_METH_O, DOC_PARTITION),
    METH("index", str_index, FASTKW, DOC_INDEX),
    METH("ljust", str_ljust, FAST, DOC_LJUST),
    METH("lower", str_lower, MP_METH_NOARGS, DOC_LOWER),
    METH("lstrip", str_lstrip, FAST, DOC_LSTRIP),
    METH("rfind", str_rfind, FASTKW, DOC_RFIND),
    METH("rindex", str_rindex, FASTKW, DOC_RINDEX),
    METH("rjust", str_rjust, FAST, DOC_RJUST),
    METH("rstrip", str_rstrip, FAST, DOC_RSTRIP),
    METH("rpartition", str_rpartition, MP_METH_O, DOC_RPARTITION),
    METH("splitlines", str_splitlines, FASTKW, DOC_SPLITLINES),
    METH("strip", str_strip, FAST, DOC_STRIP),
    METH("swapcase", str_swapcase, MP_METH_NOARGS, DOC_SWAPCASE),
    METH("translate", str_translate, MP_METH_O, DOC_TRANSLATE),
    METH("upper", str_upper, MP_METH_NOARGS, DOC_UPPER),
    METH("startswith", str_startswith, FASTKW, DOC_STARTSWITH),
    METH("endswith", str_endswith, FASTKW, DOC_ENDSWITH),
    METH("removeprefix", str_removeprefix, MP_METH_O, DOC_REMOVEPREFIX),
    METH("removesuffix", str_removesuffix, MP_METH_O, DOC_REMOVESUFFIX),
    METH("isascii", str_isascii, MP_METH_NOARGS, DOC_ISASCII),
    METH("islower", str_islower, MP_METH_NOARGS, DOC_ISLOWER),
    METH("isupper", str_isupper, MP_METH_NOARGS, DOC_ISUPPER),
    METH("istitle", str_istitle, MP_METH_NOARGS, DOC_ISTITLE),
    METH("isspace", str_isspace, MP_METH_NOARGS, DOC_ISSPACE),
    METH("isdecimal", str_isdecimal, MP_METH_NOARGS, DOC_ISDECIMAL),
    METH("isdigit", str_isdigit, MP_METH_NOARGS, DOC_ISDIGIT),
    METH("isnumeric", str_isnumeric, MP_METH_NOARGS, DOC_ISNUMERIC),
    METH("isalpha", str_isalpha, MP_METH_NOARGS, DOC_ISALPHA),
    METH("isalnum", str_isalnum, MP_METH_NOARGS, DOC_ISALNUM),
    METH("isidentifier", str_isidentifier, MP_METH_NOARGS, DOC_ISIDENTIFIER),
    METH("isprintable", str_isprintable, MP_METH_NOARGS, DOC_ISPRINTABLE),
    METH("zfill", str_zfill, MP_METH_O, DOC_ZFILL),
    METH("format", str_format, FASTKW, DOC_FORMAT),
    METH("format_map", mp_str_format_map, MP_METH_O, DOC_FORMAT_MAP),
    METH("__format__", mp_str_format_spec, MP_METH_O, DOC_FORMAT_DUNDER),
    METH("maketrans", str_maketrans, FAST | MP_METH_STATIC, DOC_MAKETRANS),
    METH("__sizeof__", str_sizeof, MP_METH_NOARGS, DOC_SIZEOF_DUNDER),
    METH("__getnewargs__", str_getnewargs, MP_METH_NOARGS, DOC_GETNEWARGS_DUNDER),
    {NULL, NULL, 0, NULL},
};

/* More of the methods bytes and bytearray share (bytes.h): case, padding,
 * tabs, lines, translation, prefixes and the predicates bytes.c has not,
 * with CPython's ASCII-only rules (Objects/bytes_methods.c) and
 * messages.  Each returns an object of its receiver's kind. */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define VIEW(o, d, n)                                                          \
    const char *d = "";                                                        \
    intptr_t n = 0;                                                            \
    mp_bytes_view((o), &d, &n)

static int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static char to_lower(char c) { return is_upper(c) ? (char)(c + 32) : c; }
static char to_upper(char c) { return is_lower(c) ? (char)(c - 32) : c; }

/* A copy of self (of its kind) whose bytes the caller then rewrites. */
static mp_obj copy_of(mp_obj self, char **w, intptr_t *n)
{
    VIEW(self, d, len);
    mp_obj r = mp_bytes_new_like(self, d, len);
    if (r) {
        const char *rd;
        mp_bytes_view(r, &rd, n);
        *w = (char *)rd;
    }
    return r;
}

/* ---- case ------------------------------------------------------------------------------------ */

mp_obj mp_bytes_capitalize(mp_obj self)
{
    char *w;
    intptr_t n;
    mp_obj r = copy_of(self, &w, &n);
    for (intptr_t i = 0; r && i < n; i++)
        w[i] = i == 0 ? to_upper(w[i]) : to_lower(w[i]);
    return r;
}

mp_obj mp_bytes_swapcase(mp_obj self)
{
    char *w;
    intptr_t n;
    mp_obj r = copy_of(self, &w, &n);
    for (intptr_t i = 0; r && i < n; i++)
        w[i] = is_upper(w[i]) ? to_lower(w[i]) : to_upper(w[i]);
    return r;
}

/* Words start after any byte that is not a letter. */
mp_obj mp_bytes_title(mp_obj self)
{
    char *w;
    intptr_t n;
    mp_obj r = copy_of(self, &w, &n);
    int previous_is_cased = 0;
    for (intptr_t i = 0; r && i < n; i++) {
        char c = w[i];
        if (is_lower(c)) {
            if (!previous_is_cased)
                w[i] = to_upper(c);
            previous_is_cased = 1;
        } else if (is_upper(c)) {
            if (previous_is_cased)
                w[i] = to_lower(c);
            previous_is_cased = 1;
        } else {
            previous_is_cased = 0;
        }
    }
    return r;
}

mp_obj mp_bytes_istitle(mp_obj self)
{
    VIEW(self, d, n);
    if (n == 1)
        return mp_bool(is_upper(d[0]));
    int cased = 0, previous_is_cased = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (is_upper(d[i])) {
            if (previous_is_cased)
                return mp_bool(0);
            previous_is_cased = cased = 1;
        } else if (is_lower(d[i])) {
            if (!previous_is_cased)
                return mp_bool(0);
            previous_is_cased = cased = 1;
        } else {
            previous_is_cased = 0;
        }
    }
    return mp_bool(cased);
}

mp_obj mp_bytes_isascii(mp_obj self)
{
    VIEW(self, d, n);
    for (intptr_t i = 0; i < n; i++)
        if ((unsigned char)d[i] >= 0x80)
            return mp_bool(0);
    return mp_bool(1);
}

/* ---- padding --------------------------------------------------------------------------------- */

/* The width and fill byte of center/ljust/rjust: 0 or -1. */
static int pad_args(const char *name, mp_obj const *args, size_t nargs, intptr_t *width, char *fill)
{
    if (mp_arg_check_count(name, nargs, 1, 2) < 0)
        return -1;
    if (!mp_index_check(args[0]) || mp_float_check(args[0])) {
        mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                      mp_type_of(args[0])->name);
        return -1;
    }
    *width = mp_number_as_ssize(args[0], &mp_type_OverflowError);
    if (*width == -1 && mp_err_occurred())
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        const char *d;
        intptr_t n;
        /* CPython's "c" format: a bytes or bytearray of one byte. */
        if (!mp_bytes_view(args[1], &d, &n) || n != 1) {
            mp_err_format(&mp_type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                          name, mp_type_of(args[1])->name);
            return -1;
        }
        *fill = d[0];
    }
    return 0;
}

/* self with left and right fill bytes around it. */
static mp_obj pad(mp_obj self, intptr_t left, intptr_t right, char fill)
{
    VIEW(self, d, n);
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    mp_obj r = mp_bytes_new_like(self, NULL, left + n + right);
    if (!r)
        return NULL;
    const char *rd;
    intptr_t rn;
    mp_bytes_view(r, &rd, &rn);
    char *w = (char *)rd;
    memset(w, fill, (size_t)left);
    memcpy(w + left, d, (size_t)n);
    memset(w + left + n, fill, (size_t)right);
    return r;
}

mp_obj mp_bytes_center(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t width;
    char fill;
    if (pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    VIEW(self, d, n);
    (void)d;
    if (width <= n)
        return mp_bytes_new_like(self, d, n);
    /* CPython's split of the margin: the odd byte goes left when width is odd. */
    intptr_t marg = width - n, left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

mp_obj mp_bytes_ljust(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t width;
    char fill;
    if (pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    VIEW(self, d, n);
    (void)d;
    return pad(self, 0, width - n, fill);
}

mp_obj mp_bytes_rjust(mp_obj self, mp_obj const *args, size_t nargs)
{
    intptr_t width;
    char fill;
    if (pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    VIEW(self, d, n);
    (void)d;
    return pad(self, width - n, 0, fill);
}

/* Zeros on the left, after a leading sign. */
mp_obj mp_bytes_zfill(mp_obj self, mp_obj width_obj)
{
    if (!mp_index_check(width_obj) || mp_float_check(width_obj))
        return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                             mp_type_of(width_obj)->name);
    intptr_t width = mp_number_as_ssize(width_obj, &mp_type_OverflowError);
    if (width == -1 && mp_err_occurred())
        return NULL;
    VIEW(self, d, n);
    if (width <= n)
        return mp_bytes_new_like(self, d, n);
    intptr_t fill = width - n;
    mp_obj r = pad(self, fill, 0, '0');
    if (!r)
        return NULL;
    const char *rd;
    intptr_t rn;
    mp_bytes_view(r, &rd, &rn);
    char *w = (char *)rd;
    if (w[fill] == '+' || w[fill] == '-') {
        w[0] = w[fill];
        w[fill] = '0';
    }
    return r;
}

mp_obj mp_bytes_expandtabs(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    mp_obj ts = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "expandtabs", kwlist, 0, 1, &ts) < 0)
        return NULL;
    intptr_t tabsize = 8;
    if (ts) {
        if (!mp_index_check(ts) || mp_float_check(ts))
            return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 mp_type_of(ts)->name);
        tabsize = mp_number_as_ssize(ts, &mp_type_OverflowError);
        if (tabsize == -1 && mp_err_occurred())
            return NULL;
    }
    VIEW(self, d, n);
    mp_buf b = MP_BUF_INIT;
    intptr_t col = 0;
    for (intptr_t i = 0; i < n; i++) {
        char c = d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t incr = tabsize - col % tabsize;
                col += incr;
                while (incr-- > 0)
                    mp_buf_putc(&b, ' ');
            }
        } else {
            col++;
            mp_buf_putc(&b, c);
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    if (b.failed) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    mp_obj r = mp_bytes_new_like(self, b.data, (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

/* ---- lines ----------------------------------------------------------------------------------- */

/* Lines end at \n, \r or \r\n (bytes know no other line breaks). */
mp_obj mp_bytes_splitlines(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    mp_obj ko = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "splitlines", kwlist, 0, 1, &ko) < 0)
        return NULL;
    int keepends = 0;
    if (ko) {
        if (mp_float_check(ko))
            return mp_err_set_str(&mp_type_TypeError, "'float' object cannot be interpreted as an integer");
        if (!mp_index_check(ko))
            return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 mp_type_of(ko)->name);
        int t = mp_obj_is_true(ko);
        if (t < 0)
            return NULL;
        keepends = t;
    }
    VIEW(self, d, n);
    mp_obj l = mp_list_new(0);
    if (!l)
        return NULL;
    intptr_t i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r')
            j++;
        intptr_t eol = j;
        if (j < n) {
            if (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n')
                j += 2;
            else
                j++;
            if (keepends)
                eol = j;
        }
        mp_obj line = mp_bytes_new_like(self, d + i, eol - i);
        if (!line || mp_list_append_steal(l, line) < 0) {
            mp_decref(l);
            return NULL;
        }
        i = j;
    }
    return l;
}

/* ---- translation ----------------------------------------------------------------------------- */

mp_obj mp_bytes_translate(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"", "delete", NULL};
    mp_obj table = NULL, del = NULL;
    if (mp_arg_parse(args, nargs, kwnames, "translate", kwlist, 1, 2, &table, &del) < 0)
        return NULL;
    mp_bytes_buffer tb = {0}, db = {0};
    int have_table = table != mp_none;
    if (have_table) {
        int got = mp_bytes_buffer_get(table, &tb);
        if (got <= 0) {
            if (!got)
                mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                              mp_type_of(table)->name);
            return NULL;
        }
        if (tb.len != 256) {
            mp_bytes_buffer_release(&tb);
            return mp_err_set_str(&mp_type_ValueError, "translation table must be 256 characters long");
        }
    }
    char deleted[256] = {0};
    if (del) {
        int got = mp_bytes_buffer_get(del, &db);
        if (got <= 0) {
            if (!got)
                mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                              mp_type_of(del)->name);
            mp_bytes_buffer_release(&tb);
            return NULL;
        }
        for (intptr_t i = 0; i < db.len; i++)
            deleted[(unsigned char)db.data[i]] = 1;
        mp_bytes_buffer_release(&db);
    }
    VIEW(self, d, n);
    mp_buf b = MP_BUF_INIT;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (deleted[c])
            continue;
        mp_buf_putc(&b, have_table ? tb.data[c] : (char)c);
    }
    mp_bytes_buffer_release(&tb);
    if (b.failed) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    mp_obj r = mp_bytes_new_like(self, b.data, (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

/* bytes.maketrans(frm, to): a table mapping each byte of frm to the byte
 * of to at the same place (always a bytes object). */
mp_obj mp_bytes_maketrans(mp_obj unused, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("maketrans", nargs, 2, 2) < 0)
        return NULL;
    mp_bytes_buffer f, t;
    int got = mp_bytes_buffer_get(args[0], &f);
    if (got <= 0) {
        if (!got)
            mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                          mp_type_of(args[0])->name);
        return NULL;
    }
    got = mp_bytes_buffer_get(args[1], &t);
    if (got <= 0) {
        if (!got)
            mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                          mp_type_of(args[1])->name);
        mp_bytes_buffer_release(&f);
        return NULL;
    }
    mp_obj r = NULL;
    if (f.len != t.len) {
        mp_err_set_str(&mp_type_ValueError, "maketrans arguments must have same length");
    } else if ((r = mp_bytes_new(NULL, 256))) {
        char *w = MP_BYTES_DATA(r);
        for (int i = 0; i < 256; i++)
            w[i] = (char)i;
        for (intptr_t i = 0; i < f.len; i++)
            w[(unsigned char)f.data[i]] = t.data[i];
    }
    mp_bytes_buffer_release(&f);
    mp_bytes_buffer_release(&t);
    return r;
}

/* ---- prefixes -------------------------------------------------------------------------------- */

static mp_obj remove_affix(mp_obj self, mp_obj affix, int suffix)
{
    mp_bytes_buffer a;
    int got = mp_bytes_buffer_get(affix, &a);
    if (got <= 0) {
        if (!got)
            mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                          mp_type_of(affix)->name);
        return NULL;
    }
    VIEW(self, d, n);
    intptr_t lo = 0, hi = n;
    if (a.len <= n && memcmp(suffix ? d + n - a.len : d, a.data, (size_t)a.len) == 0) {
        if (suffix)
            hi = n - a.len;
        else
            lo = a.len;
    }
    mp_bytes_buffer_release(&a);
    if (lo == 0 && hi == n && mp_type_of(self) == &mp_type_bytes)
        return mp_newref(self);
    return mp_bytes_new_like(self, d + lo, hi - lo);
}

mp_obj mp_bytes_removeprefix(mp_obj self, mp_obj prefix) { return remove_affix(self, prefix, 0); }
mp_obj mp_bytes_removesuffix(mp_obj self, mp_obj suffix) { return remove_affix(self, suffix, 1); }

/* bytes % args and bytearray % args (bytes.h): CPython's printf-style
 * formatting of bytes (PEP 461, Objects/bytesobject.c's
 * _PyBytes_FormatEx).  %s and %b take bytes-like objects or __bytes__,
 * %a and %r the ascii() of any object, %c an int or one byte; the number
 * conversions are str %'s own, whose ASCII text is the result. */
#include <string.h>
#include <sys/types.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* The arguments: a tuple is taken item by item, anything else is the one
 * argument (arglen -1), as CPython's getnextarg. */
typedef struct fmt_args {
    mp_obj args;
    intptr_t arglen, argidx;
} fmt_args;

/* The next argument (borrowed), or NULL with TypeError. */
static mp_obj next_arg(fmt_args *a)
{
    if (a->argidx < a->arglen) {
        a->argidx++;
        if (a->arglen < 0)
            return a->args;
        return MP_TUPLE_GET(a->args, a->argidx - 1);
    }
    return mp_err_set_str(&mp_type_TypeError, "not enough arguments for format string");
}

/* A '*' width or precision: an int argument. */
static int star_arg(fmt_args *a, intptr_t *out)
{
    mp_obj v = next_arg(a);
    if (!v)
        return -1;
    if (!mp_int_check(v)) {
        mp_err_set_str(&mp_type_TypeError, "* wants int");
        return -1;
    }
    intptr_t n;
    if (mp_int_as_ssize(v, &n) < 0)
        return -1;
    *out = n;
    return 0;
}

/* The bytes %s and %b show for v: its buffer, or what __bytes__ gives
 * (a new bytes object in *owned). */
static int bytes_of(mp_obj v, const char **d, intptr_t *n, mp_obj *owned)
{
    *owned = NULL;
    if (mp_bytes_view(v, d, n))
        return 0;
    mp_bytes_buffer b;
    int got = mp_bytes_buffer_get(v, &b);
    if (got < 0)
        return -1;
    if (got) {
        *owned = mp_bytes_new(b.data, b.len);
        mp_bytes_buffer_release(&b);
        if (!*owned)
            return -1;
        *d = MP_BYTES_DATA(*owned);
        *n = MP_BYTES_LEN(*owned);
        return 0;
    }
    if (mp_type_lookup(mp_type_of(v), mp_str_intern("__bytes__"))) {
        mp_obj r = mp_call_method(v, "__bytes__", NULL, 0);
        if (!r)
            return -1;
        if (!mp_bytes_check(r)) {
            mp_err_format(&mp_type_TypeError, "__bytes__ returned non-bytes (type %s)",
                          mp_type_of(r)->name);
            mp_decref(r);
            return -1;
        }
        *owned = r;
        *d = MP_BYTES_DATA(r);
        *n = MP_BYTES_LEN(r);
        return 0;
    }
    mp_err_format(&mp_type_TypeError,
                  "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                  mp_type_of(v)->name);
    return -1;
}

/* Appends d[0:n] padded with spaces to width (on the right for '-'). */
static void put_padded(mp_buf *out, const char *d, intptr_t n, intptr_t width, int flags)
{
    if (!(flags & F_LJUST))
        for (intptr_t k = n; k < width; k++)
            mp_buf_putc(out, ' ');
    mp_buf_append(out, d, (size_t)n);
    if (flags & F_LJUST)
        for (intptr_t k = n; k < width; k++)
            mp_buf_putc(out, ' ');
}

/* One number conversion, done by str % with the same spec. */
static int put_number(mp_buf *out, mp_obj v, int flags, intptr_t width, intptr_t prec, char c)
{
    mp_buf spec = MP_BUF_INIT;
    mp_buf_putc(&spec, '%');
    if (flags & F_LJUST)
        mp_buf_putc(&spec, '-');
    if (flags & F_SIGN)
        mp_buf_putc(&spec, '+');
    if (flags & F_BLANK)
        mp_buf_putc(&spec, ' ');
    if (flags & F_ALT)
        mp_buf_putc(&spec, '#');
    if (flags & F_ZERO)
        mp_buf_putc(&spec, '0');
    if (width >= 0)
        mp_buf_printf(&spec, "%zd", (ssize_t)width);
    if (prec >= 0)
        mp_buf_printf(&spec, ".%zd", (ssize_t)prec);
    mp_buf_putc(&spec, c);
    mp_obj fmt = mp_str_from_buf(&spec);
    mp_obj one = fmt ? mp_tuple_pack(1, v) : NULL;
    mp_obj text = one ? mp_str_format_percent(fmt, one) : NULL;
    mp_xdecref(fmt);
    mp_xdecref(one);
    if (!text)
        return -1;
    mp_buf_append(out, mp_str_utf8(text), mp_str_nbytes(text));
    mp_decref(text);
    return 0;
}

/* Formats one conversion c of argument v. */
static int convert(mp_buf *out, mp_obj v, int flags, intptr_t width, intptr_t prec, char c)
{
    switch (c) {
    case 's':
    case 'b': {
        const char *d;
        intptr_t n;
        mp_obj owned;
        if (bytes_of(v, &d, &n, &owned) < 0)
            return -1;
        if (prec >= 0 && n > prec)
            n = prec;
        put_padded(out, d, n, width, flags);
        mp_xdecref(owned);
        return 0;
    }
    case 'r':
    case 'a': {
        mp_obj s = mp_obj_ascii(v);
        if (!s)
            return -1;
        intptr_t n = (intptr_t)mp_str_nbytes(s);
        if (prec >= 0 && n > prec)
            n = prec;
        put_padded(out, mp_str_utf8(s), n, width, flags);
        mp_decref(s);
        return 0;
    }
    case 'c': {
        char byte;
        const char *d;
        intptr_t n;
        if (mp_bytes_view(v, &d, &n) && n == 1) {
            byte = d[0];
        } else if (mp_int_check(v)) {
            intptr_t x;
            if (mp_int_as_ssize(v, &x) < 0 || x < 0 || x > 255) {
                mp_err_clear();
                mp_err_set_str(&mp_type_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            byte = (char)x;
        } else {
            mp_err_set_str(&mp_type_TypeError,
                           "%c requires an integer in range(256) or a single byte");
            return -1;
        }
        put_padded(out, &byte, 1, width, flags);
        return 0;
    }
    default:
        return put_number(out, v, flags, width, prec, c);
    }
}

mp_obj mp_bytes_format(mp_obj self, mp_obj args)
{
    /* A copy of the format: a bytearray may change under __bytes__. */
    const char *src;
    intptr_t n;
    mp_bytes_view(self, &src, &n);
    char *fmt = mp_malloc(n ? (size_t)n : 1);
    if (!fmt)
        return mp_err_no_memory();
    memcpy(fmt, src, (size_t)n);

    mp_type *at = mp_type_of(args);
    mp_obj dict = NULL;
    if (at->as_mapping && at->as_mapping->subscript && !mp_tuple_check(args) &&
        !mp_bytes_check(args) && !mp_str_check(args) && !mp_bytearray_check(args))
        dict = args;
    fmt_args a = {args, -1, -2};
    if (mp_tuple_check(args)) {
        a.arglen = MP_TUPLE_LEN(args);
        a.argidx = 0;
    }
    mp_buf out = MP_BUF_INIT;
    int err = 0;
    intptr_t i = 0;
    while (i < n && !err) {
        if (fmt[i] != '%') {
            intptr_t j = i;
            while (j < n && fmt[j] != '%')
                j++;
            mp_buf_append(&out, fmt + i, (size_t)(j - i));
            i = j;
            continue;
        }
        i++;
        if (i < n && fmt[i] == '%') {
            mp_buf_putc(&out, '%');
            i++;
            continue;
        }
        mp_obj keyed = NULL; /* the value a %(key) names, owned */
        if (i < n && fmt[i] == '(') {
            if (!dict) {
                mp_err_set_str(&mp_type_TypeError, "format requires a mapping");
                err = 1;
                break;
            }
            intptr_t start = ++i, depth = 1;
            while (i < n && depth > 0) {
                if (fmt[i] == ')')
                    depth--;
                else if (fmt[i] == '(')
                    depth++;
                i++;
            }
            if (depth > 0) {
                mp_err_set_str(&mp_type_ValueError, "incomplete format key");
                err = 1;
                break;
            }
            mp_obj key = mp_bytes_new(fmt + start, i - 1 - start);
            keyed = key ? mp_obj_getitem(dict, key) : NULL;
            mp_xdecref(key);
            if (!keyed) {
                err = 1;
                break;
            }
            /* After a key, the arguments are the mapping only. */
            a.arglen = -1;
            a.argidx = -2;
        }
        int flags = 0;
        for (; i < n; i++) {
            char c = fmt[i];
            if (c == '-')
                flags |= F_LJUST;
            else if (c == '+')
                flags |= F_SIGN;
            else if (c == ' ')
                flags |= F_BLANK;
            else if (c == '#')
                flags |= F_ALT;
            else if (c == '0')
                flags |= F_ZERO;
            else
                break;
        }
        intptr_t width = -1, prec = -1;
        if (i < n && fmt[i] == '*') {
            i++;
            if (star_arg(&a, &width) < 0)
                err = 1;
            else if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
                width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
        }
        if (!err && i < n && fmt[i] == '.') {
            i++;
            prec = 0;
            if (i < n && fmt[i] == '*') {
                i++;
                if (star_arg(&a, &prec) < 0)
                    err = 1;
                else if (prec < 0)
                    prec = 0;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
                    prec = prec * 10 + (fmt[i++] - '0');
            }
        }
        while (!err && i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L'))
            i++;
        if (!err && i >= n) {
            mp_err_set_str(&mp_type_ValueError, "incomplete format");
            err = 1;
        }
        if (err) {
            mp_xdecref(keyed);
            break;
        }
        char c = fmt[i++];
        if (!strchr("sbracdiuoxXeEfFgG", c) || c == '\0') {
            unsigned char uc = (unsigned char)c;
            if (uc >= 0x80)
                /* CPython's message then fails to show the byte itself. */
                mp_err_set_str(&mp_type_ValueError, "character argument not in range(0x110000)");
            else
                mp_err_format(&mp_type_ValueError,
                              "unsupported format character '%c' (0x%x) at index %zd",
                              uc >= ' ' && uc < 0x7f ? uc : '?', uc, (ssize_t)(i - 1));
            mp_xdecref(keyed);
            err = 1;
            break;
        }
        mp_obj v = keyed ? keyed : next_arg(&a);
        if (!v || convert(&out, v, flags, width, prec, c == 'u' ? 'd' : c) < 0)
            err = 1;
        mp_xdecref(keyed);
    }
    mp_free(fmt);
    if (!err && a.argidx < a.arglen && !dict) {
        mp_err_set_str(&mp_type_TypeError, "not all arguments converted during bytes formatting");
        err = 1;
    }
    if (!err && out.failed) {
        mp_err_no_memory();
        err = 1;
    }
    mp_obj r = err ? NULL : mp_bytes_new_like(self, out.data, (intptr_t)out.len);
    mp_buf_free(&out);
    return r;
}

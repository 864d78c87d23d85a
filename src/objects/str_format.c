/* str's formatting: str % args (printf-style), str.format and format_map
 * (the format-string language, each field formatted through format()),
 * and str.__format__.  Both parsers follow CPython 3.11's
 * (Objects/unicodeobject.c, Objects/stringlib/unicode_format.h) step by
 * step, so that every error is raised by the same input, with the same
 * message, in the same order.  The format strings are read as UTF-8:
 * every character that means something to them is ASCII. */
#include <limits.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/int.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/unicode.h"

static void put_str(mp_buf *b, mp_obj s)
{
    mp_buf_append(b, mp_str_utf8(s), mp_str_nbytes(s));
}

/* ======== str % args ==================================================================== */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    const char *start, *p, *end; /* the format string, and where reading is */
    int used_up;                 /* a read found the end (CPython's fmtcnt < 0) */
    mp_obj args;                 /* the arguments (borrowed, or owned: args_owned) */
    int args_owned;
    intptr_t arglen, argidx;     /* arglen -1: args is one value, not a tuple */
    mp_obj dict;                 /* args when it is a mapping, else NULL (borrowed) */
    mp_buf out;
} pctx;

typedef struct {
    uint32_t ch;                 /* the conversion character */
    int flags;
    intptr_t width, prec;        /* -1 when not given */
    int sign;                    /* a number: the sign and 0 flag apply */
} parg;

/* Reads the next character of the format into *ch, as CPython's
 * `if (--fmtcnt >= 0) ch = fmt[fmtpos++]`; 0 once the format is used up. */
static int next_ch(pctx *c, uint32_t *ch)
{
    if (c->used_up || c->p >= c->end) {
        c->used_up = 1;
        return 0;
    }
    *ch = mp_utf8_next(&c->p);
    return 1;
}

/* The next positional argument (borrowed). */
static mp_obj next_arg(pctx *c)
{
    if (c->argidx < c->arglen) {
        intptr_t i = c->argidx++;
        return c->arglen < 0 ? c->args : MP_TUPLE_GET(c->args, i);
    }
    return mp_err_set_str(&mp_type_TypeError, "not enough arguments for format string");
}

static void set_args(pctx *c, mp_obj args, int owned)
{
    if (c->args_owned)
        mp_decref(c->args);
    c->args = args;
    c->args_owned = owned;
    if (mp_tuple_check(args)) {
        c->arglen = MP_TUPLE_LEN(args);
        c->argidx = 0;
    } else {
        c->arglen = -1;
        c->argidx = -2;
    }
}

/* "%(key)": looks key up in the mapping, which becomes the arguments. */
static int parse_key(pctx *c)
{
    if (!c->dict) {
        mp_err_set_str(&mp_type_TypeError, "format requires a mapping");
        return -1;
    }
    c->p++; /* the '(' */
    const char *keystart = c->p;
    int depth = 1;
    uint32_t ch = 0;
    while (depth > 0 && next_ch(c, &ch)) {
        if (ch == ')')
            depth--;
        else if (ch == '(')
            depth++;
    }
    if (c->used_up || depth > 0) {
        mp_err_set_str(&mp_type_ValueError, "incomplete format key");
        return -1;
    }
    mp_obj key = mp_str_new(keystart, (size_t)(c->p - 1 - keystart));
    if (!key)
        return -1;
    mp_obj value = mp_obj_getitem(c->dict, key);
    mp_decref(key);
    if (!value)
        return -1;
    set_args(c, value, 1);
    c->arglen = -1;
    c->argidx = -2;
    return 0;
}

/* A '*' width or precision: the next argument, which must be an int. */
static int star_arg(pctx *c, intptr_t *out, int is_prec)
{
    mp_obj v = next_arg(c);
    if (!v)
        return -1;
    if (!mp_int_check(v)) {
        mp_err_set_str(&mp_type_TypeError, "* wants int");
        return -1;
    }
    if (mp_int_as_ssize(v, out) < 0)
        return -1;
    if (is_prec && (*out > INT_MAX || *out < INT_MIN)) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

/* Reads digits after the first (in *ch) into *out. */
static int read_number(pctx *c, uint32_t *ch, intptr_t *out, intptr_t max, const char *too_big)
{
    intptr_t v = (intptr_t)(*ch - '0');
    while (next_ch(c, ch)) {
        if (*ch < '0' || *ch > '9')
            break;
        if (v > (max - (intptr_t)(*ch - '0')) / 10) {
            mp_err_set_str(&mp_type_ValueError, too_big);
            return -1;
        }
        v = v * 10 + (intptr_t)(*ch - '0');
    }
    *out = v;
    return 0;
}

/* The key, flags, width, precision and conversion character of one
 * specifier, the '%' already read. */
static int parse_arg(pctx *c, parg *a)
{
    if (c->p < c->end && *c->p == '(' && parse_key(c) < 0)
        return -1;
    uint32_t ch = 0;
    while (next_ch(c, &ch)) {
        int f = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK
              : ch == '#' ? F_ALT : ch == '0' ? F_ZERO : 0;
        if (!f)
            break;
        a->flags |= f;
    }
    if (ch == '*') {
        if (star_arg(c, &a->width, 0) < 0)
            return -1;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        next_ch(c, &ch);
    } else if (ch >= '0' && ch <= '9') {
        if (read_number(c, &ch, &a->width, INTPTR_MAX, "width too big") < 0)
            return -1;
    }
    if (ch == '.') {
        a->prec = 0;
        next_ch(c, &ch);
        if (ch == '*') {
            if (star_arg(c, &a->prec, 1) < 0)
                return -1;
            if (a->prec < 0)
                a->prec = 0;
            next_ch(c, &ch);
        } else if (ch >= '0' && ch <= '9') {
            if (read_number(c, &ch, &a->prec, INT_MAX, "precision too big") < 0)
                return -1;
        }
    }
    if (!c->used_up && (ch == 'h' || ch == 'l' || ch == 'L'))
        next_ch(c, &ch);
    if (c->used_up) {
        mp_err_set_str(&mp_type_ValueError, "incomplete format");
        return -1;
    }
    a->ch = ch;
    return 0;
}

/* PyNumber_Check: whether v converts to a number at all. */
static int is_number(mp_obj v)
{
    mp_type *t = mp_type_of(v);
    const mp_number_methods *nb = t->as_number;
    return (nb && (nb->index || nb->int_ || nb->float_)) ||
           mp_obj_type_check(v, &mp_type_complex);
}

/* The digits of an int for %d %o %x %X, with the 0o/0x prefix when alt
 * and zeros up to prec digits (CPython's _PyUnicode_FormatLong). */
static mp_obj format_long(mp_obj v, int alt, intptr_t prec, char type)
{
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    mp_obj text = mp_int_to_text(v, base, 0);
    if (!text)
        return NULL;
    const char *d = mp_str_utf8(text);
    size_t n = mp_str_nbytes(text);
    int neg = n > 0 && d[0] == '-';
    if (neg) {
        d++;
        n--;
    }
    if (n > 2 && d[0] == '0' && (d[1] == 'x' || d[1] == 'o')) {
        d += 2; /* a prefix we did not ask for */
        n -= 2;
    }
    mp_buf b = MP_BUF_INIT;
    if (neg)
        mp_buf_putc(&b, '-');
    if (alt && base != 10) {
        mp_buf_putc(&b, '0');
        mp_buf_putc(&b, base == 8 ? 'o' : type);
    }
    for (intptr_t i = (intptr_t)n; i < prec; i++)
        mp_buf_putc(&b, '0');
    for (size_t i = 0; i < n; i++)
        mp_buf_putc(&b, type == 'X' && d[i] >= 'a' && d[i] <= 'f' ? (char)(d[i] - 32) : d[i]);
    mp_decref(text);
    return mp_str_from_buf(&b);
}

static mp_obj format_int_arg(mp_obj v, parg *a)
{
    char type = (char)a->ch;
    int hex_oct = type == 'o' || type == 'x' || type == 'X';
    mp_obj iobj = NULL;
    if (is_number(v)) {
        if (mp_int_check(v))
            iobj = mp_newref(v);
        else
            iobj = hex_oct ? mp_number_index(v) : mp_number_long(v);
        if (!iobj && !mp_err_matches(&mp_type_TypeError))
            return NULL;
        mp_err_clear();
    }
    if (!iobj)
        return mp_err_format(&mp_type_TypeError, "%%%c format: %s is required, not %s", type,
                             hex_oct ? "an integer" : "a real number", mp_type_of(v)->name);
    mp_obj r = format_long(iobj, a->flags & F_ALT, a->prec, type);
    mp_decref(iobj);
    a->sign = 1;
    return r;
}

static mp_obj format_float_arg(mp_obj v, parg *a)
{
    double x;
    if (mp_float_as_double(v, &x) < 0)
        return NULL;
    mp_buf b = MP_BUF_INIT;
    mp_format_double(&b, x, (char)a->ch, a->prec < 0 ? 6 : (int)a->prec,
                     (a->flags & F_ALT) ? MP_DTOA_ALT : 0);
    a->sign = 1;
    return mp_str_from_buf(&b);
}

static mp_obj format_char_arg(mp_obj v)
{
    if (mp_str_check(v)) {
        if (mp_str_len(v) == 1)
            return mp_newref(v);
    } else if (mp_int_check(v) || is_number(v)) {
        mp_obj i = mp_int_check(v) ? mp_newref(v) : mp_number_index(v);
        if (!i) {
            if (!mp_err_matches(&mp_type_TypeError))
                return NULL;
            mp_err_clear();
        } else {
            intptr_t x;
            int clipped = mp_int_as_ssize_clip(i, &x);
            mp_decref(i);
            if (clipped || x < 0 || x > 0x10FFFF)
                return mp_err_set_str(&mp_type_OverflowError, "%c arg not in range(0x110000)");
            return mp_str_from_char((uint32_t)x);
        }
    }
    return mp_err_set_str(&mp_type_TypeError, "%c requires int or char");
}

/* The text of one conversion, before width and sign are applied. */
static mp_obj format_arg(pctx *c, parg *a)
{
    mp_obj v = next_arg(c);
    if (!v)
        return NULL;
    switch (a->ch) {
    case 's':
        return mp_str_check_exact(v) ? mp_newref(v) : mp_obj_str(v);
    case 'r':
        return mp_obj_repr(v);
    case 'a':
        return mp_obj_ascii(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        return format_int_arg(v, a);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return format_float_arg(v, a);
    case 'c':
        return format_char_arg(v);
    default: {
        intptr_t index = 0;
        for (const char *q = c->start; q < c->p; q++)
            index += ((unsigned char)*q & 0xC0) != 0x80;
        return mp_err_format(&mp_type_ValueError,
                             "unsupported format character '%c' (0x%x) at index %zd",
                             (a->ch >= 31 && a->ch <= 126) ? (int)a->ch : '?', (unsigned)a->ch,
                             (size_t)(index - 1));
    }
    }
}

static void put_repeat(mp_buf *b, char c, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++)
        mp_buf_putc(b, c);
}

/* Writes str with the width, precision, sign and prefix of a
 * (CPython's unicode_format_arg_output). */
static void output_arg(pctx *c, parg *a, mp_obj str)
{
    mp_buf *b = &c->out;
    const char *d = mp_str_utf8(str);
    size_t nb = mp_str_nbytes(str);
    intptr_t len = mp_str_len(str);
    char fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (F_SIGN | F_BLANK))) {
        mp_buf_append(b, d, nb);
        return;
    }
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec) {
        const char *q = d;
        for (intptr_t i = 0; i < a->prec; i++)
            mp_utf8_next(&q);
        len = a->prec;
        nb = (size_t)(q - d);
    }
    size_t pi = 0;
    char signchar = 0;
    if (a->sign) {
        if (nb && (d[0] == '-' || d[0] == '+')) {
            signchar = d[0];
            len--;
            pi++;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        } else {
            a->sign = 0;
        }
    }
    intptr_t width = a->width < len ? len : a->width;
    int prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (a->sign) {
        if (fill != ' ')
            mp_buf_putc(b, signchar);
        if (width > len)
            width--;
    }
    if (prefix) {
        if (fill != ' ') {
            mp_buf_append(b, d + pi, 2);
            pi += 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        put_repeat(b, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (a->sign)
            mp_buf_putc(b, signchar);
        if (prefix) {
            mp_buf_append(b, d + pi, 2);
            pi += 2;
        }
    }
    if (len > 0)
        mp_buf_append(b, d + pi, nb - pi);
    if (width > len)
        put_repeat(b, ' ', width - len);
}

/* One specifier, the '%' already read. */
static int format_one(pctx *c)
{
    if (c->p < c->end && *c->p == '%') {
        c->p++;
        mp_buf_putc(&c->out, '%');
        return 0;
    }
    parg a = {0, 0, -1, -1, 0};
    if (parse_arg(c, &a) < 0)
        return -1;
    mp_obj str = format_arg(c, &a);
    if (!str)
        return -1;
    output_arg(c, &a, str);
    mp_decref(str);
    if (c->dict && c->argidx < c->arglen) {
        mp_err_set_str(&mp_type_TypeError, "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

mp_obj mp_str_format_percent(mp_obj fmt, mp_obj args)
{
    pctx c = {0};
    c.start = c.p = mp_str_utf8(fmt);
    c.end = c.start + mp_str_nbytes(fmt);
    c.out = (mp_buf)MP_BUF_INIT;
    set_args(&c, args, 0);
    mp_type *t = mp_type_of(args);
    if (t->as_mapping && t->as_mapping->subscript && !mp_tuple_check(args) && !mp_str_check(args))
        c.dict = args;
    int converted = 0;
    while (c.p < c.end) {
        const char *pct = memchr(c.p, '%', (size_t)(c.end - c.p));
        if (!pct) {
            mp_buf_append(&c.out, c.p, (size_t)(c.end - c.p));
            break;
        }
        converted = 1;
        mp_buf_append(&c.out, c.p, (size_t)(pct - c.p));
        c.p = pct + 1;
        if (format_one(&c) < 0)
            goto fail;
    }
    if (c.argidx < c.arglen && !c.dict) {
        mp_err_set_str(&mp_type_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    if (c.args_owned)
        mp_decref(c.args);
    if (!converted && c.end > c.start) {
        /* Nothing to format: the format itself, as CPython returns it. */
        mp_buf_free(&c.out);
        return mp_newref(fmt);
    }
    return mp_str_from_buf(&c.out);
fail:
    if (c.args_owned)
        mp_decref(c.args);
    mp_buf_free(&c.out);
    return NULL;
}

/* ======== str.format ====================================================================== */

typedef struct {
    const char *s, *e;
} substr;

/* Where the fields' values come from: the call's arguments, or (for
 * format_map) a mapping and no positional arguments. */
typedef struct {
    mp_obj const *args;
    size_t nargs;
    int positional;              /* 0 for format_map */
    mp_obj kwnames;              /* format(): keyword names, or NULL */
    mp_obj mapping;              /* format_map(): the mapping */
    enum { AUTO_INIT, AUTO_ON, MANUAL } numbering;
    intptr_t next_auto;
} fsource;

static mp_obj value_error(const char *msg)
{
    return mp_err_set_str(&mp_type_ValueError, msg);
}

/* The decimal value of s, or -1 when it is not all digits (any script's);
 * -2 with ValueError when it does not fit. */
static intptr_t get_integer(substr s)
{
    if (s.s >= s.e)
        return -1;
    intptr_t acc = 0;
    const char *p = s.s;
    while (p < s.e) {
        int dv = mp_unicode_decimal(mp_utf8_next(&p));
        if (dv < 0)
            return -1;
        if (acc > (INTPTR_MAX - dv) / 10) {
            value_error("Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + dv;
    }
    return acc;
}

/* Splits a field name into its first part and the rest ('.name',
 * '[key]'), and finds the index the first part means: -1 for a keyword.
 * Keeps the auto-numbering state. */
static int field_name_split(fsource *src, substr name, substr *first, intptr_t *index,
                            const char **rest)
{
    const char *p = name.s;
    while (p < name.e && *p != '.' && *p != '[')
        p++;
    first->s = name.s;
    first->e = p;
    *rest = p;
    *index = get_integer(*first);
    if (*index == -2)
        return -1;
    int empty = first->s >= first->e;
    if (empty || *index != -1) {
        if (src->numbering == AUTO_INIT)
            src->numbering = empty ? AUTO_ON : MANUAL;
        if (src->numbering == MANUAL && empty) {
            value_error("cannot switch from manual field specification to automatic field numbering");
            return -1;
        }
        if (src->numbering == AUTO_ON && !empty) {
            value_error("cannot switch from automatic field numbering to manual field specification");
            return -1;
        }
        if (empty)
            *index = src->next_auto++;
    }
    return 0;
}

static mp_obj lookup_keyword(fsource *src, substr name)
{
    mp_obj key = mp_str_new(name.s, (size_t)(name.e - name.s));
    if (!key)
        return NULL;
    if (src->mapping) {
        mp_obj r = mp_obj_getitem(src->mapping, key);
        mp_decref(key);
        return r;
    }
    intptr_t nkw = src->kwnames ? MP_TUPLE_LEN(src->kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        if (mp_str_eq(MP_TUPLE_GET(src->kwnames, i), key)) {
            mp_decref(key);
            return mp_newref(src->args[src->nargs + (size_t)i]);
        }
    }
    mp_err_set_object(&mp_type_KeyError, key);
    mp_decref(key);
    return NULL;
}

/* The object a field name names: an argument, then its attributes and
 * items. */
static mp_obj get_field_object(fsource *src, substr name)
{
    substr first;
    intptr_t index;
    const char *p;
    if (field_name_split(src, name, &first, &index, &p) < 0)
        return NULL;
    mp_obj obj;
    if (index == -1) {
        obj = lookup_keyword(src, first);
    } else if (!src->positional) {
        obj = value_error("Format string contains positional fields");
    } else if ((size_t)index >= src->nargs) {
        obj = mp_err_format(&mp_type_IndexError,
                            "Replacement index %zd out of range for positional args tuple",
                            (size_t)index);
    } else {
        obj = mp_newref(src->args[index]);
    }
    while (obj && p < name.e) {
        char kind = *p++;
        substr part = {p, p};
        if (kind == '.') {
            while (p < name.e && *p != '.' && *p != '[')
                p++;
            part.e = p;
        } else if (kind == '[') {
            while (p < name.e && *p != ']')
                p++;
            if (p == name.e) {
                MP_CLEAR(obj);
                value_error("Missing ']' in format string");
                break;
            }
            part.e = p++;
        } else {
            MP_CLEAR(obj);
            value_error("Only '.' or '[' may follow ']' in format field specifier");
            break;
        }
        if (part.s == part.e) {
            MP_CLEAR(obj);
            value_error("Empty attribute in format string");
            break;
        }
        intptr_t i = kind == '[' ? get_integer(part) : -1;
        mp_obj key = i == -2 ? NULL
                   : i >= 0  ? mp_int_from_ssize(i)
                             : mp_str_new(part.s, (size_t)(part.e - part.s));
        mp_obj next = NULL;
        if (key) {
            next = kind == '.' ? mp_obj_getattr(obj, key) : mp_obj_getitem(obj, key);
            mp_decref(key);
        }
        mp_decref(obj);
        obj = next;
    }
    return obj;
}

/* One field's parts: name, conversion and spec (CPython's parse_field);
 * *p is just past the '{'.  1, or 0 with ValueError. */
static int parse_field(const char **pp, const char *end, substr *name, uint32_t *conversion,
                       substr *spec, int *expand)
{
    const char *p = *pp;
    char c = 0;
    name->s = p;
    while (p < end) {
        c = *p++;
        if (c == '{') {
            value_error("unexpected '{' in field name");
            return 0;
        }
        if (c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    name->e = p - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (p >= end) {
                value_error("end of string while looking for conversion specifier");
                return 0;
            }
            *conversion = mp_utf8_next(&p);
            if (p < end) {
                c = *p++;
                if (c == '}') {
                    *pp = p;
                    return 1;
                }
                if (c != ':') {
                    value_error("expected ':' after conversion specifier");
                    return 0;
                }
            }
        }
        spec->s = p;
        int count = 1;
        while (p < end) {
            c = *p++;
            if (c == '{') {
                *expand = 1;
                count++;
            } else if (c == '}' && --count == 0) {
                spec->e = p - 1;
                *pp = p;
                return 1;
            }
        }
        value_error("unmatched '{' in format spec");
        return 0;
    }
    if (c != '}') {
        value_error("expected '}' before end of string");
        return 0;
    }
    *pp = p;
    return 1;
}

static int build_string(fsource *src, const char *p, const char *end, int depth, mp_buf *out);

/* Formats one field's value into out. */
static int output_field(fsource *src, substr name, uint32_t conversion, substr spec, int expand,
                        int depth, mp_buf *out)
{
    mp_obj obj = get_field_object(src, name);
    if (!obj)
        return -1;
    if (conversion) {
        mp_obj conv = NULL;
        if (conversion == 'r')
            conv = mp_obj_repr(obj);
        else if (conversion == 's')
            conv = mp_obj_str(obj);
        else if (conversion == 'a')
            conv = mp_obj_ascii(obj);
        else if (conversion > 32 && conversion < 127)
            mp_err_format(&mp_type_ValueError, "Unknown conversion specifier %c", (int)conversion);
        else
            mp_err_format(&mp_type_ValueError, "Unknown conversion specifier \\x%x",
                          (unsigned)conversion);
        mp_decref(obj);
        if (!conv)
            return -1;
        obj = conv;
    }
    mp_obj spec_str = NULL;
    if (expand) {
        mp_buf b = MP_BUF_INIT;
        if (build_string(src, spec.s, spec.e, depth - 1, &b) < 0) {
            mp_buf_free(&b);
            mp_decref(obj);
            return -1;
        }
        spec_str = mp_str_from_buf(&b);
    } else if (spec.e > spec.s) {
        spec_str = mp_str_new(spec.s, (size_t)(spec.e - spec.s));
    } else if (mp_str_check_exact(obj)) {
        put_str(out, obj);
        mp_decref(obj);
        return 0;
    }
    if ((expand || spec.e > spec.s) && !spec_str) {
        mp_decref(obj);
        return -1;
    }
    mp_obj r = mp_obj_format(obj, spec_str);
    mp_decref(obj);
    mp_xdecref(spec_str);
    if (!r)
        return -1;
    put_str(out, r);
    mp_decref(r);
    return 0;
}

/* The literal text up to the next field, and the field (CPython's
 * MarkupIterator_next).  Returns 1 at the end, 2 for an item, 0 on error. */
static int markup_next(const char **pp, const char *end, substr *literal, int *field,
                       substr *name, uint32_t *conversion, substr *spec, int *expand)
{
    const char *p = *pp, *start = p;
    *field = 0;
    *conversion = 0;
    *expand = 0;
    spec->s = spec->e = NULL;
    if (p >= end)
        return 1;
    char c = 0;
    int markup = 0;
    while (p < end) {
        c = *p++;
        if (c == '{' || c == '}') {
            markup = 1;
            break;
        }
    }
    int at_end = p >= end;
    size_t len = (size_t)(p - start);
    if (c == '}' && (at_end || *p != '}')) {
        value_error("Single '}' encountered in format string");
        return 0;
    }
    if (at_end && c == '{') {
        value_error("Single '{' encountered in format string");
        return 0;
    }
    if (!at_end) {
        if (*p == c) {
            p++; /* '{{' or '}}': the first brace is literal text */
            markup = 0;
        } else {
            len--;
        }
    }
    literal->s = start;
    literal->e = start + len;
    if (markup) {
        *field = 1;
        if (!parse_field(&p, end, name, conversion, spec, expand))
            return 0;
    }
    *pp = p;
    return 2;
}

static int build_string(fsource *src, const char *p, const char *end, int depth, mp_buf *out)
{
    if (depth <= 0) {
        value_error("Max string recursion exceeded");
        return -1;
    }
    for (;;) {
        substr literal, name, spec;
        uint32_t conversion;
        int field, expand;
        int r = markup_next(&p, end, &literal, &field, &name, &conversion, &spec, &expand);
        if (r == 0)
            return -1;
        if (r == 1)
            return 0;
        mp_buf_append(out, literal.s, (size_t)(literal.e - literal.s));
        if (field && output_field(src, name, conversion, spec, expand, depth, out) < 0)
            return -1;
    }
}

static mp_obj format_with(mp_obj fmt, fsource *src)
{
    mp_buf b = MP_BUF_INIT;
    const char *p = mp_str_utf8(fmt);
    size_t n = mp_str_nbytes(fmt);
    if (n && !memchr(p, '{', n) && !memchr(p, '}', n))
        return mp_newref(fmt); /* no fields: the format itself, as CPython returns it */
    if (build_string(src, p, p + n, 2, &b) < 0) {
        mp_buf_free(&b);
        return NULL;
    }
    return mp_str_from_buf(&b);
}

mp_obj mp_str_format_method(mp_obj fmt, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    fsource src = {args, nargs, 1, kwnames, NULL, AUTO_INIT, 0};
    return format_with(fmt, &src);
}

mp_obj mp_str_format_map(mp_obj fmt, mp_obj mapping)
{
    fsource src = {NULL, 0, 0, NULL, mapping, AUTO_INIT, 0};
    return format_with(fmt, &src);
}

/* str.__format__(self, spec) */
mp_obj mp_str_format_spec(mp_obj self, mp_obj spec)
{
    if (!mp_str_check(spec))
        return mp_err_format(&mp_type_TypeError, "__format__() argument must be str, not %s",
                             spec == mp_none ? "None" : mp_type_of(spec)->name);
    return mp_format_str(spec, self);
}

/* The format-spec mini-language (format_spec.h): parsing a spec once into
 * an mp_format_spec, and laying out str, int, float and complex values by
 * it, as CPython 3.11's Python/formatter_unicode.c does.  Float digits come
 * from util/pyrepr.c; this file only places signs, prefixes, separators,
 * padding and fill.  minipy runs in the C locale, so 'n' groups nothing. */
#include <math.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/pyrepr.h"
#include "minipy/state.h"
#include "minipy/str.h"

/* ---- parsing --------------------------------------------------------------------------- */

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* "'c'" for a printable ASCII type, "'\x1f40d'" for others, as CPython. */
static void put_code(mp_buf *b, uint32_t c)
{
    if (c > 32 && c < 128)
        mp_buf_printf(b, "'%c'", (char)c);
    else
        mp_buf_printf(b, "'\\x%x'", (unsigned)c);
}

static int value_error_code(const char *before, uint32_t code, const char *after)
{
    mp_buf b = MP_BUF_INIT;
    mp_buf_puts(&b, before);
    put_code(&b, code);
    mp_buf_puts(&b, after);
    mp_obj msg = mp_str_from_buf(&b);
    if (msg) {
        mp_err_set_object(&mp_type_ValueError, msg);
        mp_decref(msg);
    }
    return -1;
}

static int unknown_code(uint32_t code, const char *type_name)
{
    mp_buf b = MP_BUF_INIT;
    mp_buf_printf(&b, " for object of type '%s'", type_name);
    mp_obj tail = mp_str_from_buf(&b);
    if (!tail)
        return -1;
    value_error_code("Unknown format code ", code, mp_str_utf8(tail));
    mp_decref(tail);
    return -1;
}

static int value_error(const char *msg)
{
    mp_err_set_str(&mp_type_ValueError, msg);
    return -1;
}

/* Reads a decimal number (digits of any script) at cp[*i]: the count of
 * digits read, or -1 when it overflows. */
static int read_number(const uint32_t *cp, size_t n, size_t *i, intptr_t *out)
{
    int count = 0;
    intptr_t v = 0;
    int d;
    while (*i < n && (d = mp_unicode_decimal_value(cp[*i])) >= 0) {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, d, &v)) {
            value_error("Too many decimal digits in format string");
            return -1;
        }
        (*i)++;
        count++;
    }
    *out = v;
    return count;
}

/* Checks ',' and '_' against the type, as CPython does before it knows the
 * value's type. */
static int check_grouping(mp_format_spec *f)
{
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (f->thousands == '_')
            return 0;
        /* fall through */
    default:
        return value_error_code(f->thousands == ',' ? "Cannot specify ',' with "
                                                    : "Cannot specify '_' with ",
                                f->type, ".");
    }
}

static int parse_codes(mp_obj spec, const uint32_t *cp, size_t n, const char *type_name,
                       char default_type, char default_align, mp_format_spec *f)
{
    size_t i = 0;
    *f = (mp_format_spec){.fill = ' ', .align = default_align, .width = -1, .precision = -1,
                          .type = (unsigned char)default_type};
    if (n >= 2 && is_align(cp[1])) {
        f->fill = cp[0];
        f->align = (char)cp[1];
        f->fill_given = f->align_given = 1;
        i = 2;
    } else if (n >= 1 && is_align(cp[0])) {
        f->align = (char)cp[0];
        f->align_given = 1;
        i = 1;
    }
    if (i < n && (cp[i] == '+' || cp[i] == '-' || cp[i] == ' '))
        f->sign = (char)cp[i++];
    if (i < n && cp[i] == 'z')
        f->no_neg_zero = 1, i++;
    if (i < n && cp[i] == '#')
        f->alternate = 1, i++;
    if (!f->fill_given && i < n && cp[i] == '0') {
        f->fill = '0';
        f->fill_given = 1;
        if (!f->align_given && default_align == '>')
            f->align = '=';
        i++;
    }
    int got = read_number(cp, n, &i, &f->width);
    if (got < 0)
        return -1;
    if (got == 0)
        f->width = -1;
    if (i < n && cp[i] == ',')
        f->thousands = ',', i++;
    if (i < n && cp[i] == '_') {
        if (f->thousands)
            return value_error("Cannot specify both ',' and '_'.");
        f->thousands = '_', i++;
    }
    if (i < n && cp[i] == ',' && f->thousands == '_')
        return value_error("Cannot specify both ',' and '_'.");
    if (i < n && cp[i] == '.') {
        i++;
        got = read_number(cp, n, &i, &f->precision);
        if (got < 0)
            return -1;
        if (got == 0)
            return value_error("Format specifier missing precision");
    }
    if (n - i > 1) {
        mp_err_format(&mp_type_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                      spec, type_name);
        return -1;
    }
    if (n - i == 1)
        f->type = cp[i];
    return f->thousands ? check_grouping(f) : 0;
}

int mp_format_spec_parse(mp_obj spec, const char *type_name, char default_type,
                         char default_align, mp_format_spec *out)
{
    size_t n = (size_t)mp_str_len(spec);
    uint32_t small[64];
    uint32_t *cp = n <= 64 ? small : mp_malloc(n * sizeof *cp);
    if (!cp) {
        mp_err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        cp[i] = mp_str_char_at(spec, (intptr_t)i);
    int r = parse_codes(spec, cp, n, type_name, default_type, default_align, out);
    if (cp != small)
        mp_free(cp);
    return r;
}

/* ---- layout ------------------------------------------------------------------------------ */

static void put_fill(mp_buf *b, uint32_t fill, intptr_t n)
{
    for (; n > 0; n--) {
        if (fill < 0x80)
            mp_buf_putc(b, (char)fill);
        else
            mp_buf_put_utf8(b, fill);
    }
}

/* Appends s (nbytes of UTF-8, nchars code points) padded to the width. */
static void put_aligned(mp_buf *b, const char *s, size_t nbytes, intptr_t nchars,
                        const mp_format_spec *f)
{
    intptr_t pad = f->width > nchars ? f->width - nchars : 0;
    intptr_t left = f->align == '>' || f->align == '=' ? pad : f->align == '^' ? pad / 2 : 0;
    put_fill(b, f->fill, left);
    mp_buf_append(b, s, nbytes);
    put_fill(b, f->fill, pad - left);
}

static mp_obj finish(mp_buf *b) { return mp_str_from_buf(b); }

/* A number split into what the layout treats differently (all ASCII). */
typedef struct number {
    char sign;              /* 0, '-', '+' or ' ' */
    const char *prefix;     /* "0x" and the like, or "" */
    const char *digits;     /* the integer digits, grouped and zero-padded */
    size_t ndigits;
    const char *rest;       /* point, fraction, exponent, '%': as they are */
    size_t nrest;
} number;

/* Appends digits[0..n) grouped from the right in groups of `every` with sep
 * (0: none), padded on the left with zeros (separators included) to at
 * least min_width characters: CPython's _PyUnicode_InsertThousandsGrouping. */
static void put_grouped(mp_buf *b, const char *digits, size_t n, intptr_t min_width, int every,
                        char sep)
{
    if (n == 0) /* nan, inf: nothing to group (CPython pads them as usual) */
        return;
    if (!sep) {
        put_fill(b, '0', min_width - (intptr_t)n);
        mp_buf_append(b, digits, n);
        return;
    }
    size_t cap = n + n / (size_t)every + (min_width > 0 ? (size_t)min_width : 0) + 4;
    char small[128];
    char *rev = cap <= sizeof small ? small : mp_malloc(cap);
    if (!rev) {
        b->failed = 1;
        return;
    }
    size_t k = 0;
    intptr_t remaining = (intptr_t)n, min = min_width;
    for (int first = 1;; first = 0) {
        intptr_t l = every, want = remaining > min ? remaining : min;
        if (want < 1)
            want = 1;
        if (l > want)
            l = want;
        intptr_t chars = remaining < l ? remaining : l;
        if (chars < 0)
            chars = 0;
        if (!first)
            rev[k++] = sep;
        for (intptr_t j = 0; j < chars; j++)
            rev[k++] = digits[remaining - 1 - j];
        for (intptr_t j = chars; j < l; j++)
            rev[k++] = '0';
        remaining -= chars;
        min -= l;
        if (remaining <= 0 && min <= 0)
            break;
        min--; /* the separator's width */
    }
    for (size_t j = 0; j < k; j++)
        mp_buf_putc(b, rev[k - 1 - j]);
    if (rev != small)
        mp_free(rev);
}

/* Lays out a number by the spec's fill, alignment, width and grouping.
 * every: digits per group (3, or 4 for '_' with b/o/x). */
static void put_number(mp_buf *out, const number *num, const mp_format_spec *f, int every)
{
    size_t nprefix = strlen(num->prefix);
    intptr_t fixed = (num->sign ? 1 : 0) + (intptr_t)nprefix + (intptr_t)num->nrest;
    /* Zero padding goes into the digits, where separators group it too. */
    intptr_t min_width = 0;
    if (f->fill == '0' && f->align == '=' && num->ndigits > 0)
        min_width = f->width - fixed;
    mp_buf body = MP_BUF_INIT;
    put_grouped(&body, num->digits, num->ndigits, min_width, every, f->thousands);
    intptr_t len = fixed + (intptr_t)body.len;
    intptr_t pad = f->width > len ? f->width - len : 0;
    intptr_t left = f->align == '>' ? pad : f->align == '^' ? pad / 2 : 0;
    if (f->align == '=')
        left = 0;
    put_fill(out, f->fill, left);
    if (num->sign)
        mp_buf_putc(out, num->sign);
    mp_buf_puts(out, num->prefix);
    if (f->align == '=')
        put_fill(out, f->fill, pad);
    if (body.failed)
        out->failed = 1;
    else
        mp_buf_append(out, body.data ? body.data : "", body.len);
    mp_buf_append(out, num->rest, num->nrest);
    if (f->align != '=')
        put_fill(out, f->fill, pad - left);
    mp_buf_free(&body);
}

/* The sign shown for a number: its own '-', else what the spec asks. */
static char sign_of(int negative, const mp_format_spec *f)
{
    if (negative)
        return '-';
    return f->sign == '+' || f->sign == ' ' ? f->sign : 0;
}

/* ---- str ------------------------------------------------------------------------------------ */

mp_obj mp_format_str(mp_obj spec, mp_obj value)
{
    if (mp_str_len(spec) == 0)
        return mp_obj_str(value);
    mp_format_spec f;
    const char *tname = mp_type_of(value)->name;
    if (mp_format_spec_parse(spec, tname, 's', '<', &f) < 0)
        return NULL;
    if (f.type != 's')
        return unknown_code(f.type, tname), NULL;
    if (f.sign == ' ')
        return value_error("Space not allowed in string format specifier"), NULL;
    if (f.sign)
        return value_error("Sign not allowed in string format specifier"), NULL;
    if (f.no_neg_zero)
        return value_error("Negative zero coercion (z) not allowed in string format specifier"),
               NULL;
    if (f.alternate)
        return value_error("Alternate form (#) not allowed in string format specifier"), NULL;
    if (f.align == '=')
        return value_error("'=' alignment not allowed in string format specifier"), NULL;
    intptr_t len = mp_str_len(value);
    if (f.precision >= 0 && f.precision < len)
        len = f.precision;
    if (f.width <= len && len == mp_str_len(value))
        return mp_str_check_exact(value) ? mp_newref(value)
                                         : mp_str_new(mp_str_utf8(value), mp_str_nbytes(value));
    mp_buf b = MP_BUF_INIT;
    put_aligned(&b, mp_str_utf8(value), mp_str_byte_offset(value, len), len, &f);
    return finish(&b);
}

/* ---- float ----------------------------------------------------------------------------------- */

/* Appends x formatted by f (a float presentation type or none) to out.
 * 0, or -1 with the exception set. */
static int put_float(mp_buf *out, double x, const mp_format_spec *f)
{
    if (f->precision > 0x7fffffff)
        return value_error("precision too big");
    char type = (char)f->type;
    int precision = (int)f->precision, flags = 0, percent = 0, default_precision = 6;
    if (f->alternate)
        flags |= MP_DTOA_ALT;
    if (f->no_neg_zero)
        flags |= MP_DTOA_NO_NEG_0;
    if (type == 0) {
        /* Like repr without a precision, like 'g' with one, but always
         * with a digit after the point. */
        flags |= MP_DTOA_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        percent = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    mp_buf text = MP_BUF_INIT;
    mp_format_double(&text, x, type, precision, flags);
    if (percent)
        mp_buf_putc(&text, '%');
    if (text.failed) {
        mp_buf_free(&text);
        mp_err_no_memory();
        return -1;
    }
    const char *s = text.data;
    int negative = s[0] == '-';
    s += negative;
    size_t nd = 0;
    while (s[nd] >= '0' && s[nd] <= '9')
        nd++;
    number num = {sign_of(negative, f), "", s, nd, s + nd, strlen(s + nd)};
    put_number(out, &num, f, 3);
    mp_buf_free(&text);
    return 0;
}

static int is_float_type(uint32_t t)
{
    return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' ||
           t == 'n' || t == '%';
}

mp_obj mp_format_float(mp_obj spec, mp_obj value)
{
    if (mp_str_len(spec) == 0)
        return mp_obj_str(value);
    mp_format_spec f;
    const char *tname = mp_type_of(value)->name;
    if (mp_format_spec_parse(spec, tname, 0, '>', &f) < 0)
        return NULL;
    if (!is_float_type(f.type))
        return unknown_code(f.type, tname), NULL;
    mp_buf b = MP_BUF_INIT;
    if (put_float(&b, mp_float_value(value), &f) < 0) {
        mp_buf_free(&b);
        return NULL;
    }
    return finish(&b);
}

/* ---- int ------------------------------------------------------------------------------------- */

/* format(i, 'c'): the character with that code. */
static mp_obj format_char(mp_obj value, const mp_format_spec *f)
{
    if (f->sign)
        return value_error("Sign not allowed with integer format specifier 'c'"), NULL;
    if (f->alternate)
        return value_error("Alternate form (#) not allowed with integer format specifier 'c'"),
               NULL;
    intptr_t c;
    if (mp_int_as_ssize(value, &c) < 0) {
        mp_err_clear();
        return mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C long");
    }
    if (c < 0 || c > 0x10ffff)
        return mp_err_set_str(&mp_type_OverflowError, "%c arg not in range(0x110000)");
    mp_buf ch = MP_BUF_INIT, b = MP_BUF_INIT;
    mp_buf_put_utf8(&ch, (unsigned)c);
    put_aligned(&b, ch.data ? ch.data : "", ch.len, 1, f);
    mp_buf_free(&ch);
    return finish(&b);
}

static mp_obj format_integer(mp_obj value, const mp_format_spec *f)
{
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X"; break;
    }
    mp_buf digits = MP_BUF_INIT;
    if (mp_int_append_digits(&digits, value, base) < 0) {
        mp_buf_free(&digits);
        return NULL;
    }
    if (f->type == 'X')
        for (size_t i = 0; i < digits.len; i++)
            if (digits.data[i] >= 'a')
                digits.data[i] = (char)(digits.data[i] - 'a' + 'A');
    number num = {sign_of(mp_int_sign(value) < 0, f), f->alternate ? prefix : "",
                  digits.data ? digits.data : "", digits.len, "", 0};
    mp_buf b = MP_BUF_INIT;
    put_number(&b, &num, f, base == 10 ? 3 : 4);
    if (digits.failed)
        b.failed = 1;
    mp_buf_free(&digits);
    return finish(&b);
}

mp_obj mp_format_int(mp_obj spec, mp_obj value)
{
    if (mp_str_len(spec) == 0)
        return mp_obj_str(value);
    mp_format_spec f;
    const char *tname = mp_type_of(value)->name;
    if (mp_format_spec_parse(spec, tname, 'd', '>', &f) < 0)
        return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        if (mp_int_as_double(value, &x) < 0)
            return NULL;
        mp_buf b = MP_BUF_INIT;
        if (put_float(&b, x, &f) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
        return finish(&b);
    }
    default:
        return unknown_code(f.type, tname), NULL;
    }
    if (f.precision >= 0)
        return value_error("Precision not allowed in integer format specifier"), NULL;
    if (f.no_neg_zero)
        return value_error("Negative zero coercion (z) not allowed in integer format specifier"),
               NULL;
    if (f.type == 'c')
        return format_char(value, &f);
    return format_integer(value, &f);
}

/* ---- complex --------------------------------------------------------------------------------- */

/* One part of a complex, laid out without padding: digits as for a float,
 * with the given sign rule. */
static int put_part(mp_buf *out, double x, char type, int precision, int flags,
                    const mp_format_spec *f, char sign_rule)
{
    mp_buf text = MP_BUF_INIT;
    mp_format_double(&text, x, type, precision, flags);
    if (text.failed) {
        mp_buf_free(&text);
        mp_err_no_memory();
        return -1;
    }
    const char *s = text.data;
    int negative = s[0] == '-';
    s += negative;
    size_t nd = 0;
    while (s[nd] >= '0' && s[nd] <= '9')
        nd++;
    mp_format_spec plain = *f;
    plain.width = -1;
    plain.align = '<';
    plain.sign = sign_rule;
    number num = {sign_of(negative, &plain), "", s, nd, s + nd, strlen(s + nd)};
    put_number(out, &num, &plain, 3);
    mp_buf_free(&text);
    return 0;
}

mp_obj mp_format_complex(mp_obj spec, mp_obj value)
{
    if (mp_str_len(spec) == 0)
        return mp_obj_str(value);
    mp_format_spec f;
    const char *tname = mp_type_of(value)->name;
    if (mp_format_spec_parse(spec, tname, 0, '>', &f) < 0)
        return NULL;
    if (!is_float_type(f.type) || f.type == '%')
        return unknown_code(f.type, tname), NULL;
    if (f.precision > 0x7fffffff)
        return value_error("precision too big"), NULL;
    if (f.fill == '0')
        return value_error("Zero padding is not allowed in complex format specifier"), NULL;
    if (f.align == '=')
        return value_error("'=' alignment flag is not allowed in complex format specifier"), NULL;
    double re = ((mp_complex *)value)->real, im = ((mp_complex *)value)->imag;
    char type = (char)f.type;
    int precision = (int)f.precision, flags = 0, default_precision = 6;
    int skip_re = 0, parens = 0;
    if (f.alternate)
        flags |= MP_DTOA_ALT;
    if (f.no_neg_zero)
        flags |= MP_DTOA_NO_NEG_0;
    if (type == 0) {
        /* Like str(): no real part when it is +0, else parentheses. */
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !signbit(re))
            skip_re = 1;
        else
            parens = 1;
    }
    if (type == 'n')
        type = 'g';
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    mp_buf body = MP_BUF_INIT;
    if (parens)
        mp_buf_putc(&body, '(');
    if ((!skip_re && put_part(&body, re, type, precision, flags, &f, f.sign) < 0) ||
        put_part(&body, im, type, precision, flags, &f, skip_re ? f.sign : '+') < 0) {
        mp_buf_free(&body);
        return NULL;
    }
    mp_buf_puts(&body, parens ? "j)" : "j");
    if (body.failed) {
        mp_buf_free(&body);
        return mp_err_no_memory();
    }
    mp_buf b = MP_BUF_INIT;
    put_aligned(&b, body.data, body.len, (intptr_t)body.len, &f);
    mp_buf_free(&body);
    return finish(&b);
}

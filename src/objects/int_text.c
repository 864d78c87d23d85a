/* int <-> text: int(text, base) and str/repr/bin/oct/hex of ints, with
 * CPython 3.11's limit on decimal digits (sys.set_int_max_str_digits), and
 * the Unicode digits and white space int() and float() accept.
 * (CPython's PyLong_FromString and long_to_decimal_string.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/unicode.h"

intptr_t mp_int_max_str_digits = MP_INT_MAX_STR_DIGITS_DEFAULT;

/* ---- Unicode digits and white space ---------------------------------------------------- */

/* The code points of the non-ASCII digits zero (Unicode 14, CPython 3.11's
 * unicodedata): each starts a run of ten decimal digits. */
static const uint32_t decimal_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
    0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0,
    0x1e950, 0x1fbf0,
};

/* The decimal value of a non-ASCII code point, or -1. */
static int unicode_decimal(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    size_t lo = 0, hi = sizeof decimal_zeros / sizeof decimal_zeros[0];
    while (lo < hi) { /* the first zero above cp */
        size_t mid = (lo + hi) / 2;
        if (decimal_zeros[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || cp - decimal_zeros[lo - 1] >= 10)
        return -1;
    return (int)(cp - decimal_zeros[lo - 1]);
}

int mp_unicode_decimal_value(uint32_t cp) { return unicode_decimal(cp); }

/* str.isspace() for non-ASCII code points. */
static int unicode_space(uint32_t cp)
{
    switch (cp) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
    case 0x3000:
        return 1;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

void mp_number_text_to_ascii(mp_buf *b, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            mp_buf_putc(b, (char)s[i++]);
            continue;
        }
        uint32_t cp;
        int n = mp_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            mp_buf_putc(b, '?');
            i++;
            continue;
        }
        int d = unicode_decimal(cp);
        mp_buf_putc(b, d >= 0 ? (char)('0' + d) : unicode_space(cp) ? ' ' : '?');
        i += (size_t)n;
    }
}

static int has_non_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 1;
    return 0;
}

/* ---- text to int ---------------------------------------------------------------------------- */

static int is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

static int is_power_of_two(int base) { return (base & (base - 1)) == 0; }

static mp_obj limit_error(size_t ndigits)
{
    return mp_err_format(&mp_type_ValueError,
                         "Exceeds the limit (%zd digits) for integer string conversion: value has "
                         "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                         mp_int_max_str_digits, ndigits);
}

/* The digits p[0..n) (valid in base, with single underscores between
 * them) as an int. */
static mp_obj digits_value(const char *p, size_t n, size_t ndigits, int base, int negative)
{
    /* Up to 12 digits fit a word in any base (36**12 < 2**63). */
    if (ndigits <= 12 || (base == 10 && ndigits <= 18)) {
        intptr_t v = 0;
        for (size_t i = 0; i < n; i++)
            if (p[i] != '_')
                v = v * base + digit_value(p[i]);
        return mp_int_from_ssize(negative ? -v : v);
    }
    char *clean = mp_malloc(ndigits + 1);
    if (!clean)
        return mp_err_no_memory();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] != '_')
            clean[k++] = p[i];
    clean[k] = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, clean, base);
    mp_free(clean);
    if (negative)
        mpz_neg(z, z);
    return mp_int_from_mpz_take(z);
}

/* Parses ASCII s[0..n) as int() does.  NULL without an exception means an
 * invalid literal (the caller words the message). */
static mp_obj parse_int(const char *s, size_t n, int base)
{
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    int need_digit = 1, zeros_only = 0;
    if (end - p >= 2 && p[0] == '0') {
        char x = (char)(p[1] | 0x20);
        int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_') /* 0x_1f */
                p++;
        }
    }
    if (base == 0) {
        /* Base 0 takes decimal literals as Python code does: no leading
         * zeros on a nonzero value ("010" is an error). */
        zeros_only = p < end && *p == '0';
        base = 10;
    }
    const char *digits = p;
    size_t ndigits = 0;
    while (p < end) {
        if (digit_value(*p) < base) {
            ndigits++;
            need_digit = 0;
        } else if (*p == '_' && !need_digit) {
            need_digit = 1;
        } else {
            break;
        }
        p++;
    }
    if (mp_int_max_str_digits > 0 && !is_power_of_two(base) &&
        ndigits > (size_t)mp_int_max_str_digits)
        return limit_error(ndigits);
    if (p != end || need_digit)
        return NULL;
    if (zeros_only)
        for (const char *q = digits; q < end; q++)
            if (*q != '0' && *q != '_')
                return NULL;
    return digits_value(digits, (size_t)(end - digits), ndigits, base, negative);
}

/* ValueError "invalid literal for int() with base 10: 'x'", the repr cut
 * to 200 characters as CPython's %.200R. */
static mp_obj invalid_literal(int base, mp_obj orig)
{
    mp_obj r = mp_obj_repr(orig);
    if (!r)
        return NULL;
    if (mp_str_len(r) > 200) {
        mp_obj cut = mp_str_substr(r, 0, 200);
        mp_decref(r);
        if (!cut)
            return NULL;
        r = cut;
    }
    mp_err_format(&mp_type_ValueError, "invalid literal for int() with base %d: %U", base, r);
    mp_decref(r);
    return NULL;
}

/* text is UTF-8 when unicode is set (str), raw bytes otherwise. */
static mp_obj from_text(const char *text, size_t len, int base, int unicode, mp_obj orig)
{
    mp_obj r;
    if (unicode && has_non_ascii(text, len)) {
        mp_buf b = MP_BUF_INIT;
        mp_number_text_to_ascii(&b, text, len);
        if (b.failed) {
            mp_buf_free(&b);
            return mp_err_no_memory();
        }
        r = parse_int(b.data, b.len, base);
        mp_buf_free(&b);
    } else {
        r = parse_int(text, len, base);
    }
    if (r || mp_err_occurred())
        return r;
    if (orig)
        return invalid_literal(base, orig);
    mp_obj s = mp_str_new(text, len);
    if (!s)
        return NULL;
    invalid_literal(base, s);
    mp_decref(s);
    return NULL;
}

mp_obj mp_int_from_text(const char *text, size_t len, int base)
{
    return from_text(text, len, base, 1, NULL);
}

mp_obj mp_int_from_string_object(mp_obj s, int base)
{
    if (mp_str_check(s))
        return from_text(mp_str_utf8(s), mp_str_nbytes(s), base, 1, s);
    if (mp_bytes_check(s))
        return from_text(MP_BYTES_DATA(s), (size_t)MP_BYTES_LEN(s), base, 0, s);
    mp_bytearray *ba = (mp_bytearray *)s;
    return from_text(ba->data, (size_t)ba->ob.size, base, 0, s);
}

/* ---- int to text ----------------------------------------------------------------------------- */

static mp_obj str_limit_error(void)
{
    return mp_err_format(&mp_type_ValueError,
                         "Exceeds the limit (%zd digits) for integer string conversion; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         mp_int_max_str_digits);
}

/* Writes the digits of u in base right to left ending at end; returns the
 * start. */
static char *word_digits(char *end, uint64_t u, int base)
{
    static const char hex[] = "0123456789abcdef";
    do {
        *--end = hex[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    return end;
}

int mp_int_append_digits(mp_buf *b, mp_obj o, int base)
{
    if (mp_is_small(o)) {
        intptr_t v = mp_small_value(o);
        char tmp[72], *end = tmp + sizeof tmp;
        char *start = word_digits(end, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, base);
        mp_buf_append(b, start, (size_t)(end - start));
        return 0;
    }
    mpz_srcptr z = ((mp_int *)o)->z;
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    size_t size = mpz_sizeinbase(a, base); /* exact, or one too many in base 10 */
    int limited = base == 10 && mp_int_max_str_digits > 0;
    if (limited && size > (size_t)mp_int_max_str_digits + 1) {
        str_limit_error();
        return -1;
    }
    char *tmp = mp_malloc(size + 2);
    if (!tmp) {
        mp_err_no_memory();
        return -1;
    }
    mpz_get_str(tmp, base, a);
    size_t len = strlen(tmp);
    if (limited && len > (size_t)mp_int_max_str_digits) {
        mp_free(tmp);
        str_limit_error();
        return -1;
    }
    mp_buf_append(b, tmp, len);
    mp_free(tmp);
    return 0;
}

mp_obj mp_int_to_text(mp_obj o, int base, int prefix)
{
    /* The common case, a small int in decimal, without a buffer. */
    if (mp_is_small(o) && base == 10) {
        intptr_t v = mp_small_value(o);
        char tmp[32], *end = tmp + sizeof tmp;
        char *start = word_digits(end, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 10);
        if (v < 0)
            *--start = '-';
        return mp_str_new(start, (size_t)(end - start));
    }
    mp_buf b = MP_BUF_INIT;
    if (mp_int_sign(o) < 0)
        mp_buf_putc(&b, '-');
    if (prefix && base != 10)
        mp_buf_puts(&b, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
    if (mp_int_append_digits(&b, o, base) < 0) {
        mp_buf_free(&b);
        return NULL;
    }
    return mp_str_from_buf(&b);
}

mp_obj mp_int_repr(mp_obj o)
{
    return mp_int_to_text(o, 10, 0);
}

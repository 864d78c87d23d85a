/* Python's text forms of constants (see pyrepr.h).
 *
 * Floats: the C library's printf is correctly rounded (glibc), so it
 * gives the digits that CPython's dtoa gives in its modes 2 and 3 (most
 * are computed without it, exactly, in 128-bit integers); the
 * shortest round-tripping digits of repr() (dtoa's mode 0) are found by
 * trying 1 to 17 significant digits.  The digits are then laid out by
 * CPython's rules (Python/pystrtod.c, format_float_short).
 */
#include <gmp.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/mem.h"
#include "minipy/pyrepr.h"
#include "minipy/unicode.h"

/* ---- floats ------------------------------------------------------------ */

/* A decimal digit string and the position of the decimal point: the value
 * is 0.DIGITS * 10**decpt.  Zero is "0" with decpt 1, as dtoa gives it. */
typedef struct {
    char digits[800]; /* a double has at most 767 significant digits */
    int len;
    int decpt;
} decimal;

/* Reads the digits of printf's %e or %f output s (no sign, not inf/nan)
 * into *out, without leading or trailing zeros. */
static void parse_printf(const char *s, decimal *out)
{
    int len = 0, decpt = 0, seen_point = 0, leading = 1;
    for (; *s && *s != 'e'; s++) {
        if (*s == '.') {
            seen_point = 1;
            continue;
        }
        if (leading && *s == '0') {
            if (seen_point)
                decpt--;
            continue;
        }
        leading = 0;
        if (len < (int)sizeof out->digits - 1)
            out->digits[len++] = *s;
        if (!seen_point)
            decpt++;
    }
    if (*s == 'e')
        decpt += atoi(s + 1);
    while (len > 0 && out->digits[len - 1] == '0')
        len--;
    if (len == 0) {
        out->digits[len++] = '0';
        decpt = 1;
    }
    out->digits[len] = '\0';
    out->len = len;
    out->decpt = decpt;
}

/* ---- correctly rounded digits in 128-bit integers ----
 * For most doubles and precisions, x * 10**s (x = m * 2**e, m < 2**53) is
 * exactly m * 5**s * 2**(e+s): an integer of at most 128 bits shifted by
 * e+s.  Rounding it half-to-even at the shift gives the digits printf
 * gives (correctly rounded, glibc) at a fraction of its cost. */

typedef unsigned __int128 u128;

/* 5**s for 0 <= s <= 54 (below 2**128). */
static u128 pow5(int s)
{
    static const uint64_t small[28] = {
        1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u, 9765625u,
        48828125u, 244140625u, 1220703125u, 6103515625u, 30517578125u, 152587890625u,
        762939453125u, 3814697265625u, 19073486328125u, 95367431640625u, 476837158203125u,
        2384185791015625u, 11920928955078125u, 59604644775390625u, 298023223876953125u,
        1490116119384765625u, 7450580596923828125u};
    return s < 28 ? small[s] : (u128)small[27] * small[s - 27];
}

/* round(x * 10**s) for x = m * 2**e, half to even, in *q; 0 when it does
 * not fit this method (the caller asks printf). */
static int scaled_round(uint64_t m, int e, int s, u128 *q)
{
    if (s < 0 || s > 32) /* 2**53 * 5**32 < 2**128 */
        return 0;
    u128 n = (u128)m * pow5(s);
    int shift = e + s;
    if (shift >= 0) {
        if (shift > 0 && (shift >= 128 || n >> (128 - shift)))
            return 0;
        *q = n << shift;
        return 1;
    }
    int k = -shift;
    if (k > 128) {
        *q = 0; /* below half of one unit */
        return 1;
    }
    if (k == 128) {
        *q = n > ((u128)1 << 127);
        return 1;
    }
    u128 r = n & (((u128)1 << k) - 1), half = (u128)1 << (k - 1);
    *q = n >> k;
    if (r > half || (r == half && (*q & 1)))
        (*q)++;
    return 1;
}

/* The decimal digits of q (no leading zeros; "0" for 0) into d; their
 * count. */
static int u128_digits(u128 q, char *d)
{
    /* In 64-bit pieces of 19 digits: dividing a 128-bit number by 10 is a
     * call, a 64-bit one a multiplication. */
    static const uint64_t e19 = 10000000000000000000u;
    char tmp[48];
    int n = 0;
    while (q > UINT64_MAX) {
        uint64_t low = (uint64_t)(q % e19);
        q /= e19;
        for (int i = 0; i < 19; i++, low /= 10)
            tmp[n++] = (char)('0' + (int)(low % 10));
    }
    uint64_t v = (uint64_t)q;
    do {
        tmp[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    for (int i = 0; i < n; i++)
        d[i] = tmp[n - 1 - i];
    d[n] = '\0';
    return n;
}

/* out = the digits d[0:len] with the point after decpt of them, trailing
 * zeros dropped, as parse_printf leaves them. */
static void set_decimal(decimal *out, const char *d, int len, int decpt)
{
    while (len > 1 && d[len - 1] == '0')
        len--;
    if (len == 1 && d[0] == '0')
        decpt = 1;
    memcpy(out->digits, d, (size_t)len);
    out->digits[len] = '\0';
    out->len = len;
    out->decpt = decpt;
}

/* printf_digits without printf, when the numbers fit; 0 otherwise. */
static int exact_digits(double x, char conv, int prec, decimal *out)
{
    if (x == 0) {
        set_decimal(out, "0", 1, 1);
        return 1;
    }
    int ex;
    double f = frexp(x, &ex); /* x = f * 2**ex, 0.5 <= f < 1 */
    uint64_t m = (uint64_t)ldexp(f, 53);
    int e = ex - 53;
    char d[48];
    u128 q;
    if (conv == 'f') {
        if (!scaled_round(m, e, prec, &q))
            return 0;
        int len = u128_digits(q, d);
        set_decimal(out, d, len, len - prec);
        return 1;
    }
    /* %.{prec}e: prec + 1 significant digits, from the estimate of the
     * exponent that frexp gives, corrected when the result has a digit
     * too many or too few (a carry: 9.99 -> 10.0). */
    int ndigits = prec + 1;
    if (ndigits > 19)
        return 0;
    u128 lo = 1;
    for (int i = 1; i < ndigits; i++)
        lo *= 10;
    u128 hi = lo * 10;
    int exp10 = (int)floor((ex - 1) * 0.30102999566398120);
    for (int tries = 0; tries < 3; tries++) {
        if (!scaled_round(m, e, ndigits - 1 - exp10, &q))
            return 0;
        if (q >= hi)
            exp10++;
        else if (q < lo)
            exp10--;
        else {
            u128_digits(q, d);
            set_decimal(out, d, ndigits, exp10 + 1);
            return 1;
        }
    }
    return 0;
}

/* The digits of x (finite, >= 0) printed by printf as %.{prec}e or
 * %.{prec}f (conv).  Returns -1 when memory runs out. */
static int printf_digits(double x, char conv, int prec, decimal *out)
{
    if (exact_digits(x, conv, prec, out))
        return 0;
    char small[64];
    /* %f of 1e308 has 309 digits before the point */
    size_t size = (size_t)prec + (conv == 'f' ? 400 : 16);
    char *s = size <= sizeof small ? small : mp_malloc(size);
    if (!s)
        return -1;
    snprintf(s, size, conv == 'f' ? "%.*f" : "%.*e", prec, x);
    parse_printf(s, out);
    if (s != small)
        mp_free(s);
    return 0;
}

/* The digits of x (finite, >= 0) rounded to ndigits (<= 17) significant
 * digits. */
static void digits_sig(double x, int ndigits, decimal *out)
{
    printf_digits(x, 'e', ndigits - 1, out);
}

/* Whether the decimal 0.DIGITS(len) * 10**decpt reads back as x. */
/* Compares a * 2**ea with b * 2**eb (a, b < 2**128): -1, 0 or 1. */
static int cmp_scaled(u128 a, int ea, u128 b, int eb)
{
    if (ea < eb) {
        int r = cmp_scaled(b, eb, a, ea);
        return -r;
    }
    int d = ea - eb;
    if (a && (d >= 128 || (d > 0 && (a >> (128 - d)) != 0)))
        return 1; /* a << d does not fit: it is above b */
    u128 left = a << d;
    return left < b ? -1 : left > b;
}

/* reads_back in integers: whether C * 10**t (C the digits) lies inside the
 * interval of the doubles that round to x, ties going to the even
 * mantissa; -1 when the numbers do not fit (the caller asks strtod). */
static int reads_back_exact(const char *digits, int len, int decpt, double x)
{
    if (len > 17 || !(x > 1e-300 && x < 1e300))
        return -1;
    int t = decpt - len;
    if (t < -27 || t > 27)
        return -1;
    uint64_t c = 0;
    for (int i = 0; i < len; i++)
        c = c * 10 + (uint64_t)(digits[i] - '0');
    int ex;
    uint64_t m = (uint64_t)ldexp(frexp(x, &ex), 53);
    int e = ex - 53;
    /* the midpoints to the neighbours: below is nearer at a power of two */
    u128 up = 2 * (u128)m + 1, down = 2 * (u128)m - 1;
    int eup = e - 1, edown = e - 1;
    if (m == (uint64_t)1 << 52) {
        down = 4 * (u128)m - 1;
        edown = e - 2;
    }
    /* c * 10**t = c * 5**t * 2**t; for t < 0 both sides are scaled by
     * 5**-t instead */
    u128 v = c;
    if (t >= 0) {
        v *= pow5(t);
    } else {
        up *= pow5(-t);
        down *= pow5(-t);
    }
    int ev = t;
    int below = cmp_scaled(v, ev, up, eup), above = cmp_scaled(v, ev, down, edown);
    if (below < 0 && above > 0)
        return 1;
    return (m % 2 == 0) && (below == 0 || above == 0);
}

static int reads_back(const char *digits, int len, int decpt, double x)
{
    int exact = reads_back_exact(digits, len, decpt, x);
    if (exact >= 0)
        return exact;
    /* "0.DIGITSeDECPT", written by hand: snprintf cost more than strtod */
    char s[64];
    int n = 0;
    s[n++] = '0';
    s[n++] = '.';
    memcpy(s + n, digits, (size_t)len);
    n += len;
    s[n++] = 'e';
    if (decpt < 0) {
        s[n++] = '-';
        decpt = -decpt;
    }
    char tmp[12];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + decpt % 10);
        decpt /= 10;
    } while (decpt);
    while (k)
        s[n++] = tmp[--k];
    s[n] = '\0';
    return strtod(s, NULL) == x;
}

/* Adds delta (+1 or -1) to the last of len digits; 0 when it would carry
 * out of the string or borrow past its start. */
static int bump_last(char *d, int len, int delta)
{
    for (int i = len - 1; i >= 0; i--) {
        int v = d[i] - '0' + delta;
        if (v >= 0 && v <= 9) {
            d[i] = (char)('0' + v);
            return i > 0 || d[0] != '0';
        }
        d[i] = delta > 0 ? '0' : '9';
    }
    return 0;
}

/* Whether some n-digit decimal reads back as x, and if so which (in
 * *out): the nearest one, or where the rounding interval is lopsided (at a
 * power of two) one of its neighbours. */
static int shortest_at(double x, int n, decimal *out)
{
    digits_sig(x, n, out);
    if (reads_back(out->digits, out->len, out->decpt, x))
        return 1;
    char d[24];
    for (int delta = -1; delta <= 1; delta += 2) {
        /* The neighbour at n digits: put back the zeros printf's digits lost. */
        memcpy(d, out->digits, (size_t)out->len);
        memset(d + out->len, '0', (size_t)(n - out->len));
        if (bump_last(d, n, delta) && reads_back(d, n, out->decpt, x)) {
            int len = n;
            while (len > 1 && d[len - 1] == '0')
                len--;
            memcpy(out->digits, d, (size_t)len);
            out->digits[len] = '\0';
            out->len = len;
            return 1;
        }
    }
    return 0;
}

/* The shortest digits that read back as x (finite, > 0), as dtoa's mode
 * 0: among the shortest, the nearest to x.  If n digits can read back, so
 * can n + 1 (add a zero), and 17 always can: so the shortest is found by
 * bisection, looking first at 15 and 16 digits, where most doubles end. */
static void digits_shortest(double x, decimal *out)
{
    if (!shortest_at(x, 15, out)) {
        if (!shortest_at(x, 16, out))
            digits_sig(x, 17, out);
        return;
    }
    int lo = 1, hi = 15;
    decimal t;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (shortest_at(x, mid, &t)) {
            hi = mid;
            memcpy(out->digits, t.digits, (size_t)t.len + 1);
            out->len = t.len;
            out->decpt = t.decpt;
        } else {
            lo = mid + 1;
        }
    }
}

static void put_zeros(mp_buf *b, int n)
{
    while (n-- > 0)
        mp_buf_putc(b, '0');
}

/* Lays out the digits as format_float_short does for a lower-case type. */
static void layout(mp_buf *b, const decimal *dec, char type, int precision,
                   int flags, int negative)
{
    int decpt = dec->decpt, len = dec->len;
    int use_exp = 0, exp = 0, vend = len;
    int add_dot_0 = flags & MP_DTOA_ADD_DOT_0, alt = flags & MP_DTOA_ALT;
    switch (type) {
    case 'e': use_exp = 1; vend = precision + 1; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = 1;
        if (alt)
            vend = precision;
        break;
    default: /* 'r': exponent form at 1e16 */
        if (decpt <= -4 || decpt > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    int min_end = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
    if (vend < min_end)
        vend = min_end;
    if (vend < len)
        vend = len;

    size_t mark = b->len;
    if (negative)
        mp_buf_putc(b, '-');
    else if (flags & MP_DTOA_SIGN)
        mp_buf_putc(b, '+');
    if (decpt <= 0) {
        put_zeros(b, decpt - vstart);
        mp_buf_putc(b, '.');
        put_zeros(b, -decpt);
    } else {
        put_zeros(b, -vstart);
    }
    if (decpt > 0 && decpt <= len) {
        mp_buf_append(b, dec->digits, (size_t)decpt);
        mp_buf_putc(b, '.');
        mp_buf_append(b, dec->digits + decpt, (size_t)(len - decpt));
    } else {
        mp_buf_append(b, dec->digits, (size_t)len);
    }
    if (len < decpt) {
        put_zeros(b, decpt - len);
        mp_buf_putc(b, '.');
        put_zeros(b, vend - decpt);
    } else {
        put_zeros(b, vend - len);
    }
    if (!b->failed && b->len > mark && b->data[b->len - 1] == '.' && !alt)
        b->data[--b->len] = '\0';
    if (use_exp)
        mp_buf_printf(b, "e%+.02d", exp);
}

int mp_format_double(mp_buf *b, double d, char type, int precision, int flags)
{
    char lower = type >= 'A' && type <= 'Z' ? (char)(type - 'A' + 'a') : type;
    if (lower != 'e' && lower != 'f' && lower != 'g' && type != 'r')
        return -1;
    if (precision < 0)
        precision = 6;
    if (lower == 'g' && precision == 0)
        precision = 1;
    size_t start = b->len;
    int negative = signbit(d) && !isnan(d);
    double x = fabs(d);
    if (isinf(d) || isnan(d)) {
        if (negative)
            mp_buf_putc(b, '-');
        else if (flags & MP_DTOA_SIGN)
            mp_buf_putc(b, '+');
        mp_buf_puts(b, isnan(d) ? "nan" : "inf");
    } else {
        decimal dec;
        if (type == 'r') {
            if (x == 0) {
                strcpy(dec.digits, "0");
                dec.len = dec.decpt = 1;
            } else {
                digits_shortest(x, &dec);
            }
        } else if (printf_digits(x, lower == 'f' ? 'f' : 'e',
                                 lower == 'g' ? precision - 1 : precision, &dec) < 0) {
            b->failed = 1;
            return 0;
        }
        if ((flags & MP_DTOA_NO_NEG_0) && dec.len == 1 && dec.digits[0] == '0')
            negative = 0;
        layout(b, &dec, lower == 'r' ? 'r' : lower, precision, flags, negative);
    }
    if (lower != type && !b->failed)
        for (size_t i = start; i < b->len; i++)
            if (b->data[i] >= 'a' && b->data[i] <= 'z')
                b->data[i] = (char)(b->data[i] - 'a' + 'A');
    return 0;
}

void mp_repr_double(mp_buf *b, double d)
{
    mp_format_double(b, d, 'r', 0, MP_DTOA_ADD_DOT_0);
}

void mp_repr_complex(mp_buf *b, double real, double imag)
{
    if (real == 0 && !signbit(real)) {
        mp_format_double(b, imag, 'r', 0, 0);
        mp_buf_putc(b, 'j');
        return;
    }
    mp_buf_putc(b, '(');
    mp_format_double(b, real, 'r', 0, 0);
    mp_format_double(b, imag, 'r', 0, MP_DTOA_SIGN);
    mp_buf_puts(b, "j)");
}

/* ---- str and bytes ------------------------------------------------------ */

/* Decodes one code point of WTF-8 at s: UTF-8 that also admits the
 * three-byte forms of surrogates.  Returns its length, or 0 for a byte
 * that starts no valid sequence. */
static int wtf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF &&
        (s[2] & 0xC0) == 0x80) {
        *cp = 0xD000u | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    return mp_utf8_decode(s, n, cp);
}

/* CPython's quote choice: single quotes unless the text has a single
 * quote and no double quote. */
static char pick_quote(const char *s, size_t len)
{
    int single = memchr(s, '\'', len) != NULL;
    int dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

static const char hexdigits[] = "0123456789abcdef";

static void put_hex(mp_buf *b, char esc, uint32_t v, int ndigits)
{
    char s[12];
    int n = 0;
    s[n++] = '\\';
    s[n++] = esc;
    for (int i = ndigits - 1; i >= 0; i--)
        s[n++] = hexdigits[(v >> (4 * i)) & 0xF];
    mp_buf_append(b, s, (size_t)n);
}

/* The escape of an ASCII character shared by str and bytes reprs, or 0
 * when the character prints as itself. */
static int put_ascii_escape(mp_buf *b, unsigned c, char quote)
{
    switch (c) {
    case '\\': mp_buf_puts(b, "\\\\"); return 1;
    case '\t': mp_buf_puts(b, "\\t"); return 1;
    case '\n': mp_buf_puts(b, "\\n"); return 1;
    case '\r': mp_buf_puts(b, "\\r"); return 1;
    }
    if (c == (unsigned char)quote) {
        mp_buf_putc(b, '\\');
        mp_buf_putc(b, quote);
        return 1;
    }
    if (c < 0x20 || c == 0x7F) {
        put_hex(b, 'x', c, 2);
        return 1;
    }
    return 0;
}

void mp_repr_str(mp_buf *b, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    char quote = pick_quote(text, len);
    mp_buf_putc(b, quote);
    size_t i = 0;
    while (i < len) {
        /* runs of plain ASCII are copied at once */
        size_t j = i;
        while (j < len && s[j] >= 0x20 && s[j] < 0x7F && s[j] != '\\' &&
               s[j] != (unsigned char)quote)
            j++;
        mp_buf_append(b, text + i, j - i);
        i = j;
        if (i >= len)
            break;
        uint32_t cp;
        int n = wtf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            put_hex(b, 'x', s[i], 2);
            i++;
            continue;
        }
        if (cp < 0x80)
            put_ascii_escape(b, cp, quote);
        else if (mp_unicode_is_printable(cp))
            mp_buf_append(b, text + i, (size_t)n);
        else if (cp <= 0xFF)
            put_hex(b, 'x', cp, 2);
        else if (cp <= 0xFFFF)
            put_hex(b, 'u', cp, 4);
        else
            put_hex(b, 'U', cp, 8);
        i += (size_t)n;
    }
    mp_buf_putc(b, quote);
}

void mp_repr_bytes(mp_buf *b, const char *data, size_t len)
{
    const unsigned char *s = (const unsigned char *)data;
    char quote = pick_quote(data, len);
    mp_buf_putc(b, 'b');
    mp_buf_putc(b, quote);
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= 0x80)
            put_hex(b, 'x', s[i], 2);
        else if (!put_ascii_escape(b, s[i], quote))
            mp_buf_putc(b, (char)s[i]);
    }
    mp_buf_putc(b, quote);
}

/* ---- integers ----------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

int mp_repr_int_text(mp_buf *b, const char *digits, size_t len, int base)
{
    if (len == 0 || (base != 2 && base != 8 && base != 10 && base != 16))
        return -1;
    for (size_t i = 0; i < len; i++)
        if (digit_value(digits[i]) >= base)
            return -1;
    while (len > 1 && digits[0] == '0') {
        digits++;
        len--;
    }
    /* decimal text needs no conversion, and small values need no GMP */
    if (base == 10) {
        mp_buf_append(b, digits, len);
        return 0;
    }
    if (len * (base == 16 ? 4 : base == 8 ? 3 : 1) <= 64) {
        uint64_t v = 0;
        for (size_t i = 0; i < len; i++)
            v = v * (unsigned)base + (unsigned)digit_value(digits[i]);
        mp_buf_printf(b, "%llu", (unsigned long long)v);
        return 0;
    }
    char *text = mp_malloc(len + 1);
    if (!text) {
        b->failed = 1;
        return 0;
    }
    memcpy(text, digits, len);
    text[len] = '\0';
    mpz_t z;
    mpz_init_set_str(z, text, base);
    mp_free(text);
    size_t size = mpz_sizeinbase(z, 10) + 2;
    char *out = mp_malloc(size);
    if (out) {
        mpz_get_str(out, 10, z);
        mp_buf_puts(b, out);
        mp_free(out);
    } else {
        b->failed = 1;
    }
    mpz_clear(z);
    return 0;
}

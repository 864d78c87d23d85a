/* float: IEEE doubles.  Arithmetic mixes freely with ints (converted with
 * correct rounding, compared exactly); // and % follow the sign of the
 * divisor as in CPython; repr is the shortest round-tripping text
 * (util/pyrepr.c).  Freed floats are kept on a free list for reuse.
 * (CPython's Objects/floatobject.c.) */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FVAL(o) (((mp_float *)(o))->value)

/* ---- allocation: a free list ------------------------------------------------------------
 * Freed plain floats wait on a list, linked through their type field, and
 * count as freed for the debug build's live-object count. */

#define FREE_LIST_MAX 100

static mp_float *free_list;
static int free_count;

mp_obj mp_float_new(double v)
{
    mp_float *f = free_list;
    if (MP_LIKELY(f != NULL)) {
        free_list = (mp_float *)(void *)f->ob.type;
        free_count--;
        f->ob.type = &mp_type_float;
        f->ob.refcnt = 1;
#ifdef MP_DEBUG
        mp_debug_live_objects++;
#endif
    } else {
        f = (mp_float *)mp_obj_alloc(&mp_type_float);
        if (!f)
            return NULL;
    }
    f->value = v;
    return (mp_obj)f;
}

static void float_dealloc(mp_obj self)
{
    if (self->type == &mp_type_float && free_count < FREE_LIST_MAX) {
        self->type = (mp_type *)(void *)free_list;
        free_list = (mp_float *)self;
        free_count++;
#ifdef MP_DEBUG
        mp_debug_live_objects--;
#endif
        return;
    }
    mp_obj_free(self);
}

void mp_float_fini(void)
{
    while (free_list) {
        mp_float *f = free_list;
        free_list = (mp_float *)(void *)f->ob.type;
        mp_free(f);
    }
    free_count = 0;
}

/* A float of exactly type float with o's value (o any float). */
static mp_obj exact(mp_obj o)
{
    if (o->type == &mp_type_float)
        return mp_newref(o);
    return mp_float_new(FVAL(o));
}

/* ---- conversions ---------------------------------------------------------------------- */

int mp_float_as_double(mp_obj o, double *out)
{
    if (mp_is_small(o)) {
        *out = (double)mp_small_value(o);
        return 0;
    }
    if (mp_float_check(o)) {
        *out = FVAL(o);
        return 0;
    }
    if (mp_int_check(o))
        return mp_int_as_double(o, out);
    const mp_number_methods *nb = o->type->as_number;
    if (nb && nb->float_) {
        mp_obj r = nb->float_(o);
        if (!r)
            return -1;
        if (!mp_float_check(r)) {
            mp_err_format(&mp_type_TypeError, "%s.__float__ returned non-float (type %s)",
                          o->type->name, mp_type_of(r)->name);
            mp_decref(r);
            return -1;
        }
        *out = FVAL(r);
        mp_decref(r);
        return 0;
    }
    if (nb && nb->index) {
        mp_obj i = mp_number_index(o);
        if (!i)
            return -1;
        int r = mp_int_as_double(i, out);
        mp_decref(i);
        return r;
    }
    mp_err_format(&mp_type_TypeError, "must be real number, not %s", o->type->name);
    return -1;
}

/* An operand of a binary operator: 1 with its value for a float or an int,
 * 0 for anything else (NotImplemented), -1 on error (an int too large). */
static int operand(mp_obj o, double *out)
{
    if (mp_is_small(o)) {
        *out = (double)mp_small_value(o);
        return 1;
    }
    if (o->type == &mp_type_float || mp_float_check(o)) {
        *out = FVAL(o);
        return 1;
    }
    if (mp_int_check(o))
        return mp_int_as_double(o, out) < 0 ? -1 : 1;
    return 0;
}

#define OPERANDS(a, b, x, y)                                                   \
    do {                                                                       \
        int ok_ = operand(a, &x);                                              \
        if (ok_ > 0)                                                           \
            ok_ = operand(b, &y);                                              \
        if (ok_ < 0)                                                           \
            return NULL;                                                       \
        if (ok_ == 0)                                                          \
            MP_RETURN_NOTIMPLEMENTED;                                          \
    } while (0)

/* ---- text to float -------------------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Scans decimal digits with single underscores between them from s[*i];
 * returns how many digits. */
static size_t scan_digits(const char *s, size_t n, size_t *i)
{
    size_t count = 0;
    while (*i < n) {
        if (is_digit(s[*i]))
            count++;
        else if (!(s[*i] == '_' && count > 0 && *i + 1 < n && is_digit(s[*i + 1])))
            break;
        (*i)++;
    }
    return count;
}

/* strtod of s[0..n) without its underscores: 0, or -1 with MemoryError. */
static int convert_clean(const char *s, size_t n, double *out)
{
    char small[128];
    char *buf = n < sizeof small ? small : mp_malloc(n + 1);
    if (!buf) {
        mp_err_no_memory();
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '_')
            buf[k++] = s[i];
    buf[k] = '\0';
    *out = strtod(buf, NULL);
    if (buf != small)
        mp_free(buf);
    return 0;
}

size_t mp_float_scan(const char *s, size_t n, double *out)
{
    if (n >= 3 && strncasecmp(s, "inf", 3) == 0) {
        *out = INFINITY;
        return n >= 8 && strncasecmp(s, "infinity", 8) == 0 ? 8 : 3;
    }
    if (n >= 3 && strncasecmp(s, "nan", 3) == 0) {
        *out = NAN;
        return 3;
    }
    size_t i = 0;
    size_t digits = scan_digits(s, n, &i);
    if (i < n && s[i] == '.') {
        i++;
        digits += scan_digits(s, n, &i);
    }
    if (digits == 0)
        return 0;
    if (i < n && (s[i] | 0x20) == 'e') {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (scan_digits(s, n, &j) > 0)
            i = j;
    }
    return convert_clean(s, i, out) < 0 ? 0 : i;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Parses ASCII s[0..n) as float() does: 1 with the value, 0 if invalid,
 * -1 with MemoryError. */
static int parse_float(const char *s, size_t n, double *out)
{
    size_t i = 0;
    while (n > 0 && is_space(s[n - 1]))
        n--;
    while (i < n && is_space(s[i]))
        i++;
    int negative = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    size_t len = mp_float_scan(s + i, n - i, out);
    if (len == 0)
        return mp_err_occurred() ? -1 : 0;
    if (i + len != n)
        return 0;
    if (negative)
        *out = -*out;
    return 1;
}

/* float(text): text is UTF-8 when unicode is set, raw bytes otherwise;
 * orig (or the text) is shown in the error.  0, or -1 with ValueError. */
static int from_text(const char *text, size_t len, int unicode, mp_obj orig, double *out)
{
    int ok;
    if (unicode) {
        mp_buf b = MP_BUF_INIT;
        mp_number_text_to_ascii(&b, text, len);
        if (b.failed) {
            mp_buf_free(&b);
            mp_err_no_memory();
            return -1;
        }
        ok = parse_float(b.data ? b.data : "", b.len, out);
        mp_buf_free(&b);
    } else {
        ok = parse_float(text, len, out);
    }
    if (ok)
        return ok > 0 ? 0 : -1;
    mp_obj shown = orig ? mp_newref(orig) : mp_str_new(text, len);
    if (shown) {
        mp_err_format(&mp_type_ValueError, "could not convert string to float: %R", shown);
        mp_decref(shown);
    }
    return -1;
}

mp_obj mp_float_from_text(const char *text, size_t len)
{
    double d;
    if (from_text(text, len, 1, NULL, &d) < 0)
        return NULL;
    return mp_float_new(d);
}

/* ---- repr and hash ---------------------------------------------------------------------- */

static mp_obj float_repr(mp_obj self)
{
    double x = FVAL(self);
    /* Integral values below 1e16 print as their digits and ".0". */
    if (x == floor(x) && fabs(x) < 1e16) {
        char tmp[32];
        int n = snprintf(tmp, sizeof tmp, "%.0f.0", x);
        return mp_str_new(tmp, (size_t)n);
    }
    mp_buf b = MP_BUF_INIT;
    mp_repr_double(&b, x);
    return mp_str_from_buf(&b);
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_INF 314159

/* The exact value m * 2**e modulo 2**61 - 1, where 2**61 is 1: so 2**e is
 * 2**(e mod 61).  This is CPython's definition, which makes a float hash
 * as the equal int (or fraction) does. */
mp_hash_t mp_float_hash_double(double v)
{
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v))
        return 0;
    int e;
    double f = frexp(fabs(v), &e);
    uint64_t m = (uint64_t)ldexp(f, DBL_MANT_DIG); /* < 2**53 */
    e -= DBL_MANT_DIG;
    int k = ((e % 61) + 61) % 61;
    /* m * 2**k < 2**114: fold the bits above 61 down twice (2**61 is 1). */
    unsigned __int128 p = (unsigned __int128)m << k;
    uint64_t h = (uint64_t)(p & HASH_MODULUS) + (uint64_t)(p >> 61);
    h = (h & HASH_MODULUS) + (h >> 61);
    if (h >= HASH_MODULUS)
        h -= HASH_MODULUS;
    mp_hash_t r = v < 0 ? -(mp_hash_t)h : (mp_hash_t)h;
    return r == -1 ? -2 : r;
}

static mp_hash_t float_hash(mp_obj self)
{
    if (isnan(FVAL(self)))
        return mp_obj_identity_hash(self); /* 3.10+: each NaN is its own */
    return mp_float_hash_double(FVAL(self));
}

/* ---- comparison -------------------------------------------------------------------------- */

static mp_obj compare_doubles(double x, double y, int op)
{
    int r;
    switch (op) {
    case MP_LT: r = x < y; break;
    case MP_LE: r = x <= y; break;
    case MP_EQ: r = x == y; break;
    case MP_NE: r = x != y; break;
    case MP_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return mp_bool(r);
}

static mp_obj float_richcompare(mp_obj a, mp_obj b, int op)
{
    double x = FVAL(a);
    if (!mp_is_small(b) && mp_float_check(b))
        return compare_doubles(x, FVAL(b), op);
    if (!mp_int_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if (isnan(x))
        return mp_bool(op == MP_NE);
    /* Exactly: 2**53 + 1 != float(2**53 + 1). */
    int c = -mp_int_compare_double(b, x);
    return compare_doubles((double)c, 0.0, op);
}

/* ---- arithmetic ----------------------------------------------------------------------------- */

static mp_obj float_add(mp_obj a, mp_obj b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    return mp_float_new(x + y);
}

static mp_obj float_sub(mp_obj a, mp_obj b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    return mp_float_new(x - y);
}

static mp_obj float_mul(mp_obj a, mp_obj b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    return mp_float_new(x * y);
}

static mp_obj float_div(mp_obj a, mp_obj b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "float division by zero");
    return mp_float_new(x / y);
}

/* x // y and x % y (y != 0) as CPython computes them: the remainder takes
 * the divisor's sign, a zero remainder too, and the quotient is the
 * integer nearest to (x - mod) / y. */
static void divmod_parts(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double q;
    if (div != 0.0) {
        q = floor(div);
        if (div - q > 0.5)
            q += 1.0;
    } else {
        q = copysign(0.0, x / y);
    }
    *floordiv = q;
    *mod = m;
}

static mp_obj float_floordiv(mp_obj a, mp_obj b)
{
    double x, y, q, m;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "float floor division by zero");
    divmod_parts(x, y, &q, &m);
    return mp_float_new(q);
}

static mp_obj float_mod(mp_obj a, mp_obj b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "float modulo");
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return mp_float_new(m);
}

static mp_obj float_divmod(mp_obj a, mp_obj b)
{
    double x, y, q, m;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "float divmod()");
    divmod_parts(x, y, &q, &m);
    mp_obj fq = mp_float_new(q), fm = fq ? mp_float_new(m) : NULL;
    mp_obj t = fm ? mp_tuple_new(2) : NULL;
    if (!t) {
        mp_xdecref(fq);
        mp_xdecref(fm);
        return NULL;
    }
    MP_TUPLE_ITEMS(t)[0] = fq;
    MP_TUPLE_ITEMS(t)[1] = fm;
    return t;
}

static int is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

/* OverflowError(34, 'Numerical result out of range'), as CPython raises it
 * from errno. */
static mp_obj range_error(void)
{
    mp_obj msg = mp_str_from_cstr("Numerical result out of range");
    mp_obj e = msg ? mp_call2((mp_obj)&mp_type_OverflowError, mp_small(ERANGE), msg) : NULL;
    mp_xdecref(msg);
    if (e) {
        mp_err_set_exc(e);
        mp_decref(e);
    }
    return NULL;
}

/* x ** y with CPython's special cases, which C's pow leaves to the
 * platform or answers differently. */
static mp_obj pow_values(double x, double y)
{
    if (y == 0.0)
        return mp_float_new(1.0);
    if (isnan(x))
        return mp_float_new(x);
    if (isnan(y))
        return mp_float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return mp_float_new(1.0);
        return mp_float_new((y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) {
        int odd = is_odd_integer(y);
        if (y > 0)
            return mp_float_new(odd ? x : fabs(x));
        return mp_float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            return mp_err_set_str(&mp_type_ZeroDivisionError,
                                  "0.0 cannot be raised to a negative power");
        return mp_float_new(is_odd_integer(y) ? x : 0.0);
    }
    int negate = 0;
    if (x < 0) {
        /* 3.11: a negative number to a fractional power is complex. */
        if (y != floor(y))
            return mp_complex_pow_parts(x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    double r = x == 1.0 ? 1.0 : pow(x, y);
    if (isinf(r))
        return range_error();
    return mp_float_new(negate ? -r : r);
}

static mp_obj float_pow(mp_obj a, mp_obj b, mp_obj m)
{
    if (m && m != mp_none)
        return mp_err_set_str(&mp_type_TypeError,
                              "pow() 3rd argument not allowed unless all arguments are integers");
    double x, y;
    OPERANDS(a, b, x, y);
    return pow_values(x, y);
}

static mp_obj float_neg(mp_obj a) { return mp_float_new(-FVAL(a)); }
static mp_obj float_pos(mp_obj a) { return exact(a); }
static mp_obj float_abs(mp_obj a) { return mp_float_new(fabs(FVAL(a))); }
static int float_bool(mp_obj a) { return FVAL(a) != 0.0; }
static mp_obj float_int(mp_obj a) { return mp_int_from_double(FVAL(a)); }

/* ---- rounding ------------------------------------------------------------------------------- */

/* x rounded to a multiple of 10**k (k > 0), ties to even, computed exactly
 * from x = m * 2**e. */
static int round_to_tens(double x, long k, double *out)
{
    int e;
    double f = frexp(fabs(x), &e);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set_d(num, ldexp(f, DBL_MANT_DIG));
    e -= DBL_MANT_DIG;
    mpz_ui_pow_ui(den, 10, (unsigned long)k);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_ui_pow_ui(den, 10, (unsigned long)k);
    mpz_mul(q, q, den);
    double d;
    int ok = mp_mpz_to_double(q, &d);
    mpz_clears(num, den, q, r, NULL);
    if (ok < 0) {
        mp_err_clear();
        return -1;
    }
    *out = d == 0.0 ? copysign(0.0, x) : copysign(d, x);
    return 0;
}

/* round(x, n) for a float: correctly rounded, ties to even on the exact
 * binary value (round(2.675, 2) == 2.67). */
static mp_obj round_digits(double x, intptr_t n)
{
    if (!isfinite(x) || x == 0.0 || n > 323)
        return mp_float_new(x);
    if (n < -308)
        return mp_float_new(0.0 * x);
    double r;
    if (n >= 0) {
        /* glibc's printf rounds the exact value, ties to even: dtoa's mode 3. */
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        r = strtod(buf, NULL);
    } else if (round_to_tens(x, -(long)n, &r) < 0 || isinf(r)) {
        return mp_err_set_str(&mp_type_OverflowError, "rounded value too large to represent");
    }
    return mp_float_new(r);
}

static mp_obj float_round(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = FVAL(self);
    if (nargs == 0 || args[0] == mp_none) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0);
        return mp_int_from_double(r);
    }
    intptr_t n = mp_number_as_ssize(args[0], NULL);
    if (n == -1 && mp_err_occurred())
        return NULL;
    return round_digits(x, n);
}

static mp_obj float_trunc(mp_obj self) { return mp_int_from_double(FVAL(self)); }
static mp_obj float_floor(mp_obj self) { return mp_int_from_double(floor(FVAL(self))); }
static mp_obj float_ceil(mp_obj self) { return mp_int_from_double(ceil(FVAL(self))); }

/* ---- methods --------------------------------------------------------------------------------- */

static mp_obj float_conjugate(mp_obj self) { return exact(self); }

static mp_obj float_is_integer(mp_obj self)
{
    double x = FVAL(self);
    return mp_bool(isfinite(x) && floor(x) == x);
}

static mp_obj float_as_integer_ratio(mp_obj self)
{
    double x = FVAL(self);
    if (isinf(x))
        return mp_err_set_str(&mp_type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return mp_err_set_str(&mp_type_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double f = frexp(x, &e);
    int64_t m = (int64_t)ldexp(f, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    if (m != 0) {
        int tz = __builtin_ctzll((uint64_t)m);
        m /= (int64_t)1 << tz;
        e += tz;
    } else {
        e = 0;
    }
    mpz_t num, den;
    mpz_init_set_si(num, m);
    mpz_init_set_ui(den, 1);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mp_obj n = mp_int_from_mpz_take(num);
    mp_obj d = mp_int_from_mpz_take(den);
    mp_obj t = n && d ? mp_tuple_new(2) : NULL;
    if (!t) {
        mp_xdecref(n);
        mp_xdecref(d);
        return NULL;
    }
    MP_TUPLE_ITEMS(t)[0] = n;
    MP_TUPLE_ITEMS(t)[1] = d;
    return t;
}

/* '0x1.8000000000000p+1': one hex digit before the point (0 for
 * subnormals), 13 after, and the binary exponent. */
static mp_obj float_hex(mp_obj self)
{
    double x = FVAL(self);
    if (isnan(x) || isinf(x))
        return float_repr(self);
    if (x == 0.0)
        return mp_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hex[] = "0123456789abcdef";
    char buf[40];
    size_t i = 0;
    if (x < 0)
        buf[i++] = '-';
    buf[i++] = '0';
    buf[i++] = 'x';
    buf[i++] = hex[(int)m];
    buf[i++] = '.';
    m -= (int)m;
    for (int d = 0; d < (DBL_MANT_DIG - 1) / 4; d++) {
        m *= 16.0;
        buf[i++] = hex[(int)m];
        m -= (int)m;
    }
    snprintf(buf + i, sizeof buf - i, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return mp_str_from_cstr(buf);
}

static int is_hex(char c)
{
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* Reads Python's hex float syntax from s[0..n) (white space trimmed): 1 with
 * the value, 0 if invalid, -1 on overflow. */
static int parse_hex(const char *s, size_t n, double *out)
{
    size_t i = 0;
    int negative = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        negative = s[i++] == '-';
    double special;
    size_t len = n - i >= 3 && ((s[i] | 0x20) == 'i' || (s[i] | 0x20) == 'n')
                     ? mp_float_scan(s + i, n - i, &special)
                     : 0;
    if (len) {
        if (i + len != n)
            return 0;
        *out = negative ? -special : special;
        return 1;
    }
    if (n - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
        i += 2;
    size_t start = i, digits = 0;
    while (i < n && is_hex(s[i]))
        i++, digits++;
    if (i < n && s[i] == '.')
        for (i++; i < n && is_hex(s[i]); i++)
            digits++;
    if (digits == 0)
        return 0;
    size_t mant_end = i;
    if (i < n && (s[i] | 0x20) == 'p') {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t exp_digits = 0;
        while (i < n && is_digit(s[i]))
            i++, exp_digits++;
        if (exp_digits == 0)
            return 0;
    }
    if (i != n)
        return 0;
    /* C's strtod reads the same syntax once it has its 0x, and rounds
     * correctly. */
    char *c = mp_malloc(n - start + 8);
    if (!c)
        return -2;
    int k = sprintf(c, "0x");
    memcpy(c + k, s + start, mant_end - start);
    k += (int)(mant_end - start);
    if (mant_end == n)
        c[k++] = 'p', c[k++] = '0';
    else
        memcpy(c + k, s + mant_end, n - mant_end), k += (int)(n - mant_end);
    c[k] = '\0';
    errno = 0;
    double d = strtod(c, NULL);
    int overflow = isinf(d) && errno == ERANGE;
    mp_free(c);
    if (overflow)
        return -1;
    *out = negative ? -d : d;
    return 1;
}

static mp_obj float_fromhex(mp_obj cls, mp_obj arg)
{
    if (!mp_str_check(arg))
        return mp_err_set_str(&mp_type_TypeError, "bad argument type for built-in operation");
    const char *s = mp_str_utf8(arg);
    size_t n = mp_str_nbytes(arg);
    while (n > 0 && is_space(s[n - 1]))
        n--;
    while (n > 0 && is_space(*s))
        s++, n--;
    double d;
    int ok = parse_hex(s, n, &d);
    if (ok == -2)
        return mp_err_no_memory();
    if (ok < 0)
        return mp_err_set_str(&mp_type_OverflowError,
                              "hexadecimal value too large to represent as a float");
    if (ok == 0)
        return mp_err_set_str(&mp_type_ValueError, "invalid hexadecimal floating-point string");
    mp_obj r = mp_float_new(d);
    if (!r || (mp_type *)cls == &mp_type_float)
        return r;
    mp_obj sub = mp_call1(cls, r);
    mp_decref(r);
    return sub;
}

static mp_obj float_getnewargs(mp_obj self)
{
    mp_obj v = exact(self);
    if (!v)
        return NULL;
    mp_obj t = mp_tuple_pack(1, v);
    mp_decref(v);
    return t;
}

static mp_obj float_getformat(mp_obj cls, mp_obj arg)
{
    if (!mp_str_check(arg))
        return mp_err_format(&mp_type_TypeError, "__getformat__() argument must be str, not %s",
                             mp_type_of(arg)->name);
    if (!mp_str_eq_cstr(arg, "double") && !mp_str_eq_cstr(arg, "float"))
        return mp_err_set_str(&mp_type_ValueError,
                              "__getformat__() argument 1 must be 'double' or 'float'");
    return mp_str_from_cstr("IEEE, little-endian");
}

static mp_obj float_format(mp_obj self, mp_obj spec)
{
    if (!mp_str_check(spec))
        return mp_err_format(&mp_type_TypeError, "__format__() argument must be str, not %s",
                             mp_type_of(spec)->name);
    return mp_format_float(spec, self);
}

static mp_obj float_get_real(mp_obj self, void *c) { return exact(self); }
static mp_obj float_get_imag(mp_obj self, void *c) { return mp_float_new(0.0); }

#define METH(name, f, flags, doc) {name, (void (*)(void))(f), flags, doc}

static const mp_method_def float_methods[] = {
    METH("conjugate", float_conjugate, MP_METH_NOARGS,
         "Return self, the complex conjugate of any float."),
    METH("__trunc__", float_trunc, MP_METH_NOARGS,
         "Return the Integral closest to x between 0 and x."),
    METH("__floor__", float_floor, MP_METH_NOARGS, "Return the floor as an Integral."),
    METH("__ceil__", float_ceil, MP_METH_NOARGS, "Return the ceiling as an Integral."),
    METH("__round__", float_round, MP_METH_FASTCALL,
         "Return the Integral closest to x, rounding half toward even.\n\n"
         "When an argument is passed, work like built-in round(x, ndigits)."),
    METH("as_integer_ratio", float_as_integer_ratio, MP_METH_NOARGS,
         "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
         "original float\nand with a positive denominator.\n\nRaise OverflowError on infinities "
         "and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n"
         ">>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)"),
    METH("fromhex", float_fromhex, MP_METH_O | MP_METH_CLASS,
         "Create a floating-point number from a hexadecimal string.\n\n"
         ">>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324"),
    METH("hex", float_hex, MP_METH_NOARGS,
         "Return a hexadecimal representation of a floating-point number.\n\n"
         ">>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"),
    METH("is_integer", float_is_integer, MP_METH_NOARGS,
         "Return True if the float is an integer."),
    METH("__getnewargs__", float_getnewargs, MP_METH_NOARGS, NULL),
    METH("__getformat__", float_getformat, MP_METH_O | MP_METH_CLASS,
         "You probably don't want to use this function.\n\n  typestr\n"
         "    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test "
         "suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\n"
         "little-endian' best describes the format of floating point numbers used by the\n"
         "C type named by typestr."),
    METH("__format__", float_format, MP_METH_O, "Formats the float according to format_spec."),
    {NULL},
};

static const mp_getset_def float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL},
};

/* ---- construction --------------------------------------------------------------------------- */

/* float(x) for x a str, bytes or bytearray. */
static int value_from_string(mp_obj x, double *out)
{
    const char *data;
    size_t n;
    int unicode = 0;
    if (mp_str_check(x)) {
        data = mp_str_utf8(x);
        n = mp_str_nbytes(x);
        unicode = 1;
    } else if (mp_bytes_check(x)) {
        data = MP_BYTES_DATA(x);
        n = (size_t)MP_BYTES_LEN(x);
    } else {
        data = ((mp_bytearray *)x)->data;
        n = (size_t)((mp_bytearray *)x)->ob.size;
    }
    return from_text(data, n, unicode, x, out);
}

static int value_from_arg(mp_obj x, double *out)
{
    if (mp_str_check(x) || mp_bytes_check(x) || mp_obj_type_check(x, &mp_type_bytearray))
        return value_from_string(x, out);
    mp_type *t = mp_type_of(x);
    if (!mp_int_check(x) && !mp_float_check(x) &&
        !(t->as_number && (t->as_number->float_ || t->as_number->index))) {
        mp_err_format(&mp_type_TypeError,
                      "float() argument must be a string or a real number, not '%s'", t->name);
        return -1;
    }
    return mp_float_as_double(x, out);
}

static mp_obj float_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("float", kwnames) < 0 || mp_arg_check_count("float", nargs, 0, 1) < 0)
        return NULL;
    double v = 0.0;
    if (nargs) {
        if (type == &mp_type_float && mp_float_check_exact(args[0]))
            return mp_newref(args[0]);
        if (value_from_arg(args[0], &v) < 0)
            return NULL;
    }
    if (type == &mp_type_float)
        return mp_float_new(v);
    mp_float *f = (mp_float *)mp_obj_alloc(type);
    if (f)
        f->value = v;
    return (mp_obj)f;
}

static const mp_number_methods float_as_number = {
    .add = float_add,
    .subtract = float_sub,
    .multiply = float_mul,
    .remainder = float_mod,
    .divmod = float_divmod,
    .power = float_pow,
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_pos,
    .floor_divide = float_floordiv,
    .true_divide = float_div,
};

mp_type mp_type_float = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "float",
    .basicsize = sizeof(mp_float),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_MATCH_SELF,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattro = mp_obj_generic_getattr,
    .new_ = float_new,
    .as_number = &float_as_number,
    .methods = float_methods,
    .getsets = float_getsets,
};

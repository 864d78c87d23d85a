/* int: integers of any size.  Small values are immediates (object.h); the
 * rest are mp_int objects over a GMP mpz_t.  Each operation has a fast path
 * for two immediates (with the compiler's overflow builtins) and falls back
 * on GMP; every result is normalised, so that a plain int in the small range
 * is always an immediate.  Conversions to and from text are in
 * int_text.c, bool in bool.c.  (CPython's Objects/longobject.c.) */
#include <float.h>
#include <math.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/int.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* Results beyond this many bits raise MemoryError up front: GMP aborts the
 * process when it cannot allocate, where Python must raise. */
#define MAX_BITS ((size_t)1 << 33)

/* ---- views and results ---------------------------------------------------------------- */

/* A read-only mpz view of any int that allocates nothing: a heap int lends
 * its own mpz; an immediate is wrapped around one limb held by the view. */
typedef struct zview {
    mpz_t tmp;
    mp_limb_t limb;
} zview;

static mpz_srcptr zv(mp_obj o, zview *v)
{
    if (!mp_is_small(o))
        return ((mp_int *)o)->z;
    intptr_t x = mp_small_value(o);
    v->limb = x < 0 ? (mp_limb_t)0 - (mp_limb_t)x : (mp_limb_t)x;
    return mpz_roinit_n(v->tmp, &v->limb, x < 0 ? -1 : x > 0);
}

/* |z| as a read-only view sharing z's limbs. */
static mpz_srcptr zabs(mpz_srcptr z, mpz_ptr tmp)
{
    return mpz_roinit_n(tmp, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
}

static mp_int *alloc_int(mp_type *type)
{
    mp_int *r = (mp_int *)mp_obj_alloc(type);
    if (r)
        mpz_init(r->z);
    return r;
}

mp_obj mp_int_from_mpz_take(mpz_t z)
{
    if (mpz_size(z) <= 1) {
        /* The range is asymmetric: -2**61 is small, 2**61 is not. */
        mp_limb_t l = mpz_getlimbn(z, 0);
        int negative = mpz_sgn(z) < 0;
        if (l <= (mp_limb_t)MP_SMALL_MAX + (mp_limb_t)negative) {
            intptr_t v = negative ? (intptr_t)((mp_limb_t)0 - l) : (intptr_t)l;
            mpz_clear(z);
            return mp_small(v);
        }
    }
    mp_int *r = (mp_int *)mp_obj_alloc(&mp_type_int);
    if (!r) {
        mpz_clear(z);
        return NULL;
    }
    /* Move: the object now owns z's limbs. */
    *r->z = *z;
    return (mp_obj)r;
}

mp_obj mp_int_from_mpz(const mpz_t z)
{
    mpz_t c;
    mpz_init_set(c, z);
    return mp_int_from_mpz_take(c);
}

mp_obj mp_int_from_ssize(intptr_t v)
{
    if (MP_LIKELY(mp_fits_small(v)))
        return mp_small(v);
    mp_int *r = alloc_int(&mp_type_int);
    if (r)
        mpz_set_si(r->z, v);
    return (mp_obj)r;
}

mp_obj mp_int_from_ll(long long v) { return mp_int_from_ssize((intptr_t)v); }

mp_obj mp_int_from_ull(unsigned long long v)
{
    if (v <= (unsigned long long)MP_SMALL_MAX)
        return mp_small((intptr_t)v);
    mp_int *r = alloc_int(&mp_type_int);
    if (r)
        mpz_set_ui(r->z, (unsigned long)v);
    return (mp_obj)r;
}

mp_obj mp_int_from_size(size_t v) { return mp_int_from_ull(v); }

mp_obj mp_int_from_double(double d)
{
    if (isinf(d))
        return mp_err_set_str(&mp_type_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return mp_err_set_str(&mp_type_ValueError, "cannot convert float NaN to integer");
    if (fabs(d) < 0x1p61)
        return mp_small((intptr_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return mp_int_from_mpz_take(z);
}

/* The value of any int as an exact int (an int subclass instance or a bool
 * becomes a plain int). */
static mp_obj exact(mp_obj o)
{
    if (mp_int_check_exact(o))
        return mp_newref(o);
    return mp_int_from_mpz(((mp_int *)o)->z);
}

static mp_obj memory_error(void)
{
    return mp_err_no_memory();
}

/* Number of bits of |o|; 0 for zero. */
static size_t bit_length(mp_obj o)
{
    if (mp_is_small(o)) {
        intptr_t v = mp_small_value(o);
        uintptr_t a = v < 0 ? (uintptr_t)0 - (uintptr_t)v : (uintptr_t)v;
        return a ? (size_t)(64 - __builtin_clzll(a)) : 0;
    }
    mpz_srcptr z = ((mp_int *)o)->z;
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* ---- conversions ---------------------------------------------------------------------- */

int mp_int_sign(mp_obj o)
{
    if (mp_is_small(o)) {
        intptr_t v = mp_small_value(o);
        return (v > 0) - (v < 0);
    }
    return mpz_sgn(((mp_int *)o)->z);
}

int mp_int_as_ssize(mp_obj o, intptr_t *out)
{
    if (mp_is_small(o)) {
        *out = mp_small_value(o);
        return 0;
    }
    mpz_srcptr z = ((mp_int *)o)->z;
    if (!mpz_fits_slong_p(z)) {
        mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

int mp_int_as_ssize_clip(mp_obj o, intptr_t *out)
{
    if (mp_is_small(o)) {
        *out = mp_small_value(o);
        return 0;
    }
    mpz_srcptr z = ((mp_int *)o)->z;
    if (mpz_fits_slong_p(z)) {
        *out = mpz_get_si(z);
        return 0;
    }
    *out = mpz_sgn(z) < 0 ? INTPTR_MIN : INTPTR_MAX;
    return 1;
}

void mp_int_get_mpz(mp_obj o, mpz_t z)
{
    zview v;
    mpz_set(z, zv(o, &v));
}

/* Rounds m, whose lowest `drop` bits are to go, half to even; `sticky` says
 * whether nonzero bits lay below m. */
static uint64_t round_bits(uint64_t m, int drop, int sticky)
{
    uint64_t half = (uint64_t)1 << (drop - 1);
    uint64_t rest = m & ((half << 1) - 1);
    m -= rest;
    if (rest > half || (rest == half && (sticky || (m & (half << 1)))))
        m += half << 1;
    return m;
}

int mp_mpz_to_double(const mpz_t z, double *out)
{
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    if (bits <= 64) {
        /* The conversion of a 64-bit integer rounds to nearest, ties to even. */
        mpz_t a;
        double d = (double)mpz_get_ui(zabs(z, a));
        *out = mpz_sgn(z) < 0 ? -d : d;
        return 0;
    }
    if (bits > DBL_MAX_EXP)
        goto overflow;
    /* Keep the top 55 bits and whether anything below them is set, then
     * round to 53. */
    size_t shift = bits - (DBL_MANT_DIG + 2);
    mpz_t t, a;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, zabs(z, a), shift);
    uint64_t m = mpz_get_ui(t);
    mpz_clear(t);
    int sticky = mpz_scan1(z, 0) < shift;
    m = round_bits(m, 2, sticky);
    double d = ldexp((double)m, (int)shift);
    if (isinf(d))
        goto overflow;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
overflow:
    mp_err_set_str(&mp_type_OverflowError, "int too large to convert to float");
    return -1;
}

/* a / b correctly rounded: the quotient is scaled by 2**-shift to an
 * integer x of about 55 bits (fewer where the result is subnormal), with
 * the remainder kept as a sticky bit, rounded to what a double holds, and
 * scaled back. */
int mp_mpz_ratio_to_double(const mpz_t a, const mpz_t b, double *out)
{
    int negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) {
        *out = negative ? -0.0 : 0.0;
        return 0;
    }
    mpz_t ta, tb;
    mpz_srcptr na = zabs(a, ta), nb = zabs(b, tb);
    long diff = (long)mpz_sizeinbase(na, 2) - (long)mpz_sizeinbase(nb, 2);
    if (diff > DBL_MAX_EXP) {
        mp_err_set_str(&mp_type_OverflowError, "integer division result too large for a float");
        return -1;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = negative ? -0.0 : 0.0;
        return 0;
    }
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    mpz_t num, den, q;
    mpz_inits(num, den, q, NULL);
    if (shift <= 0) {
        mpz_mul_2exp(num, na, (mp_bitcnt_t)-shift);
        mpz_set(den, nb);
    } else {
        mpz_set(num, na);
        mpz_mul_2exp(den, nb, (mp_bitcnt_t)shift);
    }
    mpz_tdiv_qr(q, num, num, den);
    int inexact = mpz_sgn(num) != 0;
    uint64_t x = mpz_get_ui(q);
    mpz_clears(num, den, q, NULL);
    int xbits = 64 - __builtin_clzll(x);
    long keep_from = xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift;
    x = round_bits(x, (int)(keep_from - DBL_MANT_DIG), inexact);
    double d = ldexp((double)x, (int)shift);
    if (isinf(d)) {
        mp_err_set_str(&mp_type_OverflowError, "integer division result too large for a float");
        return -1;
    }
    *out = negative ? -d : d;
    return 0;
}

int mp_int_as_double(mp_obj o, double *out)
{
    if (mp_is_small(o)) {
        *out = (double)mp_small_value(o);
        return 0;
    }
    return mp_mpz_to_double(((mp_int *)o)->z, out);
}

/* ---- comparison and hashing ----------------------------------------------------------- */

int mp_int_compare(mp_obj a, mp_obj b)
{
    if (mp_is_small(a) && mp_is_small(b)) {
        intptr_t x = mp_small_value(a), y = mp_small_value(b);
        return (x > y) - (x < y);
    }
    zview va, vb;
    int c = mpz_cmp(zv(a, &va), zv(b, &vb));
    return (c > 0) - (c < 0);
}

int mp_int_compare_double(mp_obj i, double d)
{
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (mp_is_small(i)) {
        intptr_t v = mp_small_value(i);
        if (v >= -(1LL << DBL_MANT_DIG) && v <= (1LL << DBL_MANT_DIG)) {
            double x = (double)v; /* exact */
            return (x > d) - (x < d);
        }
    }
    zview vi;
    int c = mpz_cmp_d(zv(i, &vi), d); /* exact, as GMP documents */
    return (c > 0) - (c < 0);
}

static mp_obj compare_result(int c, int op)
{
    int r;
    switch (op) {
    case MP_LT: r = c < 0; break;
    case MP_LE: r = c <= 0; break;
    case MP_EQ: r = c == 0; break;
    case MP_NE: r = c != 0; break;
    case MP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mp_bool(r);
}

mp_obj mp_int_richcompare(mp_obj a, mp_obj b, int op)
{
    if (!mp_int_check(a) || !mp_int_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    return compare_result(mp_int_compare(a, b), op);
}

/* Hashes are the value modulo the Mersenne prime 2**61 - 1, with the sign
 * of the value, and -1 (the error value) replaced by -2: CPython's rule, so
 * that equal ints, floats and fractions hash alike. */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

mp_hash_t mp_int_hash(mp_obj o)
{
    uint64_t h;
    int negative;
    if (mp_is_small(o)) {
        intptr_t v = mp_small_value(o);
        negative = v < 0;
        h = (negative ? (uint64_t)0 - (uint64_t)v : (uint64_t)v) % HASH_MODULUS;
    } else {
        mpz_srcptr z = ((mp_int *)o)->z;
        negative = mpz_sgn(z) < 0;
        h = mpz_tdiv_ui(z, HASH_MODULUS);
    }
    mp_hash_t r = negative ? -(mp_hash_t)h : (mp_hash_t)h;
    return r == -1 ? -2 : r;
}

/* ---- arithmetic ------------------------------------------------------------------------ */

#define BINOP_CHECK(a, b)                                                      \
    do {                                                                       \
        if (!mp_int_check(a) || !mp_int_check(b))                              \
            MP_RETURN_NOTIMPLEMENTED;                                          \
    } while (0)

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static mp_obj big_binop(mp_obj a, mp_obj b, mpz_binop f)
{
    zview va, vb;
    mpz_t r;
    mpz_init(r);
    f(r, zv(a, &va), zv(b, &vb));
    return mp_int_from_mpz_take(r);
}

mp_obj mp_int_add(mp_obj a, mp_obj b)
{
    /* Two immediates have 62 bits: their sum cannot overflow a word. */
    if (MP_LIKELY(mp_is_small(a) && mp_is_small(b)))
        return mp_int_from_ssize(mp_small_value(a) + mp_small_value(b));
    BINOP_CHECK(a, b);
    return big_binop(a, b, mpz_add);
}

mp_obj mp_int_subtract(mp_obj a, mp_obj b)
{
    if (MP_LIKELY(mp_is_small(a) && mp_is_small(b)))
        return mp_int_from_ssize(mp_small_value(a) - mp_small_value(b));
    BINOP_CHECK(a, b);
    return big_binop(a, b, mpz_sub);
}

mp_obj mp_int_multiply(mp_obj a, mp_obj b)
{
    if (MP_LIKELY(mp_is_small(a) && mp_is_small(b))) {
        intptr_t r;
        if (!__builtin_mul_overflow(mp_small_value(a), mp_small_value(b), &r))
            return mp_int_from_ssize(r);
    } else {
        BINOP_CHECK(a, b);
        if (bit_length(a) + bit_length(b) > MAX_BITS)
            return memory_error();
    }
    return big_binop(a, b, mpz_mul);
}

static int is_zero(mp_obj o)
{
    return mp_is_small(o) ? mp_small_value(o) == 0 : mpz_sgn(((mp_int *)o)->z) == 0;
}

/* Floor division and modulo round toward negative infinity: the remainder
 * takes the divisor's sign. */
static intptr_t small_floordiv(intptr_t x, intptr_t y)
{
    intptr_t q = x / y, r = x % y;
    if (r && ((r ^ y) < 0))
        q--;
    return q;
}

static intptr_t small_mod(intptr_t x, intptr_t y)
{
    intptr_t r = x % y;
    if (r && ((r ^ y) < 0))
        r += y;
    return r;
}

mp_obj mp_int_floor_divide(mp_obj a, mp_obj b)
{
    BINOP_CHECK(a, b);
    if (is_zero(b))
        return mp_err_set_str(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
    if (mp_is_small(a) && mp_is_small(b))
        return mp_int_from_ssize(small_floordiv(mp_small_value(a), mp_small_value(b)));
    return big_binop(a, b, mpz_fdiv_q);
}

mp_obj mp_int_remainder(mp_obj a, mp_obj b)
{
    BINOP_CHECK(a, b);
    if (is_zero(b))
        return mp_err_set_str(&mp_type_ZeroDivisionError, "integer modulo by zero");
    if (mp_is_small(a) && mp_is_small(b))
        return mp_small(small_mod(mp_small_value(a), mp_small_value(b)));
    return big_binop(a, b, mpz_fdiv_r);
}

/* A 2-tuple of q and r, which it steals; NULL (dropping them) if either is
 * NULL. */
static mp_obj pair(mp_obj q, mp_obj r)
{
    mp_obj t = q && r ? mp_tuple_new(2) : NULL;
    if (!t) {
        mp_xdecref(q);
        mp_xdecref(r);
        return NULL;
    }
    MP_TUPLE_ITEMS(t)[0] = q;
    MP_TUPLE_ITEMS(t)[1] = r;
    return t;
}

mp_obj mp_int_divmod(mp_obj a, mp_obj b)
{
    BINOP_CHECK(a, b);
    if (is_zero(b))
        return mp_err_set_str(&mp_type_ZeroDivisionError, "integer division or modulo by zero");
    if (mp_is_small(a) && mp_is_small(b)) {
        intptr_t x = mp_small_value(a), y = mp_small_value(b);
        return pair(mp_int_from_ssize(small_floordiv(x, y)), mp_small(small_mod(x, y)));
    }
    zview va, vb;
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, zv(a, &va), zv(b, &vb));
    return pair(mp_int_from_mpz_take(q), mp_int_from_mpz_take(r));
}

mp_obj mp_int_true_divide(mp_obj a, mp_obj b)
{
    BINOP_CHECK(a, b);
    if (is_zero(b))
        return mp_err_set_str(&mp_type_ZeroDivisionError, "division by zero");
    if (mp_is_small(a) && mp_is_small(b)) {
        intptr_t x = mp_small_value(a), y = mp_small_value(b);
        const intptr_t exact = (intptr_t)1 << DBL_MANT_DIG;
        /* Both convert exactly, so one IEEE division rounds correctly. */
        if (x >= -exact && x <= exact && y >= -exact && y <= exact)
            return mp_float_new((double)x / (double)y);
    }
    zview va, vb;
    double d;
    if (mp_mpz_ratio_to_double(zv(a, &va), zv(b, &vb), &d) < 0)
        return NULL;
    return mp_float_new(d);
}

/* ---- powers ------------------------------------------------------------------------------ */

/* x ** y for y >= 0 in a word; 0 when it overflows. */
static int small_pow(intptr_t x, intptr_t y, intptr_t *out)
{
    intptr_t r = 1;
    for (;;) {
        if ((y & 1) && __builtin_mul_overflow(r, x, &r))
            return 0;
        y >>= 1;
        if (!y)
            break;
        if (__builtin_mul_overflow(x, x, &x))
            return 0;
    }
    *out = r;
    return 1;
}

static mp_obj big_pow(mp_obj a, mp_obj b)
{
    zview va, vb;
    mpz_srcptr za = zv(a, &va), zb = zv(b, &vb);
    if (mpz_sgn(zb) == 0)
        return mp_small(1);
    /* 0, 1 and -1 stay small whatever the exponent. */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) >= 0)
            return exact(a);
        return mp_small(mpz_odd_p(zb) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(zb) || mpz_get_ui(zb) > MAX_BITS / bit_length(a))
        return memory_error();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, mpz_get_ui(zb));
    return mp_int_from_mpz_take(r);
}

/* pow(a, b, m) with ints; b < 0 takes the inverse of a modulo m.  The
 * result has m's sign, as % does. */
static mp_obj modular_pow(mp_obj a, mp_obj b, mp_obj m)
{
    if (is_zero(m))
        return mp_err_set_str(&mp_type_ValueError, "pow() 3rd argument cannot be 0");
    zview va, vb, vm;
    mpz_srcptr za = zv(a, &va), zb = zv(b, &vb), zm = zv(m, &vm);
    if (mpz_cmpabs_ui(zm, 1) == 0)
        return mp_small(0);
    mpz_t r, base, e, mod;
    mpz_inits(r, base, e, NULL);
    mpz_abs(e, zb);
    mpz_roinit_n(mod, mpz_limbs_read(zm), (mp_size_t)mpz_size(zm));
    if (mpz_sgn(zb) < 0) {
        if (!mpz_invert(base, za, mod)) {
            mpz_clears(r, base, e, NULL);
            return mp_err_set_str(&mp_type_ValueError,
                                  "base is not invertible for the given modulus");
        }
    } else {
        mpz_set(base, za);
    }
    mpz_powm(r, base, e, mod);
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
        mpz_add(r, r, zm);
    mpz_clears(base, e, NULL);
    return mp_int_from_mpz_take(r);
}

/* pow(a, b, m) where b or m is not an int: CPython tries b's slot, then
 * m's, and float's and complex's refuse a modulus with these errors. */
static mp_obj foreign_modulus(mp_obj b, mp_obj m)
{
    mp_obj others[2] = {b, m};
    for (int i = 0; i < 2; i++) {
        if (mp_float_check(others[i]))
            return mp_err_set_str(&mp_type_TypeError,
                                  "pow() 3rd argument not allowed unless all arguments are integers");
        if (mp_complex_check(others[i]))
            return mp_err_set_str(&mp_type_ValueError, "complex modulo");
    }
    MP_RETURN_NOTIMPLEMENTED;
}

mp_obj mp_int_power(mp_obj a, mp_obj b, mp_obj m)
{
    if (m && m != mp_none) {
        if (!mp_int_check(a) || !mp_int_check(b) || !mp_int_check(m))
            return foreign_modulus(b, m);
        return modular_pow(a, b, m);
    }
    BINOP_CHECK(a, b);
    if (mp_int_sign(b) < 0)
        return mp_type_float.as_number->power(a, b, mp_none);
    if (mp_is_small(a) && mp_is_small(b)) {
        intptr_t r;
        if (small_pow(mp_small_value(a), mp_small_value(b), &r))
            return mp_int_from_ssize(r);
    }
    return big_pow(a, b);
}

/* ---- unary operators ------------------------------------------------------------------ */

mp_obj mp_int_negative(mp_obj a)
{
    if (mp_is_small(a))
        return mp_int_from_ssize(-mp_small_value(a));
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, ((mp_int *)a)->z);
    return mp_int_from_mpz_take(r);
}

mp_obj mp_int_positive(mp_obj a) { return exact(a); }

mp_obj mp_int_absolute(mp_obj a)
{
    return mp_int_sign(a) < 0 ? mp_int_negative(a) : exact(a);
}

int mp_int_bool(mp_obj a) { return !is_zero(a); }

mp_obj mp_int_invert(mp_obj a)
{
    if (mp_is_small(a))
        return mp_small(~mp_small_value(a)); /* ~x == -x-1 stays in range */
    mpz_t r;
    mpz_init(r);
    mpz_com(r, ((mp_int *)a)->z);
    return mp_int_from_mpz_take(r);
}

mp_obj mp_int_int(mp_obj a) { return exact(a); }

mp_obj mp_int_float(mp_obj a)
{
    double d;
    if (mp_int_as_double(a, &d) < 0)
        return NULL;
    return mp_float_new(d);
}

/* ---- bits ------------------------------------------------------------------------------- */

static mp_obj negative_shift(void)
{
    return mp_err_set_str(&mp_type_ValueError, "negative shift count");
}

mp_obj mp_int_lshift(mp_obj a, mp_obj b)
{
    BINOP_CHECK(a, b);
    if (mp_is_small(a) && mp_is_small(b)) {
        intptr_t x = mp_small_value(a), y = mp_small_value(b);
        if (y < 0)
            return negative_shift();
        if (x == 0)
            return mp_small(0);
        if (y < 62) {
            intptr_t r = (intptr_t)((uintptr_t)x << y);
            if ((r >> y) == x)
                return mp_int_from_ssize(r);
        }
    }
    if (mp_int_sign(b) < 0)
        return negative_shift();
    if (is_zero(a))
        return mp_small(0);
    intptr_t n;
    if (mp_int_as_ssize_clip(b, &n) || (size_t)n > MAX_BITS - bit_length(a))
        return memory_error();
    zview va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, zv(a, &va), (mp_bitcnt_t)n);
    return mp_int_from_mpz_take(r);
}

mp_obj mp_int_rshift(mp_obj a, mp_obj b)
{
    BINOP_CHECK(a, b);
    if (mp_int_sign(b) < 0)
        return negative_shift();
    intptr_t n;
    int sign = mp_int_sign(a);
    if (mp_int_as_ssize_clip(b, &n) || (size_t)n >= bit_length(a))
        return mp_small(sign < 0 ? -1 : 0);
    if (mp_is_small(a))
        return mp_small(mp_small_value(a) >> n); /* arithmetic: floors */
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, ((mp_int *)a)->z, (mp_bitcnt_t)n);
    return mp_int_from_mpz_take(r);
}

/* Bitwise operators act on the two's complement (GMP's convention too);
 * two immediates give an immediate. */
mp_obj mp_int_and(mp_obj a, mp_obj b)
{
    if (mp_is_small(a) && mp_is_small(b))
        return mp_small(mp_small_value(a) & mp_small_value(b));
    BINOP_CHECK(a, b);
    return big_binop(a, b, mpz_and);
}

mp_obj mp_int_or(mp_obj a, mp_obj b)
{
    if (mp_is_small(a) && mp_is_small(b))
        return mp_small(mp_small_value(a) | mp_small_value(b));
    BINOP_CHECK(a, b);
    return big_binop(a, b, mpz_ior);
}

mp_obj mp_int_xor(mp_obj a, mp_obj b)
{
    if (mp_is_small(a) && mp_is_small(b))
        return mp_small(mp_small_value(a) ^ mp_small_value(b));
    BINOP_CHECK(a, b);
    return big_binop(a, b, mpz_xor);
}

/* ---- methods ------------------------------------------------------------------------------ */

static mp_obj int_bit_length(mp_obj self) { return mp_int_from_size(bit_length(self)); }

static mp_obj int_bit_count(mp_obj self)
{
    if (mp_is_small(self)) {
        intptr_t v = mp_small_value(self);
        return mp_small(__builtin_popcountll(v < 0 ? (uintptr_t)0 - (uintptr_t)v : (uintptr_t)v));
    }
    mpz_t t;
    return mp_int_from_size(mpz_popcount(zabs(((mp_int *)self)->z, t)));
}

static mp_obj int_conjugate(mp_obj self) { return exact(self); }

static mp_obj int_as_integer_ratio(mp_obj self)
{
    return pair(exact(self), mp_small(1));
}

static mp_obj int_getnewargs(mp_obj self)
{
    mp_obj v = exact(self);
    if (!v)
        return NULL;
    mp_obj t = mp_tuple_pack(1, v);
    mp_decref(v);
    return t;
}

/* CPython's sizes: a 24-byte header and 4 bytes per 30-bit digit, at
 * least one digit. */
static mp_obj int_sizeof(mp_obj self)
{
    size_t digits = (bit_length(self) + 29) / 30;
    return mp_int_from_size(24 + 4 * (digits ? digits : 1));
}

/* round(self, ndigits): to a multiple of 10**-ndigits, ties to even. */
static mp_obj int_round(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return exact(self);
    mp_obj nd = mp_number_index(args[0]);
    if (!nd)
        return NULL;
    int sign = mp_int_sign(nd);
    intptr_t n;
    int clipped = mp_int_as_ssize_clip(nd, &n);
    mp_decref(nd);
    if (sign >= 0)
        return exact(self);
    /* 10**k exceeds 2*|self| once k passes its digit count: the result is 0. */
    if (clipped || (size_t)-n > bit_length(self) / 3 + 2)
        return mp_small(0);
    zview v;
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, zv(self, &v), p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return mp_int_from_mpz_take(q);
}

static mp_obj int_format(mp_obj self, mp_obj spec)
{
    if (!mp_str_check(spec))
        return mp_err_format(&mp_type_TypeError, "__format__() argument must be str, not %s",
                             mp_type_of(spec)->name);
    return mp_format_int(spec, self);
}

/* "big" or "little" from a byteorder argument: 1 for big, 0 for little,
 * -1 on error. */
static int byteorder_arg(mp_obj o, const char *fname)
{
    if (!o)
        return 1;
    if (!mp_str_check(o)) {
        mp_err_format(&mp_type_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                      mp_type_of(o)->name);
        return -1;
    }
    if (mp_str_eq_cstr(o, "big"))
        return 1;
    if (mp_str_eq_cstr(o, "little"))
        return 0;
    mp_err_set_str(&mp_type_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Writes the low n bytes of z's two's complement (z fits) to out, most
 * significant first when big. */
static void write_bytes(mpz_srcptr z, unsigned char *out, size_t n, int big)
{
    mpz_t t;
    mpz_init_set(t, z);
    if (mpz_sgn(t) < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * n);
        mpz_add(t, t, m);
        mpz_clear(m);
    }
    memset(out, 0, n);
    size_t count = 0;
    if (mpz_sgn(t))
        mpz_export(out + n - (mpz_sizeinbase(t, 256)), &count, 1, 1, 1, 0, t);
    mpz_clear(t);
    if (!big)
        for (size_t i = 0; i < n / 2; i++) {
            unsigned char c = out[i];
            out[i] = out[n - 1 - i];
            out[n - 1 - i] = c;
        }
}

static mp_obj int_to_bytes(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    mp_obj olen, oorder, osigned;
    if (mp_arg_parse(args, nargs, kwnames, "to_bytes", kwlist, 0, 2, &olen, &oorder, &osigned) < 0)
        return NULL;
    intptr_t len = 1;
    if (olen) {
        len = mp_number_as_ssize(olen, &mp_type_OverflowError);
        if (len == -1 && mp_err_occurred())
            return NULL;
        if (len < 0)
            return mp_err_set_str(&mp_type_ValueError, "length argument must be non-negative");
    }
    int big = byteorder_arg(oorder, "to_bytes");
    int is_signed = osigned ? mp_obj_is_true(osigned) : 0;
    if (big < 0 || is_signed < 0)
        return NULL;
    zview v;
    mpz_srcptr z = zv(self, &v);
    if (!is_signed && mpz_sgn(z) < 0)
        return mp_err_set_str(&mp_type_OverflowError, "can't convert negative int to unsigned");
    /* Bits the value needs: a negative one in two's complement needs those
     * of -z-1, plus the sign bit. */
    size_t need;
    if (mpz_sgn(z) < 0) {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, z);
        need = (mpz_sgn(t) ? mpz_sizeinbase(t, 2) : 0) + 1;
        mpz_clear(t);
    } else {
        need = (mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0) + (size_t)is_signed;
    }
    if (need > 8 * (size_t)len)
        return mp_err_set_str(&mp_type_OverflowError, "int too big to convert");
    mp_obj r = mp_bytes_new(NULL, len);
    if (r)
        write_bytes(z, (unsigned char *)MP_BYTES_DATA(r), (size_t)len, big);
    return r;
}

/* Borrowed bytes of a bytes or bytearray; 0 when o is neither. */
static int bytes_view(mp_obj o, const char **data, size_t *n)
{
    if (mp_bytes_check(o)) {
        *data = MP_BYTES_DATA(o);
        *n = (size_t)MP_BYTES_LEN(o);
        return 1;
    }
    if (mp_obj_type_check(o, &mp_type_bytearray)) {
        *data = ((mp_bytearray *)o)->data;
        *n = (size_t)((mp_bytearray *)o)->ob.size;
        return 1;
    }
    return 0;
}

static mp_obj int_from_bytes(mp_obj cls, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    mp_obj obytes, oorder, osigned;
    if (mp_arg_parse(args, nargs, kwnames, "from_bytes", kwlist, 1, 2, &obytes, &oorder,
                     &osigned) < 0)
        return NULL;
    int big = byteorder_arg(oorder, "from_bytes");
    int is_signed = osigned ? mp_obj_is_true(osigned) : 0;
    if (big < 0 || is_signed < 0)
        return NULL;
    mp_obj owned = NULL;
    const char *data;
    size_t n;
    if (!bytes_view(obytes, &data, &n)) {
        /* bytes(obj), as CPython's PyObject_Bytes: not a size or a str. */
        if ((mp_index_check(obytes) &&
             !mp_type_lookup(mp_type_of(obytes), mp_str_intern("__bytes__"))) ||
            mp_str_check(obytes))
            return mp_err_format(&mp_type_TypeError, "cannot convert '%s' object to bytes",
                                 mp_type_of(obytes)->name);
        owned = mp_call1((mp_obj)&mp_type_bytes, obytes);
        if (!owned)
            return NULL;
        data = MP_BYTES_DATA(owned);
        n = (size_t)MP_BYTES_LEN(owned);
    }
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, big ? 1 : -1, 1, 1, 0, data);
    if (is_signed && n && (data[big ? 0 : n - 1] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * n);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    mp_xdecref(owned);
    mp_obj r = mp_int_from_mpz_take(z);
    if (!r || (mp_type *)cls == &mp_type_int)
        return r;
    mp_obj sub = mp_call1(cls, r);
    mp_decref(r);
    return sub;
}

static mp_obj int_get_self(mp_obj self, void *c) { return exact(self); }
static mp_obj int_get_zero(mp_obj self, void *c) { return mp_small(0); }
static mp_obj int_get_one(mp_obj self, void *c) { return mp_small(1); }

#define METH(name, f, flags, doc) {name, (void (*)(void))(f), flags, doc}

static const mp_method_def int_methods[] = {
    METH("conjugate", int_conjugate, MP_METH_NOARGS,
         "Returns self, the complex conjugate of any int."),
    METH("bit_length", int_bit_length, MP_METH_NOARGS,
         "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n"
         ">>> (37).bit_length()\n6"),
    METH("bit_count", int_bit_count, MP_METH_NOARGS,
         "Number of ones in the binary representation of the absolute value of self.\n\n"
         "Also known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"),
    METH("to_bytes", int_to_bytes, MP_METH_FASTCALL | MP_METH_KEYWORDS,
         "Return an array of bytes representing an integer."),
    METH("from_bytes", int_from_bytes, MP_METH_FASTCALL | MP_METH_KEYWORDS | MP_METH_CLASS,
         "Return the integer represented by the given array of bytes."),
    METH("as_integer_ratio", int_as_integer_ratio, MP_METH_NOARGS,
         "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to "
         "the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n"
         "(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)"),
    METH("__trunc__", int_conjugate, MP_METH_NOARGS, "Truncating an Integral returns itself."),
    METH("__floor__", int_conjugate, MP_METH_NOARGS, "Flooring an Integral returns itself."),
    METH("__ceil__", int_conjugate, MP_METH_NOARGS, "Ceiling of an Integral returns itself."),
    METH("__round__", int_round, MP_METH_FASTCALL,
         "Rounding an Integral returns itself.\n\n"
         "Rounding with an ndigits argument also returns an integer."),
    METH("__getnewargs__", int_getnewargs, MP_METH_NOARGS, NULL),
    METH("__format__", int_format, MP_METH_O, NULL),
    METH("__sizeof__", int_sizeof, MP_METH_NOARGS, "Returns size in memory, in bytes."),
    {NULL},
};

static const mp_getset_def int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL},
};

/* ---- construction --------------------------------------------------------------------------- */

/* int(x, base) with base given: x must be text. */
static mp_obj int_with_base(mp_obj x, mp_obj obase)
{
    intptr_t base = mp_number_as_ssize(obase, NULL);
    if (base == -1 && mp_err_occurred())
        return NULL;
    if (base != 0 && (base < 2 || base > 36))
        return mp_err_set_str(&mp_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!mp_str_check(x) && !mp_bytes_check(x) && !mp_obj_type_check(x, &mp_type_bytearray))
        return mp_err_set_str(&mp_type_TypeError, "int() can't convert non-string with explicit base");
    return mp_int_from_string_object(x, (int)base);
}

static mp_obj int_from_args(mp_obj x, mp_obj obase)
{
    if (!x) {
        if (obase)
            return mp_err_set_str(&mp_type_TypeError, "int() missing string argument");
        return mp_small(0);
    }
    if (obase)
        return int_with_base(x, obase);
    if (mp_str_check(x) || mp_bytes_check(x) || mp_obj_type_check(x, &mp_type_bytearray))
        return mp_int_from_string_object(x, 10);
    return mp_number_long(x);
}

static mp_obj int_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"", "base", NULL};
    mp_obj x, obase;
    if (mp_arg_parse(args, nargs, kwnames, "int", kwlist, 0, 2, &x, &obase) < 0)
        return NULL;
    mp_obj v = int_from_args(x, obase);
    if (!v || type == &mp_type_int)
        return v;
    /* A subclass instance: an mp_int of that type, never an immediate. */
    mp_int *r = alloc_int(type);
    if (r) {
        zview vv;
        mpz_set(r->z, zv(v, &vv));
    }
    mp_decref(v);
    return (mp_obj)r;
}

static void int_dealloc(mp_obj self)
{
    mpz_clear(((mp_int *)self)->z);
    mp_obj_free(self);
}

static mp_hash_t int_hash(mp_obj self) { return mp_int_hash(self); }

static const mp_number_methods int_as_number = {
    .add = mp_int_add,
    .subtract = mp_int_subtract,
    .multiply = mp_int_multiply,
    .remainder = mp_int_remainder,
    .divmod = mp_int_divmod,
    .power = mp_int_power,
    .negative = mp_int_negative,
    .positive = mp_int_positive,
    .absolute = mp_int_absolute,
    .bool_ = mp_int_bool,
    .invert = mp_int_invert,
    .lshift = mp_int_lshift,
    .rshift = mp_int_rshift,
    .and_ = mp_int_and,
    .xor_ = mp_int_xor,
    .or_ = mp_int_or,
    .int_ = mp_int_int,
    .float_ = mp_int_float,
    .floor_divide = mp_int_floor_divide,
    .true_divide = mp_int_true_divide,
    .index = mp_int_int,
};

mp_type mp_type_int = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "int",
    .basicsize = sizeof(mp_int),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_INT_SUBCLASS | MP_TPFLAGS_MATCH_SELF,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.\n\n"
           "If x is not a number or if base is given, then x must be a string,\n"
           "bytes, or bytearray instance representing an integer literal in the\n"
           "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
           "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
           "Base 0 means to interpret the base from the string as an integer literal.\n"
           ">>> int('0b100', base=0)\n4",
    .dealloc = int_dealloc,
    .repr = mp_int_repr,
    .hash = int_hash,
    .richcompare = mp_int_richcompare,
    .getattro = mp_obj_generic_getattr,
    .new_ = int_new,
    .as_number = &int_as_number,
    .methods = int_methods,
    .getsets = int_getsets,
};

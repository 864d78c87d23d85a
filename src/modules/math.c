/* The math module, as CPython 3.11's Modules/mathmodule.c: the C
 * library's functions with CPython's error rules ("math domain error",
 * "math range error"), and CPython's own algorithms where it does not use
 * the C library (fsum, hypot and dist, log of huge ints, pow's special
 * cases), so that the results are the same doubles.  The integer
 * functions are in math_integer.c, gamma and lgamma in math_special.c. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>

#include "math_internal.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

/* ---- errors and arguments ------------------------------------------------------------------------ */

static mp_obj domain_error(void) { return mp_err_set_str(&mp_type_ValueError, "math domain error"); }
static mp_obj range_error(void) { return mp_err_set_str(&mp_type_OverflowError, "math range error"); }

/* CPython's is_error: errno after a libm call, with underflow (ERANGE on
 * a result near zero) not an error.  1 with the exception set, or 0. */
static int is_error(double r)
{
    if (errno == EDOM) {
        domain_error();
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5)
            return 0;
        range_error();
        return 1;
    }
    mp_err_from_errno(&mp_type_ValueError, NULL);
    return 1;
}

/* A number as a double: floats and small ints directly, the rest as
 * float() converts them ("must be real number, not str"). */
static int as_double(mp_obj o, double *d)
{
    if (mp_is_small(o)) {
        *d = (double)mp_small_value(o);
        return 0;
    }
    if (o->type == &mp_type_float) {
        *d = mp_float_value(o);
        return 0;
    }
    return mp_float_as_double(o, d);
}

/* ---- functions of one double --------------------------------------------------------------------- */

/* func(x): a NaN from a non-NaN is a domain error; an infinity from a
 * finite x is a range error when the function can overflow, a domain
 * error (a pole) otherwise. */
static mp_obj math_1(mp_obj arg, double (*func)(double), int can_overflow)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    double r = func(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && is_error(r))
        return NULL;
    return mp_float_new(r);
}

/* func(x) where errors come only through errno (gamma, lgamma). */
static mp_obj math_1a(mp_obj arg, double (*func)(double))
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    double r = func(x);
    if (errno && is_error(r))
        return NULL;
    return mp_float_new(r);
}

/* log1p keeps the sign of a zero argument (log1p(-0.0) is -0.0). */
static double m_log1p(double x) { return x == 0.0 ? x : log1p(x); }

#define FUNC1(name, func, can_overflow)                                                            \
    static mp_obj math_##name(mp_obj self, mp_obj x) { return math_1(x, func, can_overflow); }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(erf, erf, 0)
FUNC1(erfc, erfc, 0)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(log1p, m_log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

static mp_obj math_gamma(mp_obj self, mp_obj x) { return math_1a(x, mp_math_tgamma); }
static mp_obj math_lgamma(mp_obj self, mp_obj x) { return math_1a(x, mp_math_lgamma); }

static mp_obj math_degrees(mp_obj self, mp_obj arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return mp_float_new(x * (180.0 / M_PI));
}

static mp_obj math_radians(mp_obj self, mp_obj arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    return mp_float_new(x * (M_PI / 180.0));
}

static mp_obj math_isfinite(mp_obj self, mp_obj arg)
{
    double x;
    return as_double(arg, &x) < 0 ? NULL : mp_bool(isfinite(x));
}

static mp_obj math_isinf(mp_obj self, mp_obj arg)
{
    double x;
    return as_double(arg, &x) < 0 ? NULL : mp_bool(isinf(x));
}

static mp_obj math_isnan(mp_obj self, mp_obj arg)
{
    double x;
    return as_double(arg, &x) < 0 ? NULL : mp_bool(isnan(x));
}

/* ---- functions of two doubles -------------------------------------------------------------------- */

static int two_doubles(const char *name, mp_obj const *args, size_t nargs, double *x, double *y)
{
    if (mp_arg_check_count(name, nargs, 2, 2) < 0)
        return -1;
    return as_double(args[0], x) < 0 || as_double(args[1], y) < 0 ? -1 : 0;
}

/* func(x, y) with CPython's math_2 rules: a NaN from non-NaNs is a domain
 * error, an infinity from finite arguments a range error. */
static mp_obj math_2(const char *name, mp_obj const *args, size_t nargs,
                     double (*func)(double, double))
{
    double x, y;
    if (two_doubles(name, args, nargs, &x, &y) < 0)
        return NULL;
    errno = 0;
    double r = func(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(r))
        return NULL;
    return mp_float_new(r);
}

static mp_obj math_atan2(mp_obj self, mp_obj const *args, size_t nargs)
{
    return math_2("atan2", args, nargs, atan2);
}

static mp_obj math_copysign(mp_obj self, mp_obj const *args, size_t nargs)
{
    return math_2("copysign", args, nargs, copysign);
}

static mp_obj math_remainder(mp_obj self, mp_obj const *args, size_t nargs)
{
    return math_2("remainder", args, nargs, remainder);
}

static mp_obj math_fmod(mp_obj self, mp_obj const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0)
        return NULL;
    /* fmod(x, +-inf) is x for finite x. */
    if (isinf(y) && isfinite(x))
        return mp_float_new(x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(r))
        return NULL;
    return mp_float_new(r);
}

/* pow(x, y): C99's special cases decided here, finite ** finite by libm,
 * with a NaN result a domain error and an infinite one a range error
 * (or a domain error for 0 ** negative). */
static mp_obj math_pow(mp_obj self, mp_obj const *args, size_t nargs)
{
    double x, y, r;
    if (two_doubles("pow", args, nargs, &x, &y) < 0)
        return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0)
            r = 1.0;
        else if (y > 0.0 && fabs(x) > 1.0)
            r = y;
        else if (y < 0.0 && fabs(x) < 1.0)
            r = -y;
        else
            r = 0.0;
    } else {
        r = pow(x, y);
        if (isnan(r))
            errno = EDOM;
        else if (isinf(r))
            errno = x == 0.0 ? EDOM : ERANGE;
    }
    if (errno && is_error(r))
        return NULL;
    return mp_float_new(r);
}

static mp_obj math_nextafter(mp_obj self, mp_obj const *args, size_t nargs)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0)
        return NULL;
    return mp_float_new(nextafter(x, y));
}

static mp_obj math_ulp(mp_obj self, mp_obj arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return mp_float_new(x);
    x = fabs(x);
    if (isinf(x))
        return mp_float_new(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next))
        return mp_float_new(x - nextafter(x, -INFINITY)); /* x is the largest double */
    return mp_float_new(next - x);
}

/* ---- parts of doubles ------------------------------------------------------------------------------ */

static mp_obj pair(mp_obj a, mp_obj b)
{
    mp_obj t = a && b ? mp_tuple_pack(2, a, b) : NULL;
    mp_xdecref(a);
    mp_xdecref(b);
    return t;
}

static mp_obj math_frexp(mp_obj self, mp_obj arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    return pair(mp_float_new(x), mp_int_from_ssize(e));
}

static mp_obj math_modf(mp_obj self, mp_obj arg)
{
    double x;
    if (as_double(arg, &x) < 0)
        return NULL;
    if (isinf(x))
        return pair(mp_float_new(copysign(0.0, x)), mp_float_new(x));
    if (isnan(x))
        return pair(mp_float_new(x), mp_float_new(x));
    double ip;
    double fp = modf(x, &ip);
    return pair(mp_float_new(fp), mp_float_new(ip));
}

/* ldexp(x, i): i must be an int; exponents beyond C's int saturate. */
static mp_obj math_ldexp(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("ldexp", nargs, 2, 2) < 0)
        return NULL;
    double x, r;
    if (as_double(args[0], &x) < 0)
        return NULL;
    if (!mp_int_check(args[1]))
        return mp_err_set_str(&mp_type_TypeError, "Expected an int as second argument to ldexp.");
    intptr_t e;
    mp_int_as_ssize_clip(args[1], &e);
    errno = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            errno = ERANGE;
    }
    if (errno && is_error(r))
        return NULL;
    return mp_float_new(r);
}

/* ---- rounding -------------------------------------------------------------------------------------- */

/* o's special method `name` bound to o, looked up on its type: a new
 * reference, or NULL (with an exception only if binding failed). */
static mp_obj lookup_special(mp_obj o, mp_obj name)
{
    mp_type *t = mp_type_of(o);
    mp_obj f = mp_type_lookup(t, name);
    if (!f)
        return NULL;
    mp_descrgetfunc get = mp_type_of(f)->descr_get;
    return get ? get(f, o, (mp_obj)t) : mp_newref(f);
}

/* ceil and floor: __ceil__/__floor__ unless o is a float, else the
 * float value rounded. */
static mp_obj round_to_int(mp_obj o, mp_obj dunder, double (*func)(double))
{
    if (mp_int_check_exact(o))
        return mp_newref(o);
    if (!mp_float_check_exact(o)) {
        mp_obj f = lookup_special(o, dunder);
        if (f) {
            mp_obj r = mp_call0(f);
            mp_decref(f);
            return r;
        }
        if (mp_err_occurred())
            return NULL;
    }
    double x;
    if (as_double(o, &x) < 0)
        return NULL;
    return mp_int_from_double(func(x));
}

static mp_obj math_ceil(mp_obj self, mp_obj o) { return round_to_int(o, MP_NAME(__ceil__), ceil); }
static mp_obj math_floor(mp_obj self, mp_obj o) { return round_to_int(o, MP_NAME(__floor__), floor); }

static mp_obj math_trunc(mp_obj self, mp_obj o)
{
    if (mp_float_check_exact(o))
        return mp_int_from_double(mp_float_value(o));
    if (mp_int_check_exact(o))
        return mp_newref(o);
    mp_obj f = lookup_special(o, MP_NAME(__trunc__));
    if (!f)
        return mp_err_occurred() ? NULL
                                 : mp_err_format(&mp_type_TypeError,
                                                 "type %s doesn't define __trunc__ method",
                                                 mp_type_of(o)->name);
    mp_obj r = mp_call0(f);
    mp_decref(f);
    return r;
}

/* ---- logarithms ------------------------------------------------------------------------------------- */

/* C's logs with CPython's results at the edges: log(0) is -inf and
 * log(negative) a NaN, both with EDOM, so math_1 reports domain errors. */
static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0)
        return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* A positive int too large for a double as x * 2**e with 0.5 <= x < 1,
 * x rounded to 53 bits half to even (CPython's _PyLong_Frexp). */
static double int_frexp(mp_obj n, intptr_t *e)
{
    mpz_t z, q;
    mpz_init(z);
    mpz_init(q);
    mp_int_get_mpz(n, z);
    size_t nbits = mpz_sizeinbase(z, 2);
    mp_bitcnt_t shift = nbits - 53;
    mpz_tdiv_q_2exp(q, z, shift);
    if (mpz_tstbit(z, shift - 1) && (mpz_scan1(z, 0) < shift - 1 || mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double x = ldexp(mpz_get_d(q), -53);
    *e = (intptr_t)nbits;
    if (x == 1.0) {
        x = 0.5;
        (*e)++;
    }
    mpz_clear(z);
    mpz_clear(q);
    return x;
}

/* log of any number: ints are taken as exact values, so that log(10**400)
 * works; everything else goes through float (math_1). */
static int log_value(mp_obj o, double (*func)(double), double *out)
{
    if (!mp_int_check(o)) {
        mp_obj r = math_1(o, func, 0);
        if (!r)
            return -1;
        *out = mp_float_value(r);
        mp_decref(r);
        return 0;
    }
    if (mp_int_sign(o) <= 0) {
        domain_error();
        return -1;
    }
    double x;
    if (mp_int_as_double(o, &x) == 0) {
        *out = func(x);
        return 0;
    }
    if (!mp_err_matches(&mp_type_OverflowError))
        return -1;
    mp_err_clear();
    intptr_t e;
    x = int_frexp(o, &e);
    *out = func(x) + func(2.0) * (double)e;
    return 0;
}

static mp_obj log_one(mp_obj o, double (*func)(double))
{
    double r;
    return log_value(o, func, &r) < 0 ? NULL : mp_float_new(r);
}

static mp_obj math_log(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs < 1 || nargs > 2)
        return mp_err_set_str(&mp_type_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_value(args[0], m_log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return mp_float_new(num);
    if (log_value(args[1], m_log, &den) < 0)
        return NULL;
    if (den == 0.0)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "float division by zero");
    return mp_float_new(num / den);
}

static mp_obj math_log2(mp_obj self, mp_obj o) { return log_one(o, m_log2); }
static mp_obj math_log10(mp_obj self, mp_obj o) { return log_one(o, m_log10); }

/* ---- sums and products -------------------------------------------------------------------------------- */

/* Gets the next item: 1 with *item, 0 at the end, -1 on error. */
static int next_item(mp_obj it, mp_obj *item)
{
    *item = mp_type_of(it)->iternext(it);
    if (*item)
        return 1;
    if (!mp_err_occurred())
        return 0;
    if (!mp_err_matches(&mp_type_StopIteration))
        return -1;
    mp_err_clear();
    return 0;
}

/* The partial sums of fsum: exact (Shewchuk's algorithm), held in a
 * buffer that starts on the stack. */
typedef struct {
    double *p;
    intptr_t n, cap;
    double small[32];
} partials;

static int partials_add(partials *ps, double x)
{
    if (ps->n == ps->cap) {
        intptr_t cap = ps->cap * 2;
        double *p = mp_malloc((size_t)cap * sizeof(double));
        if (!p) {
            mp_err_no_memory();
            return -1;
        }
        for (intptr_t i = 0; i < ps->n; i++)
            p[i] = ps->p[i];
        if (ps->p != ps->small)
            mp_free(ps->p);
        ps->p = p;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* The correctly rounded sum of the partials (all of the same sign
 * ordering, smallest first), with half-even rounding carried across
 * them. */
static double partials_total(partials *ps)
{
    intptr_t n = ps->n;
    double *p = ps->p, hi = 0.0, lo = 0.0;
    if (n == 0)
        return 0.0;
    hi = p[--n];
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0)
            break;
    }
    /* If the next partial has lo's sign, the exact sum lies beyond the
     * half-way point lo marks: round hi up (or down) by one unit. */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y, yr = x - hi;
        if (y == yr)
            hi = x;
    }
    return hi;
}

static mp_obj math_fsum(mp_obj self, mp_obj seq)
{
    mp_obj it = mp_obj_getiter(seq);
    if (!it)
        return NULL;
    partials ps;
    ps.p = ps.small;
    ps.n = 0;
    ps.cap = 32;
    double special = 0.0, inf_sum = 0.0;
    mp_obj item, r = NULL;
    int st;
    while ((st = next_item(it, &item)) > 0) {
        double x;
        int bad = as_double(item, &x) < 0;
        mp_decref(item);
        if (bad)
            goto done;
        double xsave = x;
        intptr_t i = 0;
        for (intptr_t j = 0; j < ps.n; j++) {
            double y = ps.p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, yr = hi - x, lo = y - yr;
            if (lo != 0.0)
                ps.p[i++] = lo;
            x = hi;
        }
        ps.n = i;
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* From an inf or nan summand, or an overflow of finite ones. */
            if (isfinite(xsave)) {
                mp_err_set_str(&mp_type_OverflowError, "intermediate overflow in fsum");
                goto done;
            }
            if (isinf(xsave))
                inf_sum += xsave;
            special += xsave;
            ps.n = 0;
        } else if (partials_add(&ps, x) < 0) {
            goto done;
        }
    }
    if (st < 0)
        goto done;
    if (special != 0.0) {
        if (isnan(inf_sum))
            mp_err_set_str(&mp_type_ValueError, "-inf + inf in fsum");
        else
            r = mp_float_new(special);
        goto done;
    }
    r = mp_float_new(partials_total(&ps));
done:
    if (ps.p != ps.small)
        mp_free(ps.p);
    mp_decref(it);
    return r;
}

/* The value of an exact int that fits a C integer: 1 and *v, or 0. */
static int small_int(mp_obj o, intptr_t *v)
{
    if (mp_is_small(o)) {
        *v = mp_small_value(o);
        return 1;
    }
    return o->type == &mp_type_int && mp_int_as_ssize_clip(o, v) == 0;
}

/* CPython 3.11's prod: a C integer product while the items are ints and
 * it does not overflow, then a double product while they are floats (or
 * small ints), then __mul__. */
static mp_obj prod_items(mp_obj it, mp_obj result)
{
    mp_obj item;
    int st;
    intptr_t acc, v;
    if (mp_int_check_exact(result) && small_int(result, &acc)) {
        while ((st = next_item(it, &item)) > 0) {
            intptr_t p;
            if (small_int(item, &v) && !__builtin_mul_overflow(acc, v, &p)) {
                acc = p;
                mp_decref(item);
                continue;
            }
            mp_obj sofar = mp_int_from_ssize(acc);
            mp_decref(result);
            result = sofar ? mp_number_multiply(sofar, item) : NULL;
            mp_xdecref(sofar);
            mp_decref(item);
            if (!result)
                return NULL;
            break;
        }
        if (st <= 0) {
            mp_decref(result);
            return st < 0 ? NULL : mp_int_from_ssize(acc);
        }
    }
    if (mp_float_check_exact(result)) {
        double f = mp_float_value(result);
        while ((st = next_item(it, &item)) > 0) {
            if (mp_float_check_exact(item))
                f *= mp_float_value(item);
            else if (small_int(item, &v))
                f *= (double)v;
            else {
                mp_obj sofar = mp_float_new(f);
                mp_decref(result);
                result = sofar ? mp_number_multiply(sofar, item) : NULL;
                mp_xdecref(sofar);
                mp_decref(item);
                if (!result)
                    return NULL;
                break;
            }
            mp_decref(item);
        }
        if (st <= 0) {
            mp_decref(result);
            return st < 0 ? NULL : mp_float_new(f);
        }
    }
    while ((st = next_item(it, &item)) > 0) {
        mp_obj p = mp_number_multiply(result, item);
        mp_decref(item);
        mp_decref(result);
        if (!(result = p))
            return NULL;
    }
    if (st < 0) {
        mp_decref(result);
        return NULL;
    }
    return result;
}

static mp_obj math_prod(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"", "start", NULL};
    mp_obj iterable, start;
    if (nargs != 1)
        return mp_err_format(&mp_type_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                             nargs);
    if (mp_arg_parse(args, nargs, kwnames, "prod", kwlist, 1, 1, &iterable, &start) < 0)
        return NULL;
    mp_obj it = mp_obj_getiter(iterable);
    if (!it)
        return NULL;
    mp_obj r = prod_items(it, mp_newref(start ? start : mp_small(1)));
    mp_decref(it);
    return r;
}

/* ---- distances ---------------------------------------------------------------------------------------- */

/* The Euclidean norm of vec (absolute values, max the largest), as
 * CPython 3.11 computes it: scaled by a power of two so the largest is
 * in [0.5, 1), each square split exactly (Veltkamp-Dekker) and summed
 * with the rounding errors kept, then one Newton correction of the
 * square root.  The order of every operation matters. */
static double vector_norm(intptr_t n, const double *vec, double max, int found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: divide by max instead. */
        for (intptr_t i = 0; i < n; i++) {
            x = vec[i] / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    scale = ldexp(1.0, -max_e);
    for (intptr_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* Newton's step: subtract h**2 exactly from the sum, then correct. */
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* A buffer of n doubles: the stack one when it is big enough. */
static double *coords(double *stack, size_t nstack, intptr_t n)
{
    if ((size_t)n <= nstack)
        return stack;
    double *p = mp_malloc((size_t)n * sizeof(double));
    if (!p)
        mp_err_no_memory();
    return p;
}

static mp_obj math_hypot(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames))
        return mp_err_set_str(&mp_type_TypeError, "math.hypot() takes no keyword arguments");
    double stack[16], max = 0.0;
    double *v = coords(stack, 16, (intptr_t)nargs);
    if (!v)
        return NULL;
    int found_nan = 0;
    mp_obj r = NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0)
            goto done;
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = mp_float_new(vector_norm((intptr_t)nargs, v, max, found_nan));
done:
    if (v != stack)
        mp_free(v);
    return r;
}

static mp_obj math_dist(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("dist", nargs, 2, 2) < 0)
        return NULL;
    mp_obj p = mp_tuple_check(args[0]) ? mp_newref(args[0]) : mp_sequence_tuple(args[0]);
    mp_obj q = !p ? NULL : mp_tuple_check(args[1]) ? mp_newref(args[1]) : mp_sequence_tuple(args[1]);
    double stack[16], *v = NULL, max = 0.0;
    mp_obj r = NULL;
    if (!q)
        goto done;
    intptr_t n = MP_TUPLE_LEN(p);
    if (MP_TUPLE_LEN(q) != n) {
        mp_err_set_str(&mp_type_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (!(v = coords(stack, 16, n)))
        goto done;
    int found_nan = 0;
    for (intptr_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(MP_TUPLE_GET(p, i), &px) < 0 || as_double(MP_TUPLE_GET(q, i), &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    r = mp_float_new(vector_norm(n, v, max, found_nan));
done:
    if (v && v != stack)
        mp_free(v);
    mp_xdecref(p);
    mp_xdecref(q);
    return r;
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static mp_obj math_isclose(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    mp_obj ao, bo, relo, abso;
    if (nargs > 2)
        return mp_err_format(&mp_type_TypeError,
                             "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    if (mp_arg_parse(args, nargs, kwnames, "isclose", kwlist, 2, 2, &ao, &bo, &relo, &abso) < 0)
        return NULL;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(ao, &a) < 0 || as_double(bo, &b) < 0 || (relo && as_double(relo, &rel_tol) < 0) ||
        (abso && as_double(abso, &abs_tol) < 0))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return mp_err_set_str(&mp_type_ValueError, "tolerances must be non-negative");
    if (a == b)
        return mp_bool(1);
    /* Infinities of the same sign are caught above; anything else is
     * infinitely far away. */
    if (isinf(a) || isinf(b))
        return mp_bool(0);
    double diff = fabs(b - a);
    return mp_bool(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- the module -------------------------------------------------------------------------------------- */

static const mp_method_def math_methods[] = {
    {"acos", FN(math_acos), MP_METH_O, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."},
    {"acosh", FN(math_acosh), MP_METH_O, "Return the inverse hyperbolic cosine of x."},
    {"asin", FN(math_asin), MP_METH_O, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"asinh", FN(math_asinh), MP_METH_O, "Return the inverse hyperbolic sine of x."},
    {"atan", FN(math_atan), MP_METH_O, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"atan2", FN(math_atan2), MP_METH_FASTCALL, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."},
    {"atanh", FN(math_atanh), MP_METH_O, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", FN(math_cbrt), MP_METH_O, "Return the cube root of x."},
    {"ceil", FN(math_ceil), MP_METH_O, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."},
    {"comb", FN(mp_math_comb), MP_METH_FASTCALL,
     "Number of ways to choose k items from n items without repetition and without order.\n\n"
     "Evaluates to n! / (k! * (n - k)!) when k <= n and evaluates\n"
     "to zero when k > n.\n\n"
     "Also called the binomial coefficient because it is equivalent\n"
     "to the coefficient of k-th term in polynomial expansion of the\n"
     "expression (1 + x)**n.\n\n"
     "Raises TypeError if either of the arguments are not integers.\n"
     "Raises ValueError if either of the arguments are negative."},
    {"copysign", FN(math_copysign), MP_METH_FASTCALL,
     "Return a float with the magnitude (absolute value) of x but the sign of y.\n\n"
     "On platforms that support signed zeros, copysign(1.0, -0.0)\n"
     "returns -1.0.\n"},
    {"cos", FN(math_cos), MP_METH_O, "Return the cosine of x (measured in radians)."},
    {"cosh", FN(math_cosh), MP_METH_O, "Return the hyperbolic cosine of x."},
    {"degrees", FN(math_degrees), MP_METH_O, "Convert angle x from radians to degrees."},
    {"dist", FN(math_dist), MP_METH_FASTCALL,
     "Return the Euclidean distance between two points p and q.\n\n"
     "The points should be specified as sequences (or iterables) of\n"
     "coordinates.  Both inputs must have the same dimension.\n\n"
     "Roughly equivalent to:\n"
     "    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"},
    {"erf", FN(math_erf), MP_METH_O, "Error function at x."},
    {"erfc", FN(math_erfc), MP_METH_O, "Complementary error function at x."},
    {"exp", FN(math_exp), MP_METH_O, "Return e raised to the power of x."},
    {"exp2", FN(math_exp2), MP_METH_O, "Return 2 raised to the power of x."},
    {"expm1", FN(math_expm1), MP_METH_O,
     "Return exp(x)-1.\n\n"
     "This function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."},
    {"fabs", FN(math_fabs), MP_METH_O, "Return the absolute value of the float x."},
    {"factorial", FN(mp_math_factorial), MP_METH_O,
     "Find n!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"floor", FN(math_floor), MP_METH_O, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."},
    {"fmod", FN(math_fmod), MP_METH_FASTCALL,
     "Return fmod(x, y), according to platform C.\n\nx % y may differ."},
    {"frexp", FN(math_frexp), MP_METH_O,
     "Return the mantissa and exponent of x, as pair (m, e).\n\n"
     "m is a float and e is an int, such that x = m * 2.**e.\n"
     "If x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."},
    {"fsum", FN(math_fsum), MP_METH_O,
     "Return an accurate floating point sum of values in the iterable seq.\n\n"
     "Assumes IEEE-754 floating point arithmetic."},
    {"gamma", FN(math_gamma), MP_METH_O, "Gamma function at x."},
    {"gcd", FN(mp_math_gcd), MP_METH_FASTCALL | MP_METH_KEYWORDS, "Greatest Common Divisor."},
    {"hypot", FN(math_hypot), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "hypot(*coordinates) -> value\n\n"
     "Multidimensional Euclidean distance from the origin to a point.\n\n"
     "Roughly equivalent to:\n"
     "    sqrt(sum(x**2 for x in coordinates))\n\n"
     "For a two dimensional point (x, y), gives the hypotenuse\n"
     "using the Pythagorean theorem:  sqrt(x*x + y*y).\n\n"
     "For example, the hypotenuse of a 3/4/5 right triangle is:\n\n"
     "    >>> hypot(3.0, 4.0)\n"
     "    5.0\n"},
    {"isclose", FN(math_isclose), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Determine whether two floating point numbers are close in value.\n\n"
     "  rel_tol\n    maximum difference for being considered \"close\", relative to the\n"
     "    magnitude of the input values\n"
     "  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n"
     "    magnitude of the input values\n\n"
     "Return True if a is close in value to b, and False otherwise.\n\n"
     "For the values to be considered close, the difference between them\n"
     "must be smaller than at least one of the tolerances.\n\n"
     "-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\n"
     "is, NaN is not close to anything, even itself.  inf and -inf are\n"
     "only close to themselves."},
    {"isfinite", FN(math_isfinite), MP_METH_O,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", FN(math_isinf), MP_METH_O, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", FN(math_isnan), MP_METH_O, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", FN(mp_math_isqrt), MP_METH_O, "Return the integer part of the square root of the input."},
    {"lcm", FN(mp_math_lcm), MP_METH_FASTCALL | MP_METH_KEYWORDS, "Least Common Multiple."},
    {"ldexp", FN(math_ldexp), MP_METH_FASTCALL,
     "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."},
    {"lgamma", FN(math_lgamma), MP_METH_O, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", FN(math_log), MP_METH_FASTCALL,
     "log(x, [base=math.e])\n"
     "Return the logarithm of x to the given base.\n\n"
     "If the base not specified, returns the natural logarithm (base e) of x."},
    {"log10", FN(math_log10), MP_METH_O, "Return the base 10 logarithm of x."},
    {"log1p", FN(math_log1p), MP_METH_O,
     "Return the natural logarithm of 1+x (base e).\n\n"
     "The result is computed in a way which is accurate for x near zero."},
    {"log2", FN(math_log2), MP_METH_O, "Return the base 2 logarithm of x."},
    {"modf", FN(math_modf), MP_METH_O,
     "Return the fractional and integer parts of x.\n\n"
     "Both results carry the sign of x and are floats."},
    {"nextafter", FN(math_nextafter), MP_METH_FASTCALL,
     "Return the next floating-point value after x towards y."},
    {"perm", FN(mp_math_perm), MP_METH_FASTCALL,
     "Number of ways to choose k items from n items without repetition and with order.\n\n"
     "Evaluates to n! / (n - k)! when k <= n and evaluates\n"
     "to zero when k > n.\n\n"
     "If k is not specified or is None, then k defaults to n\n"
     "and the function returns n!.\n\n"
     "Raises TypeError if either of the arguments are not integers.\n"
     "Raises ValueError if either of the arguments are negative."},
    {"pow", FN(math_pow), MP_METH_FASTCALL, "Return x**y (x to the power of y)."},
    {"prod", FN(math_prod), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Calculate the product of all the elements in the input iterable.\n\n"
     "The default start value for the product is 1.\n\n"
     "When the iterable is empty, return the start value.  This function is\n"
     "intended specifically for use with numeric values and may reject\n"
     "non-numeric types."},
    {"radians", FN(math_radians), MP_METH_O, "Convert angle x from degrees to radians."},
    {"remainder", FN(math_remainder), MP_METH_FASTCALL,
     "Difference between x and the closest integer multiple of y.\n\n"
     "Return x - n*y where n*y is the closest integer multiple of y.\n"
     "In the case where x is exactly halfway between two multiples of\n"
     "y, the nearest even value of n is used. The result is always exact."},
    {"sin", FN(math_sin), MP_METH_O, "Return the sine of x (measured in radians)."},
    {"sinh", FN(math_sinh), MP_METH_O, "Return the hyperbolic sine of x."},
    {"sqrt", FN(math_sqrt), MP_METH_O, "Return the square root of x."},
    {"tan", FN(math_tan), MP_METH_O, "Return the tangent of x (measured in radians)."},
    {"tanh", FN(math_tanh), MP_METH_O, "Return the hyperbolic tangent of x."},
    {"trunc", FN(math_trunc), MP_METH_O,
     "Truncates the Real x to the nearest Integral toward 0.\n\n"
     "Uses the __trunc__ magic method."},
    {"ulp", FN(math_ulp), MP_METH_O, "Return the value of the least significant bit of the float x."},
    {NULL},
};

static int add_float(mp_obj m, const char *name, double v)
{
    mp_obj f = mp_float_new(v);
    int r = f ? mp_module_add(m, name, f) : -1;
    mp_xdecref(f);
    return r;
}

static int math_exec(mp_obj m)
{
    if (add_float(m, "pi", M_PI) < 0 || add_float(m, "e", M_E) < 0 ||
        add_float(m, "tau", 2.0 * M_PI) < 0 || add_float(m, "inf", INFINITY) < 0 ||
        add_float(m, "nan", NAN) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_math = {
    "math",
    "This module provides access to the mathematical functions\n"
    "defined by the C standard.",
    math_methods,
    math_exec,
};

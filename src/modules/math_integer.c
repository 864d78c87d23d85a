/* The integer functions of the math module: gcd, lcm, isqrt, factorial,
 * comb and perm, with GMP doing the arithmetic on ints of any size, and
 * CPython 3.11's argument handling and messages. */
#include <limits.h>
#include <math.h>

#include "math_internal.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/tuple.h"

/* CPython names module functions with their module in this message. */
static int no_keywords(const char *name, mp_obj kwnames)
{
    if (kwnames && MP_TUPLE_LEN(kwnames)) {
        mp_err_format(&mp_type_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static uintptr_t small_gcd(uintptr_t a, uintptr_t b)
{
    while (b) {
        uintptr_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uintptr_t magnitude(intptr_t v) { return v < 0 ? (uintptr_t)0 - (uintptr_t)v : (uintptr_t)v; }

/* gcd of two ints (new reference, never negative). */
static mp_obj gcd2(mp_obj a, mp_obj b)
{
    if (mp_is_small(a) && mp_is_small(b))
        return mp_int_from_size(small_gcd(magnitude(mp_small_value(a)), magnitude(mp_small_value(b))));
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    mp_int_get_mpz(a, x);
    mp_int_get_mpz(b, y);
    mpz_gcd(x, x, y);
    mpz_clear(y);
    return mp_int_from_mpz_take(x);
}

/* lcm of two ints: |a // gcd(a, b) * b|, 0 if either is 0. */
static mp_obj lcm2(mp_obj a, mp_obj b)
{
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    mp_int_get_mpz(a, x);
    mp_int_get_mpz(b, y);
    mpz_lcm(x, x, y);
    mpz_clear(y);
    return mp_int_from_mpz_take(x);
}

/* gcd(*integers) and lcm(*integers): each argument goes through
 * __index__; once the result is 1 (gcd) or 0 (lcm) it cannot change, and
 * the rest are only checked. */
static mp_obj fold(const char *name, mp_obj const *args, size_t nargs, mp_obj kwnames,
                   mp_obj (*op)(mp_obj, mp_obj), intptr_t empty, intptr_t fixed)
{
    if (no_keywords(name, kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return mp_small(empty);
    mp_obj res = mp_number_index(args[0]);
    if (!res)
        return NULL;
    if (nargs == 1) {
        mp_obj a = mp_number_absolute(res);
        mp_decref(res);
        return a;
    }
    for (size_t i = 1; i < nargs; i++) {
        mp_obj x = mp_number_index(args[i]);
        if (!x) {
            mp_decref(res);
            return NULL;
        }
        if (!(mp_is_small(res) && mp_small_value(res) == fixed))
            MP_SETREF(res, op(res, x));
        mp_decref(x);
        if (!res)
            return NULL;
    }
    return res;
}

mp_obj mp_math_gcd(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return fold("gcd", args, nargs, kwnames, gcd2, 0, 1);
}

mp_obj mp_math_lcm(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return fold("lcm", args, nargs, kwnames, lcm2, 1, 0);
}

mp_obj mp_math_isqrt(mp_obj self, mp_obj arg)
{
    mp_obj n = mp_number_index(arg);
    if (!n)
        return NULL;
    if (mp_int_sign(n) < 0) {
        mp_decref(n);
        return mp_err_set_str(&mp_type_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_t z;
    mpz_init(z);
    mp_int_get_mpz(n, z);
    mp_decref(n);
    mpz_sqrt(z, z);
    return mp_int_from_mpz_take(z);
}

mp_obj mp_math_factorial(mp_obj self, mp_obj arg)
{
    mp_obj n = mp_number_index(arg);
    if (!n)
        return NULL;
    intptr_t v;
    int clipped = mp_int_as_ssize_clip(n, &v);
    mp_decref(n);
    if (clipped && v > 0)
        return mp_err_format(&mp_type_OverflowError, "factorial() argument should not exceed %ld",
                             LONG_MAX);
    if (v < 0)
        return mp_err_set_str(&mp_type_ValueError, "factorial() not defined for negative values");
    if (v < 21) {
        intptr_t f = 1;
        for (intptr_t i = 2; i <= v; i++)
            f *= i;
        return mp_int_from_ssize(f);
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return mp_int_from_mpz_take(z);
}

/* n and k of comb and perm, through __index__, both non-negative. */
static int n_and_k(mp_obj a, mp_obj b, mp_obj *n, mp_obj *k)
{
    *n = mp_number_index(a);
    *k = *n ? mp_number_index(b) : NULL;
    if (!*k)
        goto fail;
    if (mp_int_sign(*n) < 0) {
        mp_err_set_str(&mp_type_ValueError, "n must be a non-negative integer");
        goto fail;
    }
    if (mp_int_sign(*k) < 0) {
        mp_err_set_str(&mp_type_ValueError, "k must be a non-negative integer");
        goto fail;
    }
    return 0;
fail:
    if (*n)
        MP_CLEAR(*n);
    if (*k)
        MP_CLEAR(*k);
    return -1;
}

mp_obj mp_math_comb(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("comb", nargs, 2, 2) < 0)
        return NULL;
    mp_obj n, k;
    if (n_and_k(args[0], args[1], &n, &k) < 0)
        return NULL;
    mpz_t zn, zk;
    mpz_init(zn);
    mpz_init(zk);
    mp_int_get_mpz(n, zn);
    mp_int_get_mpz(k, zk);
    mp_decref(n);
    mp_decref(k);
    mp_obj r = NULL;
    /* comb(n, k) == comb(n, n - k): the smaller k is cheaper. */
    mpz_t rest;
    mpz_init(rest);
    mpz_sub(rest, zn, zk);
    if (mpz_sgn(rest) < 0) {
        r = mp_small(0);
    } else {
        if (mpz_cmp(rest, zk) < 0)
            mpz_swap(rest, zk);
        if (!mpz_fits_slong_p(zk)) {
            r = mp_err_format(&mp_type_OverflowError, "min(n - k, k) must not exceed %lld", LLONG_MAX);
        } else {
            mpz_bin_ui(zn, zn, mpz_get_ui(zk));
            r = mp_int_from_mpz_take(zn);
            mpz_init(zn);
        }
    }
    mpz_clear(rest);
    mpz_clear(zn);
    mpz_clear(zk);
    return r;
}

/* perm(n, k=None): n! / (n - k)!, computed as comb(n, k) * k!. */
mp_obj mp_math_perm(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("perm", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == mp_none)
        return mp_math_factorial(self, args[0]);
    mp_obj n, k;
    if (n_and_k(args[0], args[1], &n, &k) < 0)
        return NULL;
    mp_obj r = NULL;
    if (mp_int_compare(n, k) < 0) {
        r = mp_small(0);
    } else {
        intptr_t kv;
        if (mp_int_as_ssize_clip(k, &kv)) {
            r = mp_err_format(&mp_type_OverflowError, "k must not exceed %lld", LLONG_MAX);
        } else {
            mpz_t z, f;
            mpz_init(z);
            mpz_init(f);
            mp_int_get_mpz(n, z);
            mpz_bin_ui(z, z, (unsigned long)kv);
            mpz_fac_ui(f, (unsigned long)kv);
            mpz_mul(z, z, f);
            mpz_clear(f);
            r = mp_int_from_mpz_take(z);
        }
    }
    mp_decref(n);
    mp_decref(k);
    return r;
}

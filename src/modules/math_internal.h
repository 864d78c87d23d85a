/* Shared by the files of the math module (math.c, math_integer.c,
 * math_special.c). */
#ifndef MINIPY_MATH_INTERNAL_H
#define MINIPY_MATH_INTERNAL_H

#include "minipy/object.h"

/* Gamma and log-gamma as CPython computes them (its own Lanczos
 * approximation, not the C library's), so that results agree bit for
 * bit.  Errors are reported through errno: EDOM for a pole or an invalid
 * argument, ERANGE for overflow. */
double mp_math_tgamma(double x);
double mp_math_lgamma(double x);

/* The integer functions (math_integer.c): module-level methods. */
mp_obj mp_math_gcd(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_math_lcm(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_math_isqrt(mp_obj self, mp_obj n);
mp_obj mp_math_factorial(mp_obj self, mp_obj n);
mp_obj mp_math_comb(mp_obj self, mp_obj const *args, size_t nargs);
mp_obj mp_math_perm(mp_obj self, mp_obj const *args, size_t nargs);

#endif

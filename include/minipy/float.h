/* float (objects/float.c) and complex (objects/complex.c). */
#ifndef MINIPY_FLOAT_H
#define MINIPY_FLOAT_H

#include "minipy/object.h"

typedef struct mp_float {
    mp_object ob;
    double value;
} mp_float;

typedef struct mp_complex {
    mp_object ob;
    double real, imag;
} mp_complex;

extern mp_type mp_type_float, mp_type_complex;

static inline int mp_float_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type == &mp_type_float || mp_type_is_subtype(o->type, &mp_type_float));
}
static inline int mp_float_check_exact(mp_obj o)
{
    return !mp_is_small(o) && o->type == &mp_type_float;
}
/* The value of a float (any float subclass): no checks. */
static inline double mp_float_value(mp_obj o) { return ((mp_float *)o)->value; }

static inline int mp_complex_check(mp_obj o)
{
    return !mp_is_small(o) &&
           (o->type == &mp_type_complex || mp_type_is_subtype(o->type, &mp_type_complex));
}

mp_obj mp_float_new(double v);
/* The value of a float, or of anything with __float__ or __index__
 * (ints included); -1 with TypeError/OverflowError otherwise. */
int mp_float_as_double(mp_obj o, double *out);
/* float(text) as Python parses it (ValueError "could not convert string to
 * float: 'x'"). */
mp_obj mp_float_from_text(const char *text, size_t len);
/* CPython's hash of a double (the same as the equal int's).  A NaN hashes
 * to 0 here; float objects that are NaNs hash by identity, as in 3.11. */
mp_hash_t mp_float_hash_double(double v);
/* Frees the floats kept for reuse (at exit, after the last float dies). */
void mp_float_fini(void);

/* Reads the longest prefix of the ASCII text s[0..n) that is a Python
 * float literal without sign (digits with single underscores between them,
 * a point, an exponent; or inf, infinity, nan in any case).  Stores the
 * value and returns the length read, or 0 when no number starts at s (or,
 * with MemoryError set, when memory ran out).  (float() and complex()
 * build on it.) */
size_t mp_float_scan(const char *s, size_t n, double *out);

mp_obj mp_complex_new(double real, double imag);
/* (a_re + a_im j) ** (b_re + b_im j) as CPython computes it (small integer
 * exponents by repeated multiplication); ZeroDivisionError for 0 to a
 * negative or complex power, OverflowError "complex exponentiation".
 * float ** float calls it when a negative base meets a fractional
 * exponent. */
mp_obj mp_complex_pow_parts(double a_re, double a_im, double b_re, double b_im);

#endif

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

mp_obj mp_float_new(double v);
/* The value of a float, or of anything with __float__ or __index__
 * (ints included); -1 with TypeError/OverflowError otherwise. */
int mp_float_as_double(mp_obj o, double *out);
/* float(text) as Python parses it (ValueError "could not convert string to
 * float: 'x'"). */
mp_obj mp_float_from_text(const char *text, size_t len);
/* CPython's hash of a double (the same as the equal int's). */
mp_hash_t mp_float_hash_double(double v);
mp_obj mp_complex_new(double real, double imag);

#endif

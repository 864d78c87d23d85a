/* int and bool.  Values in the small range are immediates (object.h);
 * the rest, and every bool and int-subclass instance, are mp_int objects
 * holding a GMP integer.  A heap int of plain type int always lies outside
 * the small range (results are normalised), so equal plain ints compare
 * equal by representation.  (objects/int.c, objects/bool.c) */
#ifndef MINIPY_INT_H
#define MINIPY_INT_H

#include <gmp.h>

#include "minipy/object.h"

typedef struct mp_int {
    mp_object ob;
    mpz_t z;
} mp_int;

extern mp_type mp_type_int, mp_type_bool;

static inline int mp_int_check(mp_obj o)
{
    return mp_is_small(o) || (o->type->flags & MP_TPFLAGS_INT_SUBCLASS);
}
static inline int mp_int_check_exact(mp_obj o)
{
    return mp_is_small(o) || o->type == &mp_type_int;
}

mp_obj mp_int_from_ssize(intptr_t v);
mp_obj mp_int_from_size(size_t v);
mp_obj mp_int_from_ll(long long v);
mp_obj mp_int_from_ull(unsigned long long v);
/* A new int with z's value (z is copied). */
mp_obj mp_int_from_mpz(const mpz_t z);
/* Truncates d toward zero; OverflowError for inf, ValueError for nan. */
mp_obj mp_int_from_double(double d);
/* int(text, base): text as Python accepts it (sign, underscores, prefix
 * when base is 0 or matches, whitespace around); ValueError as CPython:
 * "invalid literal for int() with base 10: 'x'". */
mp_obj mp_int_from_text(const char *text, size_t len, int base);

/* Stores the value of an int (any int subclass, bool included) in *out, or
 * returns -1 with OverflowError when it does not fit. */
int mp_int_as_ssize(mp_obj o, intptr_t *out);
/* Like mp_int_as_ssize but clips instead of failing (1 when it clipped). */
int mp_int_as_ssize_clip(mp_obj o, intptr_t *out);
/* The value as a double; -1 with OverflowError "int too large to convert
 * to float" when it does not fit. */
int mp_int_as_double(mp_obj o, double *out);
/* Sets z (initialised by the caller) to the value of int o. */
void mp_int_get_mpz(mp_obj o, mpz_t z);
/* -1, 0 or 1. */
int mp_int_sign(mp_obj o);
/* str(int) in a base (2, 8, 10, 16) with CPython's prefixes for bin/oct/hex
 * when prefix is set. */
mp_obj mp_int_to_text(mp_obj o, int base, int prefix);
/* The int's hash as CPython computes it (modulo 2**61 - 1). */
mp_hash_t mp_int_hash(mp_obj o);

#endif

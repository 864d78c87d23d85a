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
/* A new int with z's value, taking over z's storage: z is cleared and
 * must not be used again (nor mpz_clear'ed) by the caller. */
mp_obj mp_int_from_mpz_take(mpz_t z);
/* Truncates d toward zero; OverflowError for inf, ValueError for nan. */
mp_obj mp_int_from_double(double d);
/* int(text, base): text as Python accepts it (sign, underscores, prefix
 * when base is 0 or matches, whitespace around, Unicode decimal digits and
 * white space); ValueError as CPython: "invalid literal for int() with
 * base 10: 'x'", and the digit limit of sys.set_int_max_str_digits. */
mp_obj mp_int_from_text(const char *text, size_t len, int base);
/* int(s, base) for s a str, bytes or bytearray (bytes are read as ASCII);
 * the error message shows repr(s). */
mp_obj mp_int_from_string_object(mp_obj s, int base);

/* Stores the value of an int (any int subclass, bool included) in *out, or
 * returns -1 with OverflowError when it does not fit. */
int mp_int_as_ssize(mp_obj o, intptr_t *out);
/* Like mp_int_as_ssize but clips instead of failing (1 when it clipped). */
int mp_int_as_ssize_clip(mp_obj o, intptr_t *out);
/* The value as a double, correctly rounded; -1 with OverflowError "int too
 * large to convert to float" when it does not fit. */
int mp_int_as_double(mp_obj o, double *out);
/* Sets z (initialised by the caller) to the value of int o. */
void mp_int_get_mpz(mp_obj o, mpz_t z);
/* -1, 0 or 1. */
int mp_int_sign(mp_obj o);
/* Compares two ints (any int subclass): -1, 0 or 1.  Never fails. */
int mp_int_compare(mp_obj a, mp_obj b);
/* Compares int i with d exactly, without rounding either (d is not a
 * NaN; infinities are fine): -1, 0 or 1. */
int mp_int_compare_double(mp_obj i, double d);
/* str(int) in a base (2, 8, 10, 16) with CPython's prefixes for bin/oct/hex
 * when prefix is set.  Base 10 obeys the digit limit (ValueError). */
mp_obj mp_int_to_text(mp_obj o, int base, int prefix);
/* Appends the digits of |o| in base 2, 8, 10 or 16 (lower case, no sign,
 * no prefix) to b; 0, or -1 with ValueError when base 10 passes the digit
 * limit (or MemoryError). */
struct mp_buf;
int mp_int_append_digits(struct mp_buf *b, mp_obj o, int base);
/* The int's hash as CPython computes it (modulo 2**61 - 1). */
mp_hash_t mp_int_hash(mp_obj o);

/* The digit limit of int<->str conversions in base 10 (sys.
 * set_int_max_str_digits); 0 means none.  The sys module checks the value
 * it is given (0 or >= MP_INT_MAX_STR_DIGITS_THRESHOLD). */
extern intptr_t mp_int_max_str_digits;
#define MP_INT_MAX_STR_DIGITS_DEFAULT 4300
#define MP_INT_MAX_STR_DIGITS_THRESHOLD 640

/* Exact values to doubles, correctly rounded (half to even), as CPython
 * converts them.  Both return 0, or -1 with OverflowError: "int too large
 * to convert to float" for the first, "integer division result too large
 * for a float" for the second (whose b must not be zero). */
int mp_mpz_to_double(const mpz_t z, double *out);
int mp_mpz_ratio_to_double(const mpz_t a, const mpz_t b, double *out);

/* Copies UTF-8 text to b as int() and float() read it: Unicode white space
 * becomes ' ', Unicode decimal digits become '0'..'9', any other non-ASCII
 * character becomes '?' (which no number accepts), as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII. */
void mp_number_text_to_ascii(struct mp_buf *b, const char *text, size_t len);
/* The value of cp as a decimal digit of any script (0 to 9), or -1. */
int mp_unicode_decimal_value(uint32_t cp);

/* int's number slots, shared with bool's table and callable directly by
 * the VM's fast paths.  Each handles int operands (of any int subclass)
 * and returns NotImplemented for others, as a slot does. */
mp_obj mp_int_add(mp_obj a, mp_obj b);
mp_obj mp_int_subtract(mp_obj a, mp_obj b);
mp_obj mp_int_multiply(mp_obj a, mp_obj b);
mp_obj mp_int_remainder(mp_obj a, mp_obj b);
mp_obj mp_int_divmod(mp_obj a, mp_obj b);
mp_obj mp_int_power(mp_obj a, mp_obj b, mp_obj mod /* None for two-argument pow */);
mp_obj mp_int_negative(mp_obj a);
mp_obj mp_int_positive(mp_obj a);
mp_obj mp_int_absolute(mp_obj a);
int mp_int_bool(mp_obj a);
mp_obj mp_int_invert(mp_obj a);
mp_obj mp_int_lshift(mp_obj a, mp_obj b);
mp_obj mp_int_rshift(mp_obj a, mp_obj b);
mp_obj mp_int_and(mp_obj a, mp_obj b);
mp_obj mp_int_xor(mp_obj a, mp_obj b);
mp_obj mp_int_or(mp_obj a, mp_obj b);
mp_obj mp_int_int(mp_obj a);      /* __int__ and __index__: an exact int */
mp_obj mp_int_float(mp_obj a);
mp_obj mp_int_floor_divide(mp_obj a, mp_obj b);
mp_obj mp_int_true_divide(mp_obj a, mp_obj b);
mp_obj mp_int_richcompare(mp_obj a, mp_obj b, int op);
mp_obj mp_int_repr(mp_obj a);

#endif

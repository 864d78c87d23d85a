/* The _struct module (CPython 3.11's Modules/_struct.c), which lib/struct.py
 * re-exports: conversions between Python values and C structs held in
 * bytes.
 *
 * A format string is compiled once into a Struct: a list of codes, each
 * one format character with its offset in the packed bytes, its size and
 * its repeat count.  Each format character has a descriptor (fmtdef) in
 * one of three tables: native ('@': this machine's sizes, alignment and
 * byte order), little-endian standard ('<', and '=' on this little-endian
 * machine) and big-endian standard ('>', '!').  A descriptor's pack
 * function checks a value and stores it; its unpack function makes the
 * value back.
 *
 * The error messages differ between the tables in ways a program can see
 * ('<h' says "short format requires ...", '>h' says "'h' format requires
 * ..."): CPython starts the little-endian table with the native functions
 * for every character whose size matches, and so does struct_exec below. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/memoryview.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

/* The native sizes below assume an LP64 machine, as CPython's table on
 * the same machine has them. */
_Static_assert(sizeof(long) == 8 && sizeof(void *) == 8 && sizeof(size_t) == 8,
               "_struct.c assumes an LP64 machine");
/* The native functions read and write 'e' little-endian, and '=' picks
 * the little-endian table. */
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "_struct.c assumes little-endian");

/* struct.error, a plain subclass of Exception (listed in vm/typelist.c). */
mp_type mp_type_struct_error = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "struct.error",
    .basicsize = sizeof(mp_exc),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC | MP_TPFLAGS_BASE_EXC_SUBCLASS,
    .base = &mp_type_Exception,
};

extern mp_type mp_type_struct, mp_type_struct_unpack_iterator;

static mp_obj struct_err(const char *msg)
{
    return mp_err_set_str(&mp_type_struct_error, msg);
}

/* ---- format descriptors ---------------------------------------------------------------------- */

typedef struct fmtdef fmtdef;
struct fmtdef {
    char format;
    intptr_t size;
    intptr_t alignment; /* native table only; 0 where the standard sizes apply */
    char little;        /* the byte order of the standard functions */
    /* The value at p (a new reference); NULL for 'x', 's', 'p'. */
    mp_obj (*unpack)(const char *p, const fmtdef *f);
    /* Checks v and stores it at p: 0, or -1 with CPython's error. */
    int (*pack)(char *p, mp_obj v, const fmtdef *f);
};

/* One compiled format character: where its items start, the size of one
 * item (the count, for 's' and 'p') and how many items follow. */
typedef struct fcode {
    const fmtdef *fmt;
    intptr_t offset, size, repeat;
} fcode;

typedef struct mp_struct_obj {
    mp_object ob;
    intptr_t size;     /* bytes of packed data; -1 before __init__ */
    intptr_t len;      /* values packed or unpacked; -1 before __init__ */
    intptr_t ncodes;
    fcode *codes;      /* ncodes of them */
    mp_obj format;     /* the format as bytes; NULL before __init__ */
    int packing;       /* pack calls running: __init__ must not free codes
                          under them (a value's __index__ may call it) */
    mp_obj weakreflist;
} mp_struct_obj;

#define ST(o) ((mp_struct_obj *)(o))

/* ---- reading ints -------------------------------------------------------------------------------- */

/* v as an int (a new reference): an int itself, or what its __index__
 * gives; anything else is "required argument is not an integer". */
static mp_obj get_pylong(mp_obj v)
{
    if (mp_int_check(v))
        return mp_newref(v);
    if (mp_index_check(v))
        return mp_number_index(v);
    return struct_err("required argument is not an integer");
}

/* Where an int lies against the 64-bit C types. */
enum { R_NEG_BIG, R_I64, R_U64, R_POS_BIG };

static int int_range(mp_obj n, int64_t *s, uint64_t *u)
{
    if (mp_is_small(n)) {
        *s = mp_small_value(n);
        return R_I64;
    }
    mpz_t z;
    mpz_init(z);
    mp_int_get_mpz(n, z);
    int r;
    if (mpz_fits_slong_p(z)) {
        *s = mpz_get_si(z);
        r = R_I64;
    } else if (mpz_sgn(z) > 0 && mpz_fits_ulong_p(z)) {
        *u = mpz_get_ui(z);
        r = R_U64;
    } else {
        r = mpz_sgn(z) < 0 ? R_NEG_BIG : R_POS_BIG;
    }
    mpz_clear(z);
    return r;
}

/* CPython's get_long (and get_longlong, get_ssize_t, all 64 bits here):
 * a value outside a C long is "argument out of range". */
static int get_long(mp_obj v, int64_t *out)
{
    mp_obj n = get_pylong(v);
    if (!n)
        return -1;
    uint64_t u;
    int r = int_range(n, out, &u);
    mp_decref(n);
    if (r != R_I64) {
        struct_err("argument out of range");
        return -1;
    }
    return 0;
}

/* CPython's get_ulong (get_ulonglong, get_size_t): negative values are
 * out of range too. */
static int get_ulong(mp_obj v, uint64_t *out)
{
    mp_obj n = get_pylong(v);
    if (!n)
        return -1;
    int64_t s;
    int r = int_range(n, &s, out);
    mp_decref(n);
    if (r == R_I64 && s >= 0) {
        *out = (uint64_t)s;
        return 0;
    }
    if (r == R_U64)
        return 0;
    struct_err("argument out of range");
    return -1;
}

/* "'i' format requires -2147483648 <= number <= 2147483647": the range of
 * a C integer of f's size. */
static int range_error(const fmtdef *f, int is_unsigned)
{
    uint64_t ulargest = UINT64_MAX >> ((8 - f->size) * 8);
    if (is_unsigned)
        mp_err_format(&mp_type_struct_error, "'%c' format requires 0 <= number <= %llu",
                      f->format, (unsigned long long)ulargest);
    else
        mp_err_format(&mp_type_struct_error, "'%c' format requires %lld <= number <= %lld",
                      f->format, ~(long long)(ulargest >> 1), (long long)(ulargest >> 1));
    return -1;
}

/* ---- reading floats ------------------------------------------------------------------------------ */

/* v as a double (floats, __float__, __index__); any failure becomes
 * "required argument is not a float", as CPython's packers say. */
static int get_double(mp_obj v, double *out)
{
    if (mp_float_as_double(v, out) < 0) {
        mp_err_clear();
        struct_err("required argument is not a float");
        return -1;
    }
    return 0;
}

static int float_overflow(char code)
{
    mp_err_format(&mp_type_OverflowError, "float too large to pack with %c format", code);
    return -1;
}

/* x as an IEEE 754 binary16 (sign, 5 exponent bits, 10 fraction bits),
 * rounded to the nearest, ties to even, as CPython's PyFloat_Pack2: a
 * magnitude that rounds to 2**16 or more overflows; NaNs keep only their
 * sign.  The 16 bits in *bits, or -1 with OverflowError. */
static int half_bits(double x, unsigned *bits)
{
    unsigned sign = signbit(x) ? 0x8000u : 0;
    if (isnan(x)) {
        *bits = sign | 0x7e00u; /* the quiet NaN with no payload */
        return 0;
    }
    if (isinf(x)) {
        *bits = sign | 0x7c00u;
        return 0;
    }
    if (x == 0.0) {
        *bits = sign;
        return 0;
    }
    int e;
    double m = frexp(fabs(x), &e) * 2.0; /* |x| = m * 2**(e-1), 1 <= m < 2 */
    e -= 1;
    if (e >= 16)
        return float_overflow('e');
    unsigned biased;
    double frac; /* the fraction field before rounding, in units of 2**-10 */
    if (e < -25) {
        biased = 0;         /* below half the smallest subnormal: zero */
        frac = 0.0;
    } else if (e < -14) {
        biased = 0;         /* subnormal: m * 2**e in units of 2**-24 */
        frac = ldexp(m, e + 14);
    } else {
        biased = (unsigned)(e + 15);
        frac = m - 1.0;     /* the leading 1 is implicit */
    }
    frac *= 1024.0;
    unsigned f = (unsigned)frac;
    double rest = frac - f;
    if (rest > 0.5 || (rest == 0.5 && (f & 1))) {
        if (++f == 1024) {  /* the carry runs into the exponent */
            f = 0;
            if (++biased == 31)
                return float_overflow('e');
        }
    }
    *bits = sign | biased << 10 | f;
    return 0;
}

static double half_value(unsigned bits)
{
    int negative = (bits & 0x8000u) != 0;
    int e = (int)(bits >> 10 & 0x1f);
    unsigned f = bits & 0x3ffu;
    double x;
    if (e == 0x1f)
        x = f == 0 ? INFINITY : NAN;
    else if (e == 0)
        x = ldexp((double)f, -24);
    else
        x = ldexp(1.0 + f / 1024.0, e - 15);
    return negative ? -x : x;
}

/* ---- byte order ---------------------------------------------------------------------------------- */

static void store_bytes(char *p, uint64_t x, intptr_t size, int little)
{
    for (intptr_t i = 0; i < size; i++) {
        p[little ? i : size - 1 - i] = (char)(x & 0xff);
        x >>= 8;
    }
}

static uint64_t load_bytes(const char *p, intptr_t size, int little)
{
    uint64_t x = 0;
    for (intptr_t i = 0; i < size; i++)
        x = x << 8 | (unsigned char)p[little ? size - 1 - i : i];
    return x;
}

/* ---- the native functions ------------------------------------------------------------------------ */

static mp_obj nu_char(const char *p, const fmtdef *f) { return mp_bytes_new(p, 1); }
static mp_obj nu_byte(const char *p, const fmtdef *f) { return mp_small((signed char)*p); }
static mp_obj nu_ubyte(const char *p, const fmtdef *f) { return mp_small((unsigned char)*p); }
static mp_obj nu_bool(const char *p, const fmtdef *f) { return mp_bool(*p != 0); }

#define NATIVE_GET(name, ctype, conv)                                          \
    static mp_obj name(const char *p, const fmtdef *f)                         \
    {                                                                          \
        ctype x;                                                               \
        memcpy(&x, p, sizeof x);                                               \
        return conv(x);                                                        \
    }
NATIVE_GET(nu_short, short, mp_small)
NATIVE_GET(nu_ushort, unsigned short, mp_small)
NATIVE_GET(nu_int, int, mp_small)
NATIVE_GET(nu_uint, unsigned int, mp_int_from_ull)
NATIVE_GET(nu_i64, int64_t, mp_int_from_ll)  /* l, q, n */
NATIVE_GET(nu_u64, uint64_t, mp_int_from_ull) /* L, Q, N, P */
NATIVE_GET(nu_float, float, mp_float_new)
NATIVE_GET(nu_double, double, mp_float_new)

static mp_obj nu_half(const char *p, const fmtdef *f)
{
    return mp_float_new(half_value((unsigned)load_bytes(p, 2, 1)));
}

static int np_char(char *p, mp_obj v, const fmtdef *f)
{
    if (!mp_bytes_check(v) || MP_BYTES_LEN(v) != 1) {
        struct_err("char format requires a bytes object of length 1");
        return -1;
    }
    *p = MP_BYTES_DATA(v)[0];
    return 0;
}

/* 'b', 'B', 'h', 'H' read a C long and check their range in their own
 * words. */
static int small_int(char *p, mp_obj v, const fmtdef *f, int64_t lo, int64_t hi, const char *msg)
{
    int64_t x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < lo || x > hi) {
        struct_err(msg);
        return -1;
    }
    if (f->size == 1) {
        *p = (char)x;
    } else {
        uint16_t y = (uint16_t)x;
        memcpy(p, &y, 2);
    }
    return 0;
}

static int np_byte(char *p, mp_obj v, const fmtdef *f)
{
    return small_int(p, v, f, -128, 127, "byte format requires -128 <= number <= 127");
}

static int np_ubyte(char *p, mp_obj v, const fmtdef *f)
{
    return small_int(p, v, f, 0, 255, "ubyte format requires 0 <= number <= 255");
}

static int np_short(char *p, mp_obj v, const fmtdef *f)
{
    return small_int(p, v, f, -32768, 32767, "short format requires -32768 <= number <= 32767");
}

static int np_ushort(char *p, mp_obj v, const fmtdef *f)
{
    return small_int(p, v, f, 0, 65535, "ushort format requires 0 <= number <= 65535");
}

static int np_int(char *p, mp_obj v, const fmtdef *f)
{
    int64_t x;
    if (get_long(v, &x) < 0)
        return -1;
    if (x < INT32_MIN || x > INT32_MAX)
        return range_error(f, 0);
    int y = (int)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_uint(char *p, mp_obj v, const fmtdef *f)
{
    uint64_t x;
    if (get_ulong(v, &x) < 0)
        return -1;
    if (x > UINT32_MAX)
        return range_error(f, 1);
    unsigned int y = (unsigned int)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

/* 'l', 'q', 'n' */
static int np_i64(char *p, mp_obj v, const fmtdef *f)
{
    int64_t x;
    if (get_long(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

/* 'L', 'Q', 'N' */
static int np_u64(char *p, mp_obj v, const fmtdef *f)
{
    uint64_t x;
    if (get_ulong(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

/* 'P' takes any value a pointer's bits can hold, negative ones as C longs
 * (CPython's PyLong_AsVoidPtr, whose OverflowError speaks of C longs). */
static int np_void_p(char *p, mp_obj v, const fmtdef *f)
{
    mp_obj n = get_pylong(v);
    if (!n)
        return -1;
    int64_t s;
    uint64_t u;
    int r = int_range(n, &s, &u);
    mp_decref(n);
    if (r == R_I64)
        u = (uint64_t)s;
    else if (r == R_NEG_BIG)
        return mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C long"),
               -1;
    else if (r == R_POS_BIG)
        return mp_err_set_str(&mp_type_OverflowError,
                              "Python int too large to convert to C unsigned long"),
               -1;
    memcpy(p, &u, sizeof u);
    return 0;
}

static int np_bool(char *p, mp_obj v, const fmtdef *f)
{
    int t = mp_obj_is_true(v);
    if (t < 0)
        return -1;
    *p = (char)t;
    return 0;
}

static int np_half(char *p, mp_obj v, const fmtdef *f)
{
    double x;
    unsigned bits;
    if (get_double(v, &x) < 0 || half_bits(x, &bits) < 0)
        return -1;
    store_bytes(p, bits, 2, 1);
    return 0;
}

/* The native 'f' converts as C does: a double too large becomes an
 * infinity, where the standard 'f' raises OverflowError. */
static int np_float(char *p, mp_obj v, const fmtdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    float y = (float)x;
    memcpy(p, &y, sizeof y);
    return 0;
}

static int np_double(char *p, mp_obj v, const fmtdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    memcpy(p, &x, sizeof x);
    return 0;
}

/* ---- the standard functions (explicit byte order and sizes) ------------------------------------- */

static mp_obj su_int(const char *p, const fmtdef *f)
{
    uint64_t x = load_bytes(p, f->size, f->little);
    intptr_t bits = f->size * 8;
    if (bits < 64 && (x >> (bits - 1)) & 1)
        x |= UINT64_MAX << bits; /* sign-extend */
    return mp_int_from_ll((long long)x);
}

static mp_obj su_uint(const char *p, const fmtdef *f)
{
    return mp_int_from_ull(load_bytes(p, f->size, f->little));
}

static mp_obj su_half(const char *p, const fmtdef *f)
{
    return mp_float_new(half_value((unsigned)load_bytes(p, 2, f->little)));
}

static mp_obj su_float(const char *p, const fmtdef *f)
{
    uint32_t bits = (uint32_t)load_bytes(p, 4, f->little);
    float x;
    memcpy(&x, &bits, sizeof x);
    return mp_float_new(x);
}

static mp_obj su_double(const char *p, const fmtdef *f)
{
    uint64_t bits = load_bytes(p, 8, f->little);
    double x;
    memcpy(&x, &bits, sizeof x);
    return mp_float_new(x);
}

/* 'h', 'i', 'l': two or four bytes, read through a C long. */
static int sp_int(char *p, mp_obj v, const fmtdef *f)
{
    int64_t x;
    if (get_long(v, &x) < 0)
        return -1;
    int64_t hi = f->size == 2 ? INT16_MAX : INT32_MAX;
    if (x < -hi - 1 || x > hi)
        return range_error(f, 0);
    store_bytes(p, (uint64_t)x, f->size, f->little);
    return 0;
}

/* 'H', 'I', 'L' */
static int sp_uint(char *p, mp_obj v, const fmtdef *f)
{
    uint64_t x;
    if (get_ulong(v, &x) < 0)
        return -1;
    if (x >> (f->size * 8))
        return range_error(f, 1);
    store_bytes(p, x, f->size, f->little);
    return 0;
}

/* 'q' and 'Q' convert the whole int (CPython's _PyLong_AsByteArray), so
 * their errors are OverflowErrors, which the pack loop rewords for ints. */
static int sp_longlong(char *p, mp_obj v, const fmtdef *f)
{
    mp_obj n = get_pylong(v);
    if (!n)
        return -1;
    int64_t s;
    uint64_t u;
    int r = int_range(n, &s, &u);
    mp_decref(n);
    if (r != R_I64) {
        mp_err_set_str(&mp_type_OverflowError, "int too big to convert");
        return -1;
    }
    store_bytes(p, (uint64_t)s, 8, f->little);
    return 0;
}

static int sp_ulonglong(char *p, mp_obj v, const fmtdef *f)
{
    mp_obj n = get_pylong(v);
    if (!n)
        return -1;
    int64_t s;
    uint64_t u;
    int r = int_range(n, &s, &u);
    mp_decref(n);
    if (r == R_NEG_BIG || (r == R_I64 && s < 0)) {
        mp_err_set_str(&mp_type_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (r == R_POS_BIG) {
        mp_err_set_str(&mp_type_OverflowError, "int too big to convert");
        return -1;
    }
    store_bytes(p, r == R_I64 ? (uint64_t)s : u, 8, f->little);
    return 0;
}

static int sp_half(char *p, mp_obj v, const fmtdef *f)
{
    double x;
    unsigned bits;
    if (get_double(v, &x) < 0 || half_bits(x, &bits) < 0)
        return -1;
    store_bytes(p, bits, 2, f->little);
    return 0;
}

/* The standard 'f' refuses a finite double that rounds to an infinity. */
static int sp_float(char *p, mp_obj v, const fmtdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    float y = (float)x;
    if (isinf(y) && !isinf(x))
        return float_overflow('f');
    uint32_t bits;
    memcpy(&bits, &y, sizeof bits);
    store_bytes(p, bits, 4, f->little);
    return 0;
}

static int sp_double(char *p, mp_obj v, const fmtdef *f)
{
    double x;
    if (get_double(v, &x) < 0)
        return -1;
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    store_bytes(p, bits, 8, f->little);
    return 0;
}

/* ---- the tables ------------------------------------------------------------------------------------ */

#define NAT(c, type, un, pk) {c, sizeof(type), _Alignof(type), 1, un, pk}

static const fmtdef native_table[] = {
    NAT('x', char, NULL, NULL),
    NAT('b', char, nu_byte, np_byte),
    NAT('B', char, nu_ubyte, np_ubyte),
    NAT('c', char, nu_char, np_char),
    NAT('s', char, NULL, NULL),
    NAT('p', char, NULL, NULL),
    NAT('h', short, nu_short, np_short),
    NAT('H', unsigned short, nu_ushort, np_ushort),
    NAT('i', int, nu_int, np_int),
    NAT('I', unsigned int, nu_uint, np_uint),
    NAT('l', long, nu_i64, np_i64),
    NAT('L', unsigned long, nu_u64, np_u64),
    NAT('n', intptr_t, nu_i64, np_i64),
    NAT('N', size_t, nu_u64, np_u64),
    NAT('q', long long, nu_i64, np_i64),
    NAT('Q', unsigned long long, nu_u64, np_u64),
    NAT('?', _Bool, nu_bool, np_bool),
    NAT('e', short, nu_half, np_half),
    NAT('f', float, nu_float, np_float),
    NAT('d', double, nu_double, np_double),
    NAT('P', void *, nu_u64, np_void_p),
    {0},
};

/* The standard tables: sizes fixed by the format, no alignment. */
#define STD_TABLE(little)                                                      \
    {                                                                          \
        {'x', 1, 0, little, NULL, NULL},                                       \
        {'b', 1, 0, little, nu_byte, np_byte},                                 \
        {'B', 1, 0, little, nu_ubyte, np_ubyte},                               \
        {'c', 1, 0, little, nu_char, np_char},                                 \
        {'s', 1, 0, little, NULL, NULL},                                       \
        {'p', 1, 0, little, NULL, NULL},                                       \
        {'h', 2, 0, little, su_int, sp_int},                                   \
        {'H', 2, 0, little, su_uint, sp_uint},                                 \
        {'i', 4, 0, little, su_int, sp_int},                                   \
        {'I', 4, 0, little, su_uint, sp_uint},                                 \
        {'l', 4, 0, little, su_int, sp_int},                                   \
        {'L', 4, 0, little, su_uint, sp_uint},                                 \
        {'q', 8, 0, little, su_int, sp_longlong},                              \
        {'Q', 8, 0, little, su_uint, sp_ulonglong},                            \
        {'?', 1, 0, little, nu_bool, np_bool},                                 \
        {'e', 2, 0, little, su_half, sp_half},                                 \
        {'f', 4, 0, little, su_float, sp_float},                               \
        {'d', 8, 0, little, su_double, sp_double},                             \
        {0},                                                                   \
    }

/* Not const: struct_exec puts the native functions in the little-endian
 * table where the sizes match. */
static fmtdef little_table[] = STD_TABLE(1);
static fmtdef big_table[] = STD_TABLE(0);

/* As CPython's module init: where the native byte order is the standard
 * table's and a character has the same size in both, use the native
 * functions (and so their messages).  'f', 'd' and '?' keep their own:
 * the standard 'f' checks for overflow, and a native _Bool may differ. */
static void use_native_functions(void)
{
    for (const fmtdef *n = native_table; n->format; n++) {
        for (fmtdef *s = little_table; s->format; s++) {
            if (s->format != n->format)
                continue;
            if (s->size == n->size && !strchr("fd?", s->format)) {
                s->pack = n->pack;
                s->unpack = n->unpack;
            }
            break;
        }
    }
}

/* ---- compiling a format ------------------------------------------------------------------------ */

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* size rounded up to f's alignment, or -1 when that passes PY_SSIZE_T_MAX. */
static intptr_t align(intptr_t size, const fmtdef *f)
{
    if (f->alignment && size > 0) {
        intptr_t extra = (f->alignment - 1) - (size - 1) % f->alignment;
        if (extra > INTPTR_MAX - size)
            return -1;
        size += extra;
    }
    return size;
}

/* Reads fmt (n bytes, ASCII) into s's codes, sizes and count of values:
 * 0, or -1 with struct.error (s unchanged then). */
static int compile_format(mp_struct_obj *s, const char *fmt, intptr_t n)
{
    if ((intptr_t)strlen(fmt) != n) {
        struct_err("embedded null character");
        return -1;
    }
    const fmtdef *table = native_table;
    switch (*fmt) {
    case '<': case '=': table = little_table; fmt++; break;
    case '>': case '!': table = big_table; fmt++; break;
    case '@': fmt++; break;
    }
    /* Two passes: the first checks and counts, the second fills the codes. */
    fcode *codes = NULL;
    intptr_t size = 0, len = 0, ncodes = 0;
    for (int pass = 0; pass < 2; pass++) {
        size = len = ncodes = 0;
        for (const char *q = fmt; *q;) {
            char c = *q++;
            if (is_space(c))
                continue;
            intptr_t num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while ((c = *q++) >= '0' && c <= '9') {
                    if (num > (INTPTR_MAX - (c - '0')) / 10)
                        goto too_long;
                    num = num * 10 + (c - '0');
                }
                if (c == '\0') {
                    struct_err("repeat count given without format specifier");
                    goto fail;
                }
            }
            const fmtdef *f = table;
            while (f->format && f->format != c)
                f++;
            if (!f->format) {
                struct_err("bad char in struct format");
                goto fail;
            }
            if ((size = align(size, f)) < 0)
                goto too_long;
            if (num > (INTPTR_MAX - size) / f->size)
                goto too_long;
            if (c == 's' || c == 'p') {
                /* One value, num bytes long. */
                if (codes)
                    codes[ncodes] = (fcode){f, size, num, 1};
                ncodes++;
                len++;
            } else if (c != 'x' && num > 0) {
                if (codes)
                    codes[ncodes] = (fcode){f, size, f->size, num};
                ncodes++;
                len += num;
            }
            size += num * f->size;
        }
        if (pass == 0 && !(codes = mp_malloc(sizeof(fcode) * (size_t)(ncodes + 1)))) {
            mp_err_no_memory();
            return -1;
        }
    }
    mp_free(s->codes);
    s->codes = codes;
    s->ncodes = ncodes;
    s->size = size;
    s->len = len;
    return 0;
too_long:
    struct_err("total struct size too long");
fail:
    mp_free(codes);
    return -1;
}

/* ---- packing and unpacking ------------------------------------------------------------------- */

/* Packs the s->len values at args into buf (s->size bytes, zeroed
 * first), as CPython's s_pack_internal: on an error the values before the
 * bad one are already stored. */
static int pack_items(mp_struct_obj *s, mp_obj const *args, char *buf);

static int pack_values(mp_struct_obj *s, mp_obj const *args, char *buf)
{
    s->packing++;
    int r = pack_items(s, args, buf);
    s->packing--;
    return r;
}

static int pack_items(mp_struct_obj *s, mp_obj const *args, char *buf)
{
    memset(buf, 0, (size_t)s->size);
    for (intptr_t i = 0; i < s->ncodes; i++) {
        const fcode *code = &s->codes[i];
        char *res = buf + code->offset;
        for (intptr_t j = 0; j < code->repeat; j++, res += code->size) {
            mp_obj v = *args++;
            char c = code->fmt->format;
            if (c == 's' || c == 'p') {
                const char *data;
                intptr_t n;
                if (!mp_bytes_view(v, &data, &n)) {
                    mp_err_format(&mp_type_struct_error, "argument for '%c' must be a bytes object",
                                  c);
                    return -1;
                }
                if (c == 's') {
                    if (n > code->size)
                        n = code->size;
                    memcpy(res, data, (size_t)n);
                } else if (code->size > 0) {
                    /* A Pascal string: a length byte, then the bytes. */
                    if (n > code->size - 1)
                        n = code->size - 1;
                    memcpy(res + 1, data, (size_t)n);
                    *res = (char)(n > 255 ? 255 : n);
                } else if (code->offset < s->size) {
                    /* CPython stores a length of -1 for "0p", into the
                     * next item's first byte; past the end it writes
                     * outside the buffer, which minipy does not do. */
                    *res = (char)0xff;
                }
            } else if (code->fmt->pack(res, v, code->fmt) < 0) {
                /* An int beyond what the format holds, in CPython's words. */
                if (mp_int_check(v) && mp_err_matches(&mp_type_OverflowError)) {
                    mp_err_clear();
                    struct_err("int too large to convert");
                }
                return -1;
            }
        }
    }
    return 0;
}

/* The values in buf (s->size bytes) as a tuple. */
static mp_obj unpack_values(mp_struct_obj *s, const char *buf)
{
    mp_obj t = mp_tuple_new(s->len);
    if (!t)
        return NULL;
    intptr_t k = 0;
    for (intptr_t i = 0; i < s->ncodes; i++) {
        const fcode *code = &s->codes[i];
        const char *res = buf + code->offset;
        for (intptr_t j = 0; j < code->repeat; j++, res += code->size) {
            char c = code->fmt->format;
            mp_obj v;
            if (c == 's') {
                v = mp_bytes_new(res, code->size);
            } else if (c == 'p') {
                if (code->size == 0) {
                    /* CPython asks for a bytes object of length -1. */
                    mp_decref(t);
                    return mp_err_set_str(&mp_type_SystemError,
                                          "Negative size passed to PyBytes_FromStringAndSize");
                }
                intptr_t n = (unsigned char)*res;
                if (n >= code->size)
                    n = code->size - 1;
                v = mp_bytes_new(res + 1, n);
            } else {
                v = code->fmt->unpack(res, code->fmt);
            }
            if (!v) {
                mp_decref(t);
                return NULL;
            }
            MP_TUPLE_ITEMS(t)[k++] = v;
        }
    }
    return t;
}

/* The bytes of a bytes-like object, for reading (CPython's "y*"). */
static int read_buffer(mp_obj o, mp_bytes_buffer *b)
{
    int r = mp_bytes_buffer_get(o, b);
    if (r == 0)
        mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%s'",
                      mp_type_of(o)->name);
    return r > 0 ? 0 : -1;
}

/* The bytes of a writable bytes-like object (CPython's "w*"): a
 * bytearray, an array, a memoryview of either that is not read-only. */
static int write_buffer(mp_obj o, mp_bytes_buffer *b)
{
    int r = mp_bytes_check(o) ? 0 : mp_bytes_buffer_get(o, b);
    if (r > 0 && mp_memoryview_check(o) && ((mp_memoryview *)o)->readonly) {
        mp_bytes_buffer_release(b);
        r = 0;
    }
    if (r > 0)
        return 0;
    if (r < 0)
        mp_err_clear();
    mp_err_format(&mp_type_TypeError, "argument must be read-write bytes-like object, not %s",
                  o == mp_none ? "None" : mp_type_of(o)->name);
    return -1;
}

/* A Struct made by Struct.__new__ alone has no format yet; CPython
 * crashes on it, minipy says so. */
static int not_ready(mp_struct_obj *s)
{
    if (s->format)
        return 0;
    mp_err_set_str(&mp_type_ValueError, "Struct.__init__() has not been called");
    return -1;
}

static mp_obj do_pack(mp_struct_obj *s, mp_obj const *args, size_t nargs)
{
    if (not_ready(s))
        return NULL;
    if ((intptr_t)nargs != s->len)
        return mp_err_format(&mp_type_struct_error, "pack expected %zd items for packing (got %zd)",
                             s->len, (intptr_t)nargs);
    mp_obj b = mp_bytes_new(NULL, s->size);
    if (b && pack_values(s, args, MP_BYTES_DATA(b)) < 0)
        MP_CLEAR(b);
    return b;
}

/* pack_into(buffer, offset, v1, ...): offsets count from the end when
 * negative, as CPython's. */
static mp_obj do_pack_into(mp_struct_obj *s, mp_obj const *args, size_t nargs)
{
    if (not_ready(s))
        return NULL;
    if ((intptr_t)nargs != s->len + 2) {
        if (nargs == 0)
            return struct_err("pack_into expected buffer argument");
        if (nargs == 1)
            return struct_err("pack_into expected offset argument");
        return mp_err_format(&mp_type_struct_error,
                             "pack_into expected %zd items for packing (got %zd)", s->len,
                             (intptr_t)nargs - 2);
    }
    mp_bytes_buffer b;
    if (write_buffer(args[0], &b) < 0)
        return NULL;
    intptr_t offset = mp_number_as_ssize(args[1], &mp_type_IndexError);
    if (offset == -1 && mp_err_occurred())
        goto fail;
    if (offset < 0) {
        if (offset + s->size > 0) {
            mp_err_format(&mp_type_struct_error, "no space to pack %zd bytes at offset %zd",
                          s->size, offset);
            goto fail;
        }
        if (offset + b.len < 0) {
            mp_err_format(&mp_type_struct_error, "offset %zd out of range for %zd-byte buffer",
                          offset, b.len);
            goto fail;
        }
        offset += b.len;
    }
    if (b.len - offset < s->size) {
        mp_err_format(&mp_type_struct_error,
                      "pack_into requires a buffer of at least %zu bytes for packing %zd bytes "
                      "at offset %zd (actual buffer size is %zd)",
                      (size_t)s->size + (size_t)offset, s->size, offset, b.len);
        goto fail;
    }
    /* The buffer is a bytearray's, an array's or a writable view's. */
    if (pack_values(s, args + 2, (char *)b.data + offset) < 0)
        goto fail;
    mp_bytes_buffer_release(&b);
    MP_RETURN_NONE;
fail:
    mp_bytes_buffer_release(&b);
    return NULL;
}

static mp_obj do_unpack(mp_struct_obj *s, mp_obj buffer)
{
    if (not_ready(s))
        return NULL;
    mp_bytes_buffer b;
    if (read_buffer(buffer, &b) < 0)
        return NULL;
    mp_obj r;
    if (b.len != s->size)
        r = mp_err_format(&mp_type_struct_error, "unpack requires a buffer of %zd bytes", s->size);
    else
        r = unpack_values(s, b.data);
    mp_bytes_buffer_release(&b);
    return r;
}

static mp_obj do_unpack_from(mp_struct_obj *s, mp_obj buffer, mp_obj offset_obj)
{
    if (not_ready(s))
        return NULL;
    intptr_t offset = 0;
    if (offset_obj) {
        /* Argument Clinic's Py_ssize_t: ints and __index__, no floats. */
        mp_obj n = mp_number_index(offset_obj);
        if (!n)
            return NULL;
        int r = mp_int_as_ssize(n, &offset);
        mp_decref(n);
        if (r < 0)
            return NULL;
    }
    mp_bytes_buffer b;
    if (read_buffer(buffer, &b) < 0)
        return NULL;
    mp_obj r = NULL;
    if (offset < 0) {
        if (offset + s->size > 0) {
            mp_err_format(&mp_type_struct_error, "not enough data to unpack %zd bytes at offset %zd",
                          s->size, offset);
            goto done;
        }
        if (offset + b.len < 0) {
            mp_err_format(&mp_type_struct_error, "offset %zd out of range for %zd-byte buffer",
                          offset, b.len);
            goto done;
        }
        offset += b.len;
    }
    if (b.len - offset < s->size)
        mp_err_format(&mp_type_struct_error,
                      "unpack_from requires a buffer of at least %zu bytes for unpacking %zd "
                      "bytes at offset %zd (actual buffer size is %zd)",
                      (size_t)s->size + (size_t)offset, s->size, offset, b.len);
    else
        r = unpack_values(s, b.data + offset);
done:
    mp_bytes_buffer_release(&b);
    return r;
}

/* ---- arguments --------------------------------------------------------------------------------- */

/* Matches arguments to the parameters in kwlist as CPython's Argument
 * Clinic does (_PyArg_UnpackKeywords), whose messages and their order
 * differ from mp_arg_parse's: the total count first, then the positional
 * count (the first `posonly` parameters are positional-only), missing
 * required parameters, a parameter given twice, unknown keywords.
 * out[i] is the argument (borrowed) or NULL when omitted. */
static int clinic_parse(mp_obj const *args, size_t nargs, mp_obj kwnames, const char *fname,
                        const char *const *kwlist, int posonly, int required, mp_obj *out)
{
    intptr_t nparams = 0, nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    while (kwlist[nparams])
        nparams++;
    if ((intptr_t)nargs + nkw > nparams) {
        mp_err_format(&mp_type_TypeError, "%s() takes at most %zd %sargument%s (%zd given)", fname,
                      nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                      (intptr_t)nargs + nkw);
        return -1;
    }
    if ((intptr_t)nargs < posonly) {
        mp_err_format(&mp_type_TypeError, "%s() takes at least %d positional argument%s (%zu given)",
                      fname, posonly, posonly == 1 ? "" : "s", nargs);
        return -1;
    }
    intptr_t used = 0;
    for (intptr_t i = 0; i < nparams; i++) {
        out[i] = i < (intptr_t)nargs ? args[i] : NULL;
        for (intptr_t k = 0; !out[i] && i >= posonly && k < nkw; k++)
            if (mp_str_eq_cstr(MP_TUPLE_GET(kwnames, k), kwlist[i])) {
                out[i] = args[nargs + (size_t)k];
                used++;
            }
        if (!out[i] && i < required) {
            mp_err_format(&mp_type_TypeError, "%s() missing required argument '%s' (pos %zd)", fname,
                          kwlist[i], i + 1);
            return -1;
        }
    }
    if (used == nkw)
        return 0;
    for (intptr_t i = posonly; i < (intptr_t)nargs; i++)
        for (intptr_t k = 0; k < nkw; k++)
            if (mp_str_eq_cstr(MP_TUPLE_GET(kwnames, k), kwlist[i])) {
                mp_err_format(&mp_type_TypeError,
                              "argument for %s() given by name ('%s') and position (%zd)", fname,
                              kwlist[i], i + 1);
                return -1;
            }
    for (intptr_t k = 0; k < nkw; k++) {
        mp_obj name = MP_TUPLE_GET(kwnames, k);
        intptr_t i = posonly;
        while (i < nparams && !mp_str_eq_cstr(name, kwlist[i]))
            i++;
        if (i == nparams) {
            mp_err_format(&mp_type_TypeError, "'%U' is an invalid keyword argument for %s()", name,
                          fname);
            return -1;
        }
    }
    return 0;
}

/* ---- the unpack iterator ------------------------------------------------------------------------- */

typedef struct unpack_iter {
    mp_object ob;
    mp_obj st;           /* the Struct; NULL once exhausted */
    mp_bytes_buffer buf; /* held (a bytearray or array cannot resize) until then */
    intptr_t index;
} unpack_iter;

#define UIT(o) ((unpack_iter *)(o))

static mp_obj do_iter_unpack(mp_struct_obj *s, mp_obj buffer)
{
    if (not_ready(s))
        return NULL;
    if (s->size == 0)
        return struct_err("cannot iteratively unpack with a struct of length 0");
    unpack_iter *it = (unpack_iter *)mp_obj_alloc(&mp_type_struct_unpack_iterator);
    if (!it)
        return NULL;
    if (read_buffer(buffer, &it->buf) < 0) {
        mp_decref((mp_obj)it);
        return NULL;
    }
    if (it->buf.len % s->size != 0) {
        mp_decref((mp_obj)it);
        return mp_err_format(&mp_type_struct_error,
                             "iterative unpacking requires a buffer of a multiple of %zd bytes",
                             s->size);
    }
    it->st = mp_newref((mp_obj)s);
    return (mp_obj)it;
}

static int uit_clear(mp_obj self)
{
    MP_CLEAR(UIT(self)->st);
    mp_bytes_buffer_release(&UIT(self)->buf);
    UIT(self)->buf.owner = NULL;
    UIT(self)->buf.exports = NULL;
    return 0;
}

static int uit_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    unpack_iter *it = UIT(self);
    if (it->st && visit(it->st, arg))
        return 1;
    return it->buf.owner && visit(it->buf.owner, arg);
}

static void uit_dealloc(mp_obj self)
{
    mp_gc_untrack(self);
    uit_clear(self);
    mp_obj_free(self);
}

static mp_obj uit_next(mp_obj self)
{
    unpack_iter *it = UIT(self);
    if (!it->st)
        return NULL;
    if (it->index >= it->buf.len) {
        uit_clear(self); /* exhausted: let go of the buffer */
        return NULL;
    }
    /* __init__ may have changed the struct's size since the last step. */
    if (it->index + ST(it->st)->size > it->buf.len)
        return mp_err_format(&mp_type_struct_error,
                             "iterative unpacking requires a buffer of a multiple of %zd bytes",
                             ST(it->st)->size);
    mp_obj r = unpack_values(ST(it->st), it->buf.data + it->index);
    it->index += ST(it->st)->size;
    return r;
}

static mp_obj uit_length_hint(mp_obj self)
{
    unpack_iter *it = UIT(self);
    return mp_int_from_ssize(it->st ? (it->buf.len - it->index) / ST(it->st)->size : 0);
}

static mp_obj uit_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    /* CPython's message, unbalanced quote included. */
    return mp_err_set_str(&mp_type_TypeError, "Cannot create 'unpack_iterator objects");
}

static const mp_method_def uit_methods[] = {
    {"__length_hint__", FN(uit_length_hint), MP_METH_NOARGS, NULL},
    {NULL},
};

mp_type mp_type_struct_unpack_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(unpack_iter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = uit_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = uit_traverse,
    .clear = uit_clear,
    .iter = mp_self_iter,
    .iternext = uit_next,
    .new_ = uit_new,
    .methods = uit_methods,
};

/* ---- the Struct type ------------------------------------------------------------------------------ */

static mp_obj struct_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_struct_obj *s = (mp_struct_obj *)mp_obj_alloc(type);
    if (s)
        s->size = s->len = -1; /* as CPython's, until __init__ compiles a format */
    return (mp_obj)s;
}

/* Struct(format): format is a str (ASCII) or bytes. */
static int struct_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"format", NULL};
    mp_obj format;
    if (clinic_parse(args, nargs, kwnames, "Struct", kwlist, 0, 1, &format) < 0)
        return -1;
    mp_obj b;
    if (mp_str_check(format)) {
        if (!(b = mp_str_encode(format, "ascii", "strict")))
            return -1;
    } else if (mp_bytes_check(format)) {
        b = mp_newref(format);
    } else {
        mp_err_format(&mp_type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                      mp_type_of(format)->name);
        return -1;
    }
    if (ST(self)->packing) {
        mp_decref(b);
        mp_err_set_str(&mp_type_RuntimeError, "Struct.__init__() called while the struct packs");
        return -1;
    }
    if (compile_format(ST(self), MP_BYTES_DATA(b), MP_BYTES_LEN(b)) < 0) {
        mp_decref(b);
        return -1;
    }
    MP_SETREF(ST(self)->format, b);
    return 0;
}

static void struct_dealloc(mp_obj self)
{
    mp_struct_obj *s = ST(self);
    mp_xdecref(s->format);
    mp_free(s->codes);
    mp_obj_free(self);
}

static mp_obj s_pack(mp_obj self, mp_obj const *args, size_t nargs)
{
    return do_pack(ST(self), args, nargs);
}

static mp_obj s_pack_into(mp_obj self, mp_obj const *args, size_t nargs)
{
    return do_pack_into(ST(self), args, nargs);
}

static mp_obj s_unpack(mp_obj self, mp_obj buffer) { return do_unpack(ST(self), buffer); }

static mp_obj s_unpack_from(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"buffer", "offset", NULL};
    mp_obj a[2];
    if (clinic_parse(args, nargs, kwnames, "unpack_from", kwlist, 0, 1, a) < 0)
        return NULL;
    return do_unpack_from(ST(self), a[0], a[1]);
}

static mp_obj s_iter_unpack(mp_obj self, mp_obj buffer) { return do_iter_unpack(ST(self), buffer); }

/* CPython's size: its PyStructObject (56 bytes) and one 32-byte
 * formatcode per code plus the terminating one. */
static mp_obj s_sizeof(mp_obj self)
{
    return mp_int_from_ssize(56 + 32 * (ST(self)->ncodes + 1));
}

static mp_obj s_get_format(mp_obj self, void *closure)
{
    mp_obj b = ST(self)->format;
    if (!b)
        MP_RETURN_NONE;
    return mp_str_decode_utf8(MP_BYTES_DATA(b), (size_t)MP_BYTES_LEN(b), "strict");
}

static mp_obj s_get_size(mp_obj self, void *closure) { return mp_int_from_ssize(ST(self)->size); }

static const mp_method_def struct_methods[] = {
    {"iter_unpack", FN(s_iter_unpack), MP_METH_O,
     "Return an iterator yielding tuples.\n\n"
     "Tuples are unpacked from the given bytes source, like a repeated\n"
     "invocation of unpack_from().\n\n"
     "Requires that the bytes length be a multiple of the struct size."},
    {"pack", FN(s_pack), MP_METH_FASTCALL,
     "S.pack(v1, v2, ...) -> bytes\n\n"
     "Return a bytes object containing values v1, v2, ... packed according\n"
     "to the format string S.format.  See help(struct) for more on format\n"
     "strings."},
    {"pack_into", FN(s_pack_into), MP_METH_FASTCALL,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\n"
     "Pack the values v1, v2, ... according to the format string S.format\n"
     "and write the packed bytes into the writable buffer buf starting at\n"
     "offset.  Note that the offset is a required argument.  See\n"
     "help(struct) for more on format strings."},
    {"unpack", FN(s_unpack), MP_METH_O,
     "Return a tuple containing unpacked values.\n\n"
     "Unpack according to the format string Struct.format. The buffer's size\n"
     "in bytes must be Struct.size.\n\n"
     "See help(struct) for more on format strings."},
    {"unpack_from", FN(s_unpack_from), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return a tuple containing unpacked values.\n\n"
     "Values are unpacked according to the format string Struct.format.\n\n"
     "The buffer's size in bytes, starting at position offset, must be\n"
     "at least Struct.size.\n\n"
     "See help(struct) for more on format strings."},
    {"__sizeof__", FN(s_sizeof), MP_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL},
};

static const mp_getset_def struct_getsets[] = {
    {"format", s_get_format, NULL, "struct format string", NULL},
    {"size", s_get_size, NULL, "struct size in bytes", NULL},
    {NULL},
};

mp_type mp_type_struct = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "_struct.Struct",
    .basicsize = sizeof(mp_struct_obj),
    .flags = MP_TPFLAGS_BASETYPE,
    .doc = "Struct(fmt) --> compiled struct object\n\n",
    .dealloc = struct_dealloc,
    .getattro = mp_obj_generic_getattr,
    .new_ = struct_new,
    .init = struct_init,
    .methods = struct_methods,
    .getsets = struct_getsets,
    .weaklistoffset = offsetof(mp_struct_obj, weakreflist),
};

/* ---- the module functions --------------------------------------------------------------------- */

/* A Struct for format (a new reference).  CPython keeps the last hundred
 * in a cache; minipy compiles the format each time, which only costs
 * time. */
static mp_obj get_struct(mp_obj format)
{
    /* CPython's cache lookup hashes the format before Struct() sees it,
     * so an unhashable one fails there: keep that error. */
    if (mp_obj_hash(format) == -1 && mp_err_occurred())
        return NULL;
    return mp_call((mp_obj)&mp_type_struct, &format, 1, NULL);
}

static mp_obj m_calcsize(mp_obj module, mp_obj format)
{
    mp_obj s = get_struct(format);
    if (!s)
        return NULL;
    mp_obj r = mp_int_from_ssize(ST(s)->size);
    mp_decref(s);
    return r;
}

static mp_obj m_pack(mp_obj module, mp_obj const *args, size_t nargs)
{
    if (nargs == 0)
        return mp_err_set_str(&mp_type_TypeError, "missing format argument");
    mp_obj s = get_struct(args[0]);
    if (!s)
        return NULL;
    mp_obj r = do_pack(ST(s), args + 1, nargs - 1);
    mp_decref(s);
    return r;
}

static mp_obj m_pack_into(mp_obj module, mp_obj const *args, size_t nargs)
{
    if (nargs == 0)
        return mp_err_set_str(&mp_type_TypeError, "missing format argument");
    mp_obj s = get_struct(args[0]);
    if (!s)
        return NULL;
    mp_obj r = do_pack_into(ST(s), args + 1, nargs - 1);
    mp_decref(s);
    return r;
}

static mp_obj m_unpack(mp_obj module, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("unpack", nargs, 2, 2) < 0)
        return NULL;
    mp_obj s = get_struct(args[0]);
    if (!s)
        return NULL;
    mp_obj r = do_unpack(ST(s), args[1]);
    mp_decref(s);
    return r;
}

/* unpack_from(format, /, buffer, offset=0) */
static mp_obj m_unpack_from(mp_obj module, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"format", "buffer", "offset", NULL};
    mp_obj a[3];
    if (clinic_parse(args, nargs, kwnames, "unpack_from", kwlist, 1, 2, a) < 0)
        return NULL;
    mp_obj s = get_struct(a[0]);
    if (!s)
        return NULL;
    mp_obj r = do_unpack_from(ST(s), a[1], a[2]);
    mp_decref(s);
    return r;
}

static mp_obj m_iter_unpack(mp_obj module, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("iter_unpack", nargs, 2, 2) < 0)
        return NULL;
    mp_obj s = get_struct(args[0]);
    if (!s)
        return NULL;
    mp_obj r = do_iter_unpack(ST(s), args[1]);
    mp_decref(s);
    return r;
}

/* There is no cache to clear (get_struct). */
static mp_obj m_clearcache(mp_obj module) { MP_RETURN_NONE; }

static const mp_method_def struct_module_methods[] = {
    {"_clearcache", FN(m_clearcache), MP_METH_NOARGS, "Clear the internal cache."},
    {"calcsize", FN(m_calcsize), MP_METH_O,
     "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", FN(m_iter_unpack), MP_METH_FASTCALL,
     "Return an iterator yielding tuples unpacked from the given bytes.\n\n"
     "The bytes are unpacked according to the format string, like\n"
     "a repeated invocation of unpack_from().\n\n"
     "Requires that the bytes length be a multiple of the format struct size."},
    {"pack", FN(m_pack), MP_METH_FASTCALL,
     "pack(format, v1, v2, ...) -> bytes\n\n"
     "Return a bytes object containing the values v1, v2, ... packed according\n"
     "to the format string.  See help(struct) for more on format strings."},
    {"pack_into", FN(m_pack_into), MP_METH_FASTCALL,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\n"
     "Pack the values v1, v2, ... according to the format string and write\n"
     "the packed bytes into the writable buffer buf starting at offset.  Note\n"
     "that the offset is a required argument.  See help(struct) for more\n"
     "on format strings."},
    {"unpack", FN(m_unpack), MP_METH_FASTCALL,
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size in bytes must be calcsize(format).\n\n"
     "See help(struct) for more on format strings."},
    {"unpack_from", FN(m_unpack_from), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size, minus offset, must be at least calcsize(format).\n\n"
     "See help(struct) for more on format strings."},
    {NULL},
};

static int struct_exec(mp_obj m)
{
    use_native_functions();
    if (mp_module_add(m, "error", (mp_obj)&mp_type_struct_error) < 0 ||
        mp_module_add_type(m, &mp_type_struct) < 0 ||
        mp_type_ready(&mp_type_struct_unpack_iterator) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_struct = {
    "_struct",
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n"
    "\n"
    "The optional first format char indicates byte order, size and alignment:\n"
    "  @: native order, size & alignment (default)\n"
    "  =: native order, std. size & alignment\n"
    "  <: little-endian, std. size & alignment\n"
    "  >: big-endian, std. size & alignment\n"
    "  !: same as >\n"
    "\n"
    "The remaining chars indicate types of args and must match exactly;\n"
    "these can be preceded by a decimal repeat count:\n"
    "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
    "  ?: _Bool (requires C99; if not available, char is used instead)\n"
    "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
    "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
    "Special cases (preceding decimal count indicates length):\n"
    "  s:string (array of char); p: pascal string (with count byte).\n"
    "Special cases (only available in native format):\n"
    "  n:ssize_t; N:size_t;\n"
    "  P:an integer type that is wide enough to hold a pointer.\n"
    "Special case (not in native mode unless 'long long' in platform C):\n"
    "  q:long long; Q:unsigned long long\n"
    "Whitespace between formats is ignored.\n"
    "\n"
    "The variable struct.error is an exception raised on errors.\n",
    struct_module_methods,
    struct_exec,
};

/* complex: pairs of doubles.  Arithmetic with ints and floats (which take
 * an imaginary part of 0.0), == with exact comparison against ints, and no
 * ordering.  Division and powers follow CPython's algorithms so results
 * print the same.  (CPython's Objects/complexobject.c.) */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/int.h"
#include "minipy/names.h"
#include "minipy/pyrepr.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

typedef struct cval {
    double re, im;
} cval;

#define CPART(o) ((cval){((mp_complex *)(o))->real, ((mp_complex *)(o))->imag})

mp_obj mp_complex_new(double real, double imag)
{
    mp_complex *c = (mp_complex *)mp_obj_alloc(&mp_type_complex);
    if (c) {
        c->real = real;
        c->imag = imag;
    }
    return (mp_obj)c;
}

static mp_obj new_cval(cval c) { return mp_complex_new(c.re, c.im); }

/* An operand: 1 with its value for a complex, float or int; 0 for others
 * (NotImplemented); -1 on error (an int too large for a float). */
static int operand(mp_obj o, cval *out)
{
    out->im = 0.0;
    if (mp_is_small(o)) {
        out->re = (double)mp_small_value(o);
        return 1;
    }
    if (mp_complex_check(o)) {
        *out = CPART(o);
        return 1;
    }
    if (mp_float_check(o)) {
        out->re = mp_float_value(o);
        return 1;
    }
    if (mp_int_check(o))
        return mp_int_as_double(o, &out->re) < 0 ? -1 : 1;
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

/* ---- the arithmetic of complex values -------------------------------------------------- */

static cval c_prod(cval a, cval b)
{
    return (cval){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* a / b by Smith's method, scaling by the larger part of b to avoid
 * overflow; *zero is set when b is 0. */
static cval c_quot(cval a, cval b, int *zero)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *zero = 1;
            return (cval){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cval){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cval){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cval){NAN, NAN}; /* a part of b is a NaN */
}

/* x ** n for n >= 0 by repeated squaring. */
static cval c_powu(cval x, long n)
{
    cval r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

/* a ** b in polar form; *domain is set for 0 to a negative or complex
 * power. */
static cval c_pow(cval a, cval b, int *domain)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (cval){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            *domain = 1;
        return (cval){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (cval){len * cos(phase), len * sin(phase)};
}

mp_obj mp_complex_pow_parts(double a_re, double a_im, double b_re, double b_im)
{
    cval a = {a_re, a_im}, b = {b_re, b_im}, r;
    int domain = 0;
    /* CPython reads errno after the libm calls: EDOM (cos(inf), say)
     * becomes the ZeroDivisionError of 0 to a negative power. */
    errno = 0;
    /* Small integer exponents multiply out, which is exact where it can be:
     * (1j)**2 == (-1+0j). */
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n > 0)
            r = c_powu(a, n);
        else
            r = c_quot((cval){1.0, 0.0}, c_powu(a, -n), &domain);
    } else {
        r = c_pow(a, b, &domain);
    }
    if (domain || errno == EDOM)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(r.re) || isinf(r.im))
        return mp_err_set_str(&mp_type_OverflowError, "complex exponentiation");
    return new_cval(r);
}

/* ---- number slots ---------------------------------------------------------------------- */

static mp_obj complex_add(mp_obj a, mp_obj b)
{
    cval x, y;
    OPERANDS(a, b, x, y);
    return mp_complex_new(x.re + y.re, x.im + y.im);
}

static mp_obj complex_sub(mp_obj a, mp_obj b)
{
    cval x, y;
    OPERANDS(a, b, x, y);
    return mp_complex_new(x.re - y.re, x.im - y.im);
}

static mp_obj complex_mul(mp_obj a, mp_obj b)
{
    cval x, y;
    OPERANDS(a, b, x, y);
    return new_cval(c_prod(x, y));
}

static mp_obj complex_div(mp_obj a, mp_obj b)
{
    cval x, y;
    OPERANDS(a, b, x, y);
    int zero = 0;
    cval r = c_quot(x, y, &zero);
    if (zero)
        return mp_err_set_str(&mp_type_ZeroDivisionError, "complex division by zero");
    return new_cval(r);
}

static mp_obj complex_pow(mp_obj a, mp_obj b, mp_obj m)
{
    if (m && m != mp_none)
        return mp_err_set_str(&mp_type_ValueError, "complex modulo");
    cval x, y;
    OPERANDS(a, b, x, y);
    return mp_complex_pow_parts(x.re, x.im, y.re, y.im);
}

static mp_obj complex_neg(mp_obj a) { return mp_complex_new(-CPART(a).re, -CPART(a).im); }

static mp_obj complex_pos(mp_obj a)
{
    if (a->type == &mp_type_complex)
        return mp_newref(a);
    return new_cval(CPART(a));
}

static mp_obj complex_abs(mp_obj a)
{
    cval c = CPART(a);
    double r = hypot(c.re, c.im);
    if (isinf(r) && isfinite(c.re) && isfinite(c.im))
        return mp_err_set_str(&mp_type_OverflowError, "absolute value too large");
    return mp_float_new(r);
}

static int complex_bool(mp_obj a) { return CPART(a).re != 0.0 || CPART(a).im != 0.0; }

/* ---- comparison, hash, repr ------------------------------------------------------------- */

static mp_obj complex_richcompare(mp_obj a, mp_obj b, int op)
{
    if (op != MP_EQ && op != MP_NE)
        MP_RETURN_NOTIMPLEMENTED;
    cval x = CPART(a);
    int equal;
    if (mp_int_check(b)) {
        /* Exactly, as float == int does. */
        equal = x.im == 0.0 && !isnan(x.re) && mp_int_compare_double(b, x.re) == 0;
    } else if (mp_float_check(b)) {
        equal = x.re == mp_float_value(b) && x.im == 0.0;
    } else if (mp_complex_check(b)) {
        equal = x.re == CPART(b).re && x.im == CPART(b).im;
    } else {
        MP_RETURN_NOTIMPLEMENTED;
    }
    return mp_bool(op == MP_EQ ? equal : !equal);
}

static mp_hash_t part_hash(mp_obj self, double v)
{
    return isnan(v) ? mp_obj_identity_hash(self) : mp_float_hash_double(v);
}

static mp_hash_t complex_hash(mp_obj self)
{
    uint64_t h = (uint64_t)part_hash(self, CPART(self).re) +
                 1000003u * (uint64_t)part_hash(self, CPART(self).im);
    mp_hash_t r = (mp_hash_t)h;
    return r == -1 ? -2 : r;
}

static mp_obj complex_repr(mp_obj self)
{
    mp_buf b = MP_BUF_INIT;
    mp_repr_complex(&b, CPART(self).re, CPART(self).im);
    return mp_str_from_buf(&b);
}

/* ---- methods ------------------------------------------------------------------------------- */

static mp_obj complex_conjugate(mp_obj self)
{
    return mp_complex_new(CPART(self).re, -CPART(self).im);
}

static mp_obj complex_getnewargs(mp_obj self)
{
    mp_obj re = mp_float_new(CPART(self).re), im = re ? mp_float_new(CPART(self).im) : NULL;
    mp_obj t = im ? mp_tuple_pack(2, re, im) : NULL;
    mp_xdecref(re);
    mp_xdecref(im);
    return t;
}

static mp_obj complex_format(mp_obj self, mp_obj spec)
{
    if (!mp_str_check(spec))
        return mp_err_format(&mp_type_TypeError, "__format__() argument must be str, not %s",
                             mp_type_of(spec)->name);
    return mp_format_complex(spec, self);
}

static mp_obj complex_get_real(mp_obj self, void *c) { return mp_float_new(CPART(self).re); }
static mp_obj complex_get_imag(mp_obj self, void *c) { return mp_float_new(CPART(self).im); }

#define METH(name, f, flags, doc) {name, (void (*)(void))(f), flags, doc}

static const mp_method_def complex_methods[] = {
    METH("conjugate", complex_conjugate, MP_METH_NOARGS,
         "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."),
    METH("__complex__", complex_pos, MP_METH_NOARGS, "Convert this value to exact type complex."),
    METH("__getnewargs__", complex_getnewargs, MP_METH_NOARGS, NULL),
    METH("__format__", complex_format, MP_METH_O, "Convert to a string according to format_spec."),
    {NULL},
};

static const mp_getset_def complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL},
};

/* ---- construction ---------------------------------------------------------------------------- */

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* A float with an optional sign at s[*i]; 1 when one was read. */
static int scan_signed(const char *s, size_t n, size_t *i, double *out)
{
    size_t j = *i;
    int negative = 0;
    if (j < n && (s[j] == '+' || s[j] == '-'))
        negative = s[j++] == '-';
    size_t len = mp_float_scan(s + j, n - j, out);
    if (len == 0)
        return 0;
    if (negative)
        *out = -*out;
    *i = j + len;
    return 1;
}

static int is_j(const char *s, size_t n, size_t i) { return i < n && (s[i] | 0x20) == 'j'; }

/* The forms CPython accepts, inside optional parentheses: <float>,
 * <float>j, <float><signed float>j, and the short <float><sign>j, <sign>j,
 * j.  1 with the value, 0 if malformed. */
static int parse_complex(const char *s, size_t n, cval *out)
{
    size_t i = 0;
    int bracket = 0;
    double x = 0.0, y = 0.0, z;
    while (i < n && is_space(s[i]))
        i++;
    if (i < n && s[i] == '(') {
        bracket = 1;
        for (i++; i < n && is_space(s[i]); i++)
            ;
    }
    if (scan_signed(s, n, &i, &z)) {
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = z;
            if (!scan_signed(s, n, &i, &y))
                y = s[i++] == '+' ? 1.0 : -1.0;
            if (!is_j(s, n, i++))
                return 0;
        } else if (is_j(s, n, i)) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        y = 1.0;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            y = s[i++] == '+' ? 1.0 : -1.0;
        if (!is_j(s, n, i++))
            return 0;
    }
    while (i < n && is_space(s[i]))
        i++;
    if (bracket) {
        if (i >= n || s[i] != ')')
            return 0;
        for (i++; i < n && is_space(s[i]); i++)
            ;
    }
    if (i != n)
        return 0;
    *out = (cval){x, y};
    return 1;
}

/* Drops the underscores of s (each must sit between two digits, else 0,
 * as CPython's _Py_string_to_number_with_underscores checks). */
static int drop_underscores(mp_buf *b)
{
    size_t k = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (c == '_') {
            if (i == 0 || !is_digit(b->data[i - 1]) || i + 1 >= b->len ||
                !is_digit(b->data[i + 1]))
                return 0;
            continue;
        }
        b->data[k++] = c;
    }
    b->len = k;
    return 1;
}

/* complex(s) for a str: 0, or -1 with ValueError. */
static int from_string(mp_obj s, cval *out)
{
    mp_buf b = MP_BUF_INIT;
    mp_number_text_to_ascii(&b, mp_str_utf8(s), mp_str_nbytes(s));
    if (b.failed) {
        mp_buf_free(&b);
        mp_err_no_memory();
        return -1;
    }
    int clean = b.len == 0 || drop_underscores(&b);
    int ok = clean && parse_complex(b.data ? b.data : "", b.len, out);
    mp_buf_free(&b);
    if (!ok && mp_err_occurred())
        return -1;
    if (!clean)
        mp_err_format(&mp_type_ValueError, "could not convert string to complex: %R", s);
    else if (!ok)
        mp_err_set_str(&mp_type_ValueError, "complex() arg is a malformed string");
    return ok ? 0 : -1;
}

static int is_number(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return mp_complex_check(o) || (t->as_number && (t->as_number->float_ || t->as_number->index));
}

/* The value of one argument: a complex's parts, or a real number's value
 * with 0.0 as its imaginary part. */
static int arg_value(mp_obj o, cval *out)
{
    if (mp_complex_check(o)) {
        *out = CPART(o);
        return 0;
    }
    out->im = 0.0;
    return mp_float_as_double(o, &out->re);
}

/* r.__complex__() if r's type defines it: 1 with a new reference in *out,
 * 0 if it does not, -1 on error. */
static int special_complex(mp_obj r, mp_obj *out)
{
    if (mp_type_of(r) == &mp_type_complex || !mp_type_lookup(mp_type_of(r), MP_NAME(__complex__)))
        return 0;
    *out = mp_call_method(r, "__complex__", NULL, 0);
    if (!*out)
        return -1;
    if (!mp_complex_check(*out)) {
        mp_err_format(&mp_type_TypeError, "__complex__ returned non-complex (type %s)",
                      mp_type_of(*out)->name);
        mp_decref(*out);
        return -1;
    }
    return 1;
}

static int values_from_args(mp_obj r, mp_obj i, cval *out)
{
    mp_obj own = NULL;
    if (i && mp_str_check(i)) {
        mp_err_set_str(&mp_type_TypeError, "complex() second arg can't be a string");
        return -1;
    }
    if (special_complex(r, &own) < 0)
        return -1;
    if (own)
        r = own;
    int bad = !is_number(r);
    if (bad)
        mp_err_format(&mp_type_TypeError,
                      "complex() first argument must be a string or a number, not '%s'",
                      mp_type_of(r)->name);
    else if (i && !is_number(i))
        bad = 1, mp_err_format(&mp_type_TypeError,
                               "complex() second argument must be a number, not '%s'",
                               mp_type_of(i)->name);
    cval cr, ci = {0.0, 0.0};
    if (!bad)
        bad = arg_value(r, &cr) < 0 || (i && arg_value(i, &ci) < 0);
    int r_complex = !bad && mp_complex_check(r);
    mp_xdecref(own);
    if (bad)
        return -1;
    /* cr + ci*1j without multiplying out; parts are only added when they
     * came from complex arguments, so complex(1.5, -0.0) keeps its -0.0. */
    if (!i)
        ci.re = cr.im;
    else if (mp_complex_check(i))
        cr.re -= ci.im;
    if (r_complex && i)
        ci.re += cr.im;
    *out = (cval){cr.re, ci.re};
    return 0;
}

static mp_obj complex_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"real", "imag", NULL};
    mp_obj r, i;
    if (mp_arg_parse(args, nargs, kwnames, "complex", kwlist, 0, 2, &r, &i) < 0)
        return NULL;
    cval v = {0.0, 0.0};
    if (r && !i && type == &mp_type_complex && mp_type_of(r) == &mp_type_complex)
        return mp_newref(r);
    if (r && mp_str_check(r)) {
        if (i)
            return mp_err_set_str(&mp_type_TypeError,
                                  "complex() can't take second arg if first is a string");
        if (from_string(r, &v) < 0)
            return NULL;
    } else if (r || i) {
        if (values_from_args(r ? r : mp_small(0), i, &v) < 0)
            return NULL;
    }
    mp_complex *c = (mp_complex *)mp_obj_alloc(type);
    if (c) {
        c->real = v.re;
        c->imag = v.im;
    }
    return (mp_obj)c;
}

static void complex_dealloc(mp_obj self) { mp_obj_free(self); }

static const mp_number_methods complex_as_number = {
    .add = complex_add,
    .subtract = complex_sub,
    .multiply = complex_mul,
    .power = complex_pow,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .bool_ = complex_bool,
    .true_divide = complex_div,
};

mp_type mp_type_complex = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "complex",
    .basicsize = sizeof(mp_complex),
    .flags = MP_TPFLAGS_BASETYPE,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattro = mp_obj_generic_getattr,
    .new_ = complex_new,
    .as_number = &complex_as_number,
    .methods = complex_methods,
    .getsets = complex_getsets,
};

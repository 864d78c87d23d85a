/* Python's text forms of constants, byte for byte as CPython 3.11 writes
 * them: repr() of float, complex, str, bytes and int literals, and the
 * float formatter behind format(), str.format and %-formatting
 * (CPython's PyOS_double_to_string).  Everything appends to an mp_buf,
 * which remembers allocation failure (see buf.h).
 *
 * The AST dumper uses these today; the object system's repr slots will
 * call the same functions, so that a constant prints the same either way.
 */
#ifndef MINIPY_PYREPR_H
#define MINIPY_PYREPR_H

#include <stddef.h>

#include "minipy/buf.h"

/* Flags of mp_format_double, as CPython's Py_DTSF_* flags. */
enum {
    MP_DTOA_SIGN = 1,      /* '+' before a non-negative number */
    MP_DTOA_ADD_DOT_0 = 2, /* '1.0', not '1', when the result is integral */
    MP_DTOA_ALT = 4,       /* '#': keep a trailing '.' and 'g' zeros */
    MP_DTOA_NO_NEG_0 = 8   /* 'z': a result that rounds to -0 prints as 0 */
};

/* Appends d formatted as CPython formats a float:
 *   'e', 'E'  exponent form, precision digits after the point;
 *   'f', 'F'  fixed form, precision digits after the point;
 *   'g', 'G'  general form, precision significant digits (0 means 1);
 *   'r'       repr: the shortest digits that read back as d (precision
 *             is ignored), exponent form when the exponent is < -4 or
 *             >= 16.
 * Upper-case types print 'E', 'INF' and 'NAN'.  A NaN never gets a '-'.
 * Returns 0, or -1 for an unknown type (nothing is appended). */
int mp_format_double(mp_buf *b, double d, char type, int precision, int flags);

/* repr(d) of a float: '0.1', '1e+16', '1.5e-07', '100.0', 'inf', 'nan',
 * '-0.0'. */
void mp_repr_double(mp_buf *b, double d);

/* repr(complex(real, imag)): '1j', '(1+2j)', '(-0-1j)', 'infj'. */
void mp_repr_complex(mp_buf *b, double real, double imag);

/* repr() of a str held as UTF-8 text[0..len); lone surrogates are
 * three-byte sequences (WTF-8) and print as '\udXXX'.  Bytes that are not
 * UTF-8 at all (which minipy's strings never hold) print as '\xNN'. */
void mp_repr_str(mp_buf *b, const char *text, size_t len);

/* repr() of bytes: b'...' with \t \n \r \\ \xNN escapes. */
void mp_repr_bytes(mp_buf *b, const char *data, size_t len);

/* The decimal text of the integer whose digits (no sign, prefix or
 * underscores) are digits[0..len) in base 2, 8, 10 or 16.  Any size.
 * Returns 0, or -1 when the digits are not valid in base (nothing is
 * appended). */
int mp_repr_int_text(mp_buf *b, const char *digits, size_t len, int base);

#endif

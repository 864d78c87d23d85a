/* The format-spec mini-language of format(), str.format and f-strings
 * (objects/format_spec.c):
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * A spec is parsed once into an mp_format_spec, with CPython 3.11's error
 * messages, and then applied by the __format__ of int, float, complex and
 * str.  Widths count code points; the fill may be any character. */
#ifndef MINIPY_FORMAT_SPEC_H
#define MINIPY_FORMAT_SPEC_H

#include <stdint.h>

#include "minipy/object.h"

typedef struct mp_format_spec {
    uint32_t fill;          /* the fill character (a code point), ' ' by default */
    char fill_given;        /* the spec named a fill character (or the 0 flag) */
    char align;             /* '<', '>', '^', '=' */
    char align_given;       /* the spec named the alignment (or the 0 flag) */
    char sign;              /* '+', '-', ' ', or 0 when not given */
    char no_neg_zero;       /* 'z': a negative zero prints as zero */
    char alternate;         /* '#' */
    char thousands;         /* ',' or '_', or 0 */
    intptr_t width;         /* -1 when not given */
    intptr_t precision;     /* -1 when not given */
    uint32_t type;          /* the presentation type (a code point), or 0 */
} mp_format_spec;

/* Parses the str spec for an object of type `type_name` (used in the error
 * messages).  default_type is the type a missing one stands for in the
 * grouping checks ('d' for int, 's' for str, 0 for float and complex);
 * default_align the alignment used when none is given ('>' numbers, '<'
 * str).  Returns 0, or -1 with ValueError. */
int mp_format_spec_parse(mp_obj spec, const char *type_name, char default_type,
                         char default_align, mp_format_spec *out);

/* format(value, spec) for the built-in types; spec is a str (may be empty:
 * str(value)).  New references, or NULL with the exception set. */
mp_obj mp_format_str(mp_obj spec, mp_obj value);
mp_obj mp_format_int(mp_obj spec, mp_obj value);
mp_obj mp_format_float(mp_obj spec, mp_obj value);
mp_obj mp_format_complex(mp_obj spec, mp_obj value);

#endif

/* Unicode character properties, answered as CPython 3.11 answers them
 * (the tables are generated at build time from CPython's own unicodedata,
 * see tools/gen_unicode.py). */
#ifndef MINIPY_UNICODE_H
#define MINIPY_UNICODE_H

#include <stddef.h>
#include <stdint.h>

int mp_unicode_is_xid_start(uint32_t cp);    /* may start an identifier ('_' too) */
int mp_unicode_is_xid_continue(uint32_t cp); /* may continue an identifier */
int mp_unicode_is_printable(uint32_t cp);    /* str.isprintable() of chr(cp) */

/* The code point named name[0..len) in a \N{...} escape, as CPython 3.11
 * looks it up: Unicode names and name aliases, any case; the computed
 * names 'CJK UNIFIED IDEOGRAPH-XXXX' and 'HANGUL SYLLABLE ...' in upper
 * case only.  Returns 1 and stores it, or 0 when no character has that
 * name.  (unicode_names.c) */
int mp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

/* Decodes one UTF-8 sequence at s (at most n bytes).  Returns its length
 * and stores the code point, or returns 0 when the bytes are not valid
 * UTF-8 (overlong forms, surrogates and values past 0x10FFFF included). */
int mp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* ---- the character database behind str's methods ------------------------
 * mp_unicode_flags(cp) answers each of str's one-character predicates at
 * once: test a bit with `mp_unicode_flags(cp) & MP_UC_ALPHA`.  The bits mean
 * what CPython's Py_UNICODE_IS* macros mean (LOWER and UPPER are the
 * Lowercase and Uppercase properties, TITLE is category Lt, CASED and
 * CASE_IGNORABLE are the properties title() and the final-sigma rule of
 * lower() use). */
enum {
    MP_UC_ALPHA = 1u << 0,
    MP_UC_DECIMAL = 1u << 1,
    MP_UC_DIGIT = 1u << 2,
    MP_UC_NUMERIC = 1u << 3,
    MP_UC_SPACE = 1u << 4,
    MP_UC_LOWER = 1u << 5,
    MP_UC_UPPER = 1u << 6,
    MP_UC_TITLE = 1u << 7,
    MP_UC_CASED = 1u << 8,
    MP_UC_CASE_IGNORABLE = 1u << 9,
    MP_UC_PRINTABLE = 1u << 10,
    MP_UC_XID_START = 1u << 11,
    MP_UC_XID_CONTINUE = 1u << 12,
};
unsigned mp_unicode_flags(uint32_t cp);
/* The value 0-9 of a decimal digit (any script's), or -1. */
int mp_unicode_decimal(uint32_t cp);

/* Full case mappings, as str.lower() etc. map one character: store up to
 * MP_UNICODE_MAX_MAPPING code points in out and return how many ('\u00df'
 * upper-cases to "SS", 'I' with a dot above lower-cases to two).  lower is
 * the mapping without context: str.lower() also applies the final-sigma
 * rule, which needs the characters around. */
#define MP_UNICODE_MAX_MAPPING 3
int mp_unicode_to_lower(uint32_t cp, uint32_t *out);
int mp_unicode_to_upper(uint32_t cp, uint32_t *out);
int mp_unicode_to_title(uint32_t cp, uint32_t *out);
int mp_unicode_to_fold(uint32_t cp, uint32_t *out);

/* The line boundaries of str.splitlines(): \n \r \v \f \x1c \x1d \x1e
 * \x85 \u2028 \u2029 (\r\n is one boundary, seen by the caller). */
static inline int mp_unicode_is_linebreak(uint32_t cp)
{
    return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
           cp == 0x2028 || cp == 0x2029;
}

/* Decodes the code point at *p from minipy's own strings (valid UTF-8,
 * lone surrogates as three-byte sequences) and moves *p past it.  Use
 * mp_utf8_decode for bytes from outside. */
static inline uint32_t mp_utf8_next(const char **p)
{
    const unsigned char *u = (const unsigned char *)*p;
    uint32_t c = u[0];
    if (c < 0x80) {
        *p += 1;
        return c;
    }
    if (c < 0xE0) {
        *p += 2;
        return ((c & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if (c < 0xF0) {
        *p += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *p += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

/* The code point that ends just before *p (at or after start), moving *p
 * back to its first byte. */
static inline uint32_t mp_utf8_prev(const char **p)
{
    const char *q = *p - 1;
    while (((unsigned char)*q & 0xC0) == 0x80)
        q--;
    *p = q;
    return mp_utf8_next(&q);
}

/* Writes cp as UTF-8 (surrogates as three bytes) to out; returns the
 * number of bytes, 1 to 4. */
static inline int mp_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

struct mp_buf;


/* ---- unicodedata: the rest of the Unicode Character Database 14.0.0 -----
 * As CPython 3.11's unicodedata module answers (the tables are read back
 * from it by tools/gen_unicode.py). */

/* Writes the name of cp ('LATIN SMALL LETTER A', the computed Hangul and
 * CJK names included; never an alias) to out, NUL-terminated, and returns
 * its length; 0 when cp has no name.  (unicode_names.c) */
#define MP_UNICODE_NAME_MAX 256
size_t mp_unicode_name(uint32_t cp, char out[MP_UNICODE_NAME_MAX]);
/* The named sequence called name[0..len) (any case; 'LATIN CAPITAL
 * LETTER A WITH MACRON AND GRAVE'), which unicodedata.lookup() accepts
 * and \N{...} does not: its number of code points, stored at *cps, or 0.
 * (unicode_names.c) */
int mp_unicode_lookup_sequence(const char *name, size_t len, const uint32_t **cps);

/* The properties of one code point (unicode_props.c): the two-letter
 * general category ("Lu", "Cn" for unassigned), the bidirectional class
 * ("" for none), the East Asian width ("N", "Na", "A", "F", "W", "H"),
 * the canonical combining class (0-254) and the mirrored flag. */
const char *mp_unicode_category(uint32_t cp);
const char *mp_unicode_bidirectional(uint32_t cp);
const char *mp_unicode_east_asian_width(uint32_t cp);
int mp_unicode_combining(uint32_t cp);
int mp_unicode_mirrored(uint32_t cp);
/* The numeric value of cp (0.5 for VULGAR FRACTION ONE HALF): 1 with it
 * stored, or 0 when cp is not numeric.  digit: the value 0-9 of a digit
 * ('\u00b2' too), or -1. */
int mp_unicode_numeric(uint32_t cp, double *value);
int mp_unicode_digit(uint32_t cp);
/* The decomposition mapping of cp, one level deep: its number of code
 * points (0 when it has none; Hangul syllables have none here), stored
 * at *cps, and its tag ("" for a canonical mapping or none, "<compat>",
 * "<fraction>", ...) at *tag. */
int mp_unicode_decomposition(uint32_t cp, const char **tag, const uint32_t **cps);

/* The four normalization forms, in the order of the quick-check bits. */
typedef enum { MP_NFC, MP_NFD, MP_NFKC, MP_NFKD } mp_unicode_form;
/* Whether cp alone is certainly in the form (the Unicode quick check
 * says yes): a string of such characters whose combining classes do not
 * decrease is, and CPython returns it as it is.  (unicode_props.c) */
int mp_unicode_quick_yes(uint32_t cp, mp_unicode_form form);
/* Appends the normal form of minipy's text s[0..len) (UTF-8, lone
 * surrogates allowed, which stay as they are) to out: decomposition
 * (canonical, or compatibility for the K forms; Hangul by its formulas),
 * canonical ordering, then canonical composition for NFC and NFKC.
 * 0, or -1 when memory runs out.  (unicode_norm.c) */
int mp_unicode_normalize(mp_unicode_form form, const char *s, size_t len, struct mp_buf *out);

#endif

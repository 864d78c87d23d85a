/* Unicode properties and case mappings over the generated character
 * database (see unicode.h, tools/gen_unicode.py). */
#include <stdint.h>

#include "minipy/unicode.h"
#define MP_UCD_CHARS
#include "unicode_db.h"

int mp_unicode_is_xid_start(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return (mp_unicode_flags(cp) & MP_UC_XID_START) != 0;
}

int mp_unicode_is_xid_continue(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
               (cp >= '0' && cp <= '9');
    return (mp_unicode_flags(cp) & MP_UC_XID_CONTINUE) != 0;
}

int mp_unicode_is_printable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return (mp_unicode_flags(cp) & MP_UC_PRINTABLE) != 0;
}

int mp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

/* ---- the character database ------------------------------------------------ */

_Static_assert(MP_UC_XID_CONTINUE == MP_UCD_XID_CONTINUE && MP_UC_CASED == MP_UCD_CASED &&
                   MP_UC_PRINTABLE == MP_UCD_PRINTABLE,
               "unicode.h's flags are the generated table's");

static const mp_ucd_record *record(uint32_t cp)
{
    if (cp > 0x10FFFF)
        return &mp_ucd_records[0];
    unsigned block = mp_ucd_index1[cp >> MP_UCD_SHIFT];
    return &mp_ucd_records[mp_ucd_index2[(block << MP_UCD_SHIFT) | (cp & ((1u << MP_UCD_SHIFT) - 1))]];
}

unsigned mp_unicode_flags(uint32_t cp)
{
    return record(cp)->flags & ((1u << 13) - 1);
}

int mp_unicode_decimal(uint32_t cp)
{
    uint32_t f = record(cp)->flags;
    return (f & MP_UCD_DECIMAL) ? (int)((f >> MP_UCD_DECIMAL_SHIFT) & 0xF) : -1;
}

/* A mapping field is a delta from cp, or (with its ext flag) a length and
 * an index into mp_ucd_case_ext. */
static int map(uint32_t cp, int32_t field, int ext, uint32_t *out)
{
    if (!ext) {
        out[0] = (uint32_t)((int32_t)cp + field);
        return 1;
    }
    int n = (int)((uint32_t)field >> 24);
    const uint32_t *m = &mp_ucd_case_ext[(uint32_t)field & 0xFFFFFF];
    for (int i = 0; i < n; i++)
        out[i] = m[i];
    return n;
}

int mp_unicode_to_lower(uint32_t cp, uint32_t *out)
{
    const mp_ucd_record *r = record(cp);
    return map(cp, r->lower, r->flags & MP_UCD_LOWER_EXT, out);
}

int mp_unicode_to_upper(uint32_t cp, uint32_t *out)
{
    const mp_ucd_record *r = record(cp);
    return map(cp, r->upper, r->flags & MP_UCD_UPPER_EXT, out);
}

int mp_unicode_to_title(uint32_t cp, uint32_t *out)
{
    const mp_ucd_record *r = record(cp);
    return map(cp, r->title, r->flags & MP_UCD_TITLE_EXT, out);
}

int mp_unicode_to_fold(uint32_t cp, uint32_t *out)
{
    const mp_ucd_record *r = record(cp);
    return map(cp, r->fold, r->flags & MP_UCD_FOLD_EXT, out);
}

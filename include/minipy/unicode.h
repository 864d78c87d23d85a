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

#endif

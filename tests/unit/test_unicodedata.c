/* The character database behind unicodedata (src/util/unicode_names.c,
 * unicode_props.c, unicode_norm.c), checked over every code point for
 * what must hold whatever CPython answers: each name looks up its own
 * code point, decomposition mappings point at assigned characters, the
 * normal forms are stable and canonically ordered, and the quick checks
 * never claim a
 * character is normalized when it is not.  (CPython's own answers are
 * checked by tests/py/unicodedata_*.) */
#include <criterion/criterion.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/unicode.h"

static int is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/* The normal form of one code point, as code points in out; the count. */
static size_t normalize_cp(mp_unicode_form form, uint32_t cp, uint32_t *out, size_t max)
{
    char in[4];
    int n = mp_utf8_encode(cp, in);
    mp_buf b = MP_BUF_INIT;
    cr_assert_eq(mp_unicode_normalize(form, in, (size_t)n, &b), 0);
    size_t k = 0;
    const char *p = b.data ? b.data : "", *end = p + b.len;
    while (p < end) {
        cr_assert_lt(k, max);
        out[k++] = mp_utf8_next(&p);
    }
    mp_buf_free(&b);
    return k;
}

Test(unicodedata, names_round_trip)
{
    char name[MP_UNICODE_NAME_MAX];
    size_t named = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        size_t len = mp_unicode_name(cp, name);
        if (len == 0)
            continue;
        named++;
        cr_assert_eq(strlen(name), len);
        uint32_t back;
        cr_assert(mp_unicode_lookup_name(name, len, &back), "%04X %s", cp, name);
        cr_assert_eq(back, cp, "%s", name);
    }
    /* As many as CPython 3.11's unicodedata.name() names. */
    cr_assert_eq(named, 138552);
    cr_assert_eq(mp_unicode_name(0x110000, name), 0);
}

Test(unicodedata, sequences)
{
    const uint32_t *cps;
    cr_assert_eq(mp_unicode_lookup_sequence("KEYCAP DIGIT ONE", 16, &cps), 3);
    cr_assert(cps[0] == '1' && cps[1] == 0xFE0F && cps[2] == 0x20E3);
    cr_assert_eq(mp_unicode_lookup_sequence("keycap digit one", 16, &cps), 3);
    cr_assert_eq(mp_unicode_lookup_sequence("KEYCAP DIGIT ON", 15, &cps), 0);
    cr_assert_eq(mp_unicode_lookup_sequence("", 0, &cps), 0);
    uint32_t cp;
    /* \N{...} does not take them. */
    cr_assert_eq(mp_unicode_lookup_name("KEYCAP DIGIT ONE", 16, &cp), 0);
}

Test(unicodedata, decompositions)
{
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        const char *tag;
        const uint32_t *cps;
        int n = mp_unicode_decomposition(cp, &tag, &cps);
        if (n == 0) {
            cr_assert_str_eq(tag, "");
            continue;
        }
        cr_assert(tag[0] == '\0' || tag[0] == '<', "%04X", cp);
        for (int i = 0; i < n; i++)
            cr_assert_str_neq(mp_unicode_category(cps[i]), "Cn", "%04X", cp);
    }
}

Test(unicodedata, normal_forms_are_stable_and_ordered)
{
    uint32_t a[32], b[32];
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (is_surrogate(cp))
            continue;
        for (int f = MP_NFC; f <= MP_NFKD; f++) {
            size_t n = normalize_cp((mp_unicode_form)f, cp, a, 32);
            cr_assert_gt(n, 0);
            /* Canonically ordered: no mark after one of a higher class. */
            for (size_t i = 1; i < n; i++) {
                int c = mp_unicode_combining(a[i]), prev = mp_unicode_combining(a[i - 1]);
                cr_assert(c == 0 || prev <= c, "%04X form %d", cp, f);
            }
            /* Stable: normalising the result again changes nothing. */
            mp_buf t = MP_BUF_INIT;
            for (size_t i = 0; i < n; i++)
                mp_buf_put_utf8(&t, a[i]);
            mp_buf u = MP_BUF_INIT;
            cr_assert_eq(mp_unicode_normalize((mp_unicode_form)f, t.data, t.len, &u), 0);
            cr_assert(u.len == t.len && memcmp(u.data, t.data, t.len) == 0, "%04X form %d", cp,
                      f);
            /* The quick check says yes only when the form is cp itself. */
            if (mp_unicode_quick_yes(cp, (mp_unicode_form)f))
                cr_assert(n == 1 && a[0] == cp, "%04X form %d", cp, f);
            mp_buf_free(&t);
            mp_buf_free(&u);
        }
        /* NFD of NFC is NFD. */
        size_t n = normalize_cp(MP_NFC, cp, a, 32);
        mp_buf t = MP_BUF_INIT;
        for (size_t i = 0; i < n; i++)
            mp_buf_put_utf8(&t, a[i]);
        size_t m = normalize_cp(MP_NFD, cp, b, 32);
        mp_buf u = MP_BUF_INIT;
        cr_assert_eq(mp_unicode_normalize(MP_NFD, t.data, t.len, &u), 0);
        mp_buf v = MP_BUF_INIT;
        for (size_t i = 0; i < m; i++)
            mp_buf_put_utf8(&v, b[i]);
        cr_assert(u.len == v.len && memcmp(u.data, v.data, v.len) == 0, "%04X", cp);
        mp_buf_free(&t);
        mp_buf_free(&u);
        mp_buf_free(&v);
    }
}

Test(unicodedata, hangul)
{
    uint32_t a[4];
    /* GAG: L V T, and back. */
    cr_assert_eq(normalize_cp(MP_NFD, 0xAC01, a, 4), 3);
    cr_assert(a[0] == 0x1100 && a[1] == 0x1161 && a[2] == 0x11A8);
    mp_buf b = MP_BUF_INIT;
    cr_assert_eq(mp_unicode_normalize(MP_NFC, "\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", 9, &b), 0);
    cr_assert_str_eq(b.data, "\xea\xb0\x81");
    mp_buf_free(&b);
    char name[MP_UNICODE_NAME_MAX];
    cr_assert_eq(mp_unicode_name(0xD7A3, name), strlen("HANGUL SYLLABLE HIH"));
    cr_assert_str_eq(name, "HANGUL SYLLABLE HIH");
    cr_assert_eq(mp_unicode_decomposition(0xAC00, &(const char *){NULL}, &(const uint32_t *){NULL}),
                 0);
}

Test(unicodedata, lone_surrogates_pass_through)
{
    mp_buf b = MP_BUF_INIT;
    /* 'a', U+DC00, U+0301: the mark cannot reach the 'a'. */
    cr_assert_eq(mp_unicode_normalize(MP_NFC, "a\xed\xb0\x80\xcc\x81", 6, &b), 0);
    cr_assert_eq(b.len, 6);
    cr_assert(memcmp(b.data, "a\xed\xb0\x80\xcc\x81", 6) == 0);
    mp_buf_free(&b);
}

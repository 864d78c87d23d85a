/* Unicode normalisation, the four forms of unicodedata.normalize (UAX
 * #15): decompose every character fully (canonical mappings, plus the
 * compatibility ones for NFKD and NFKC; Hangul syllables by their
 * formulas), put each run of combining marks in canonical order (a
 * stable sort by combining class), then for NFC and NFKC compose each
 * mark with the last starter before it unless a mark in between blocks
 * it.  The mappings and combining classes come from unicode_props.c,
 * the compositions from the generated table. */
#include <stdint.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/mem.h"
#include "minipy/unicode.h"

#define MP_UCD_COMPOSE
#include "unicode_db.h"

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

/* Hangul syllables: S = SBASE + (L * VCOUNT + V) * TCOUNT + T. */
enum { SBASE = 0xAC00, LBASE = 0x1100, VBASE = 0x1161, TBASE = 0x11A7,
       LCOUNT = 19, VCOUNT = 21, TCOUNT = 28, NCOUNT = VCOUNT * TCOUNT,
       SCOUNT = LCOUNT * NCOUNT };

/* The text being normalised, one code point and its combining class a
 * slot. */
typedef struct {
    uint32_t cp;
    uint8_t ccc;
} slot;

typedef struct {
    slot *s;
    size_t n, cap;
} slots;

static int push(slots *v, uint32_t cp)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        slot *s = mp_realloc(v->s, cap * sizeof(slot));
        if (!s)
            return -1;
        v->s = s;
        v->cap = cap;
    }
    v->s[v->n].cp = cp;
    v->s[v->n].ccc = (uint8_t)mp_unicode_combining(cp);
    v->n++;
    return 0;
}

/* Appends the full decomposition of cp.  The mappings nest only a few
 * levels deep (the data's own), so recursion is bounded. */
static int decompose(slots *v, uint32_t cp, int compat)
{
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        if (push(v, LBASE + s / NCOUNT) < 0 || push(v, VBASE + (s % NCOUNT) / TCOUNT) < 0)
            return -1;
        return s % TCOUNT ? push(v, TBASE + s % TCOUNT) : 0;
    }
    const char *tag;
    const uint32_t *cps;
    int n = mp_unicode_decomposition(cp, &tag, &cps);
    if (n == 0 || (tag[0] && !compat))
        return push(v, cp);
    for (int i = 0; i < n; i++)
        if (decompose(v, cps[i], compat) < 0)
            return -1;
    return 0;
}

/* Canonical ordering: an insertion sort of each run of marks (nonzero
 * classes) by class, which keeps marks of one class in their order. */
static void reorder(slots *v)
{
    for (size_t i = 1; i < v->n; i++) {
        slot x = v->s[i];
        size_t j = i;
        if (x.ccc == 0)
            continue;
        while (j > 0 && v->s[j - 1].ccc > x.ccc) {
            v->s[j] = v->s[j - 1];
            j--;
        }
        v->s[j] = x;
    }
}

/* The primary composite of a and b, or 0. */
static uint32_t compose_pair(uint32_t a, uint32_t b)
{
    if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT)
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
    if (a >= SBASE && a < SBASE + SCOUNT && (a - SBASE) % TCOUNT == 0 && b > TBASE &&
        b < TBASE + TCOUNT)
        return a + (b - TBASE);
    size_t lo = 0, hi = COUNT(mp_ucd_compose);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uint32_t *e = mp_ucd_compose[mid];
        if (e[0] < a || (e[0] == a && e[1] < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < COUNT(mp_ucd_compose) && mp_ucd_compose[lo][0] == a && mp_ucd_compose[lo][1] == b)
        return mp_ucd_compose[lo][2];
    return 0;
}

/* Canonical composition in place.  A character c after the last starter
 * S is blocked from it when a character between them has class 0 or a
 * class not below c's; the kept characters are s[0..w), and last is the
 * class of the last one kept after S. */
static void compose(slots *v)
{
    size_t w = 0, starter = 0;
    int have_starter = 0, last = 0;
    for (size_t i = 0; i < v->n; i++) {
        slot x = v->s[i];
        if (have_starter) {
            int adjacent = w == starter + 1;
            if (adjacent || (last != 0 && last < x.ccc)) {
                uint32_t c = compose_pair(v->s[starter].cp, x.cp);
                if (c) {
                    v->s[starter].cp = c;
                    v->s[starter].ccc = (uint8_t)mp_unicode_combining(c);
                    continue;
                }
            }
        }
        if (x.ccc == 0) {
            starter = w;
            have_starter = 1;
        }
        last = x.ccc;
        v->s[w++] = x;
    }
    v->n = w;
}

int mp_unicode_normalize(mp_unicode_form form, const char *s, size_t len, mp_buf *out)
{
    int compat = form == MP_NFKC || form == MP_NFKD;
    slots v = {NULL, 0, 0};
    const char *p = s, *end = s + len;
    while (p < end) {
        if (decompose(&v, mp_utf8_next(&p), compat) < 0) {
            mp_free(v.s);
            return -1;
        }
    }
    reorder(&v);
    if (form == MP_NFC || form == MP_NFKC)
        compose(&v);
    for (size_t i = 0; i < v.n; i++)
        mp_buf_put_utf8(out, v.s[i].cp);
    mp_free(v.s);
    return out->failed ? -1 : 0;
}

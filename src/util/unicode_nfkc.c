/* NFKC normalisation, for identifiers (PEP 3131: the parser normalises
 * every non-ASCII name, so `µ` and `μ` are one variable).  The standard
 * algorithm: full compatibility decomposition, canonical ordering by
 * combining class, canonical composition; Hangul by its formulas. */
#include <stdint.h>
#include <string.h>

#include "minipy/buf.h"
#include "minipy/mem.h"
#include "minipy/unicode.h"

#define MP_UCD_NFKC
#include "unicode_db.h"

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

enum { SBASE = 0xAC00, LBASE = 0x1100, VBASE = 0x1161, TBASE = 0x11A7,
       LCOUNT = 19, VCOUNT = 21, TCOUNT = 28, NCOUNT = VCOUNT * TCOUNT,
       SCOUNT = LCOUNT * NCOUNT };

static int ccc_of(uint32_t cp)
{
    size_t lo = 0, hi = COUNT(mp_ucd_ccc);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (mp_ucd_ccc[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < COUNT(mp_ucd_ccc) && mp_ucd_ccc[lo][0] == cp ? (int)mp_ucd_ccc[lo][1] : 0;
}

/* The decomposition of cp: a pointer into the data and a count, or 0. */
static size_t decomposition(uint32_t cp, const uint32_t **out)
{
    size_t lo = 0, hi = COUNT(mp_ucd_nfkd_index);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (mp_ucd_nfkd_index[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == COUNT(mp_ucd_nfkd_index) || mp_ucd_nfkd_index[lo][0] != cp)
        return 0;
    *out = mp_ucd_nfkd_data + mp_ucd_nfkd_index[lo][1];
    return mp_ucd_nfkd_index[lo][2];
}

static uint32_t compose(uint32_t a, uint32_t b)
{
    if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT)
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
    if (a >= SBASE && a < SBASE + SCOUNT && (a - SBASE) % TCOUNT == 0 && b > TBASE &&
        b < TBASE + TCOUNT)
        return a + (b - TBASE);
    size_t lo = 0, hi = COUNT(mp_ucd_compose);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (mp_ucd_compose[mid][0] < a || (mp_ucd_compose[mid][0] == a && mp_ucd_compose[mid][1] < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < COUNT(mp_ucd_compose) && mp_ucd_compose[lo][0] == a && mp_ucd_compose[lo][1] == b)
        return mp_ucd_compose[lo][2];
    return 0;
}

/* Appends cp's full decomposition to buf[*n] (growing it as needed). */
static int decompose(uint32_t cp, uint32_t **buf, size_t *n, size_t *cap)
{
    const uint32_t *d;
    size_t k;
    uint32_t tmp[3];
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        tmp[0] = LBASE + s / NCOUNT;
        tmp[1] = VBASE + (s % NCOUNT) / TCOUNT;
        tmp[2] = TBASE + s % TCOUNT;
        d = tmp;
        k = tmp[2] == TBASE ? 2 : 3;
    } else {
        k = decomposition(cp, &d);
        if (!k) {
            d = &cp;
            k = 1;
        }
    }
    if (*n + k > *cap) {
        size_t nc = (*cap + k) * 2;
        uint32_t *nb = mp_realloc(*buf, nc * sizeof(uint32_t));
        if (!nb)
            return -1;
        *buf = nb;
        *cap = nc;
    }
    memcpy(*buf + *n, d, k * sizeof(uint32_t));
    *n += k;
    return 0;
}

int mp_unicode_nfkc(const char *s, size_t len, mp_buf *out)
{
    size_t n = 0, cap = len + 8;
    uint32_t *cps = mp_malloc(cap * sizeof(uint32_t));
    if (!cps)
        return -1;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = mp_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (k <= 0) {
            cp = (unsigned char)s[i];
            k = 1;
        }
        i += (size_t)k;
        if (decompose(cp, &cps, &n, &cap) < 0) {
            mp_free(cps);
            return -1;
        }
    }
    /* Canonical ordering: a stable sort of each run of combining marks. */
    for (size_t i = 1; i < n; i++) {
        int c = ccc_of(cps[i]);
        size_t j = i;
        while (c && j > 0 && ccc_of(cps[j - 1]) > c) {
            uint32_t t = cps[j];
            cps[j] = cps[j - 1];
            cps[j - 1] = t;
            j--;
        }
    }
    /* Canonical composition. */
    size_t starter = 0, w = n ? 1 : 0;
    int last_ccc = n && ccc_of(cps[0]) ? 256 : 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t cp = cps[i];
        int c = ccc_of(cp);
        uint32_t comp = compose(cps[starter], cp);
        if (comp && (last_ccc < c || (last_ccc == 0 && w == starter + 1))) {
            cps[starter] = comp;
            continue;
        }
        if (c == 0) {
            starter = w;
            last_ccc = 0;
        } else {
            last_ccc = c;
        }
        cps[w++] = cp;
    }
    for (size_t i = 0; i < w; i++)
        mp_buf_put_utf8(out, cps[i]);
    mp_free(cps);
    return out->failed ? -1 : 0;
}

/* The codecs behind str.encode, bytes.decode and str(b, encoding): utf-8,
 * ascii and latin-1, under CPython's names and aliases, with CPython's
 * error handlers and its UnicodeEncodeError / UnicodeDecodeError (whose
 * start and end cover the same characters or bytes as CPython's, so that
 * their messages read the same).  Text that needs no handler takes a fast
 * path: an ASCII str encodes to a copy of its bytes. */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/unicode.h"

enum codec { UTF8, ASCII, LATIN1 };

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* encodings.aliases for the three codecs. */
static const struct {
    const char *name;
    enum codec codec;
} aliases[] = {
    {"u8", UTF8}, {"utf", UTF8}, {"utf8", UTF8}, {"utf8_ucs2", UTF8}, {"utf8_ucs4", UTF8},
    {"cp65001", UTF8},
    {"646", ASCII}, {"ansi_x3.4_1968", ASCII}, {"ansi_x3.4_1986", ASCII},
    {"ansi_x3_4_1968", ASCII}, {"cp367", ASCII}, {"csascii", ASCII}, {"ibm367", ASCII},
    {"iso646_us", ASCII}, {"iso_646.irv_1991", ASCII}, {"iso_ir_6", ASCII}, {"us", ASCII},
    {"us_ascii", ASCII},
    {"8859", LATIN1}, {"cp819", LATIN1}, {"csisolatin1", LATIN1}, {"ibm819", LATIN1},
    {"iso8859", LATIN1}, {"iso8859_1", LATIN1}, {"iso_8859_1", LATIN1},
    {"iso_8859_1_1987", LATIN1}, {"iso_ir_100", LATIN1}, {"l1", LATIN1}, {"latin", LATIN1},
    {"latin1", LATIN1},
};

/* CPython's bytes-to-bytes and str-to-str codecs and their aliases, which
 * str.encode and bytes.decode refuse by name. */
static const char *const transforms[] = {
    "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex",
    "quopri_codec", "quopri", "quotedprintable", "quoted_printable", "uu_codec", "uu",
    "zlib_codec", "zip", "zlib", "rot_13", "rot13",
};

/* The codecs' own names (their modules in CPython's encodings package). */
static const char *const module_names[] = {"utf_8", "ascii", "latin_1"};

static int alias_lookup(const char *name)
{
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(aliases[i].name, name) == 0)
            return (int)aliases[i].codec;
    return -1;
}

/* The codec an encoding name means, as CPython's search function finds
 * it: lower case, each run of characters other than letters, digits and
 * '.' made one '_' (none at the ends); then an alias (as it is, or with
 * '.' read as '_'), or else a codec's own name.  -1 with LookupError when
 * there is none. */
static int find_codec(const char *encoding, int decoding)
{
    if (!encoding)
        return UTF8;
    char norm[64], undotted[64];
    size_t n = 0;
    int punct = 0;
    for (const unsigned char *p = (const unsigned char *)encoding; *p; p++) {
        unsigned char c = *p;
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && c != '.') {
            punct = 1;
            continue;
        }
        if (n + 2 >= sizeof norm)
            goto unknown;
        if (punct && n)
            norm[n++] = '_';
        norm[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        punct = 0;
    }
    norm[n] = '\0';
    int codec = alias_lookup(norm);
    if (codec < 0) {
        for (size_t i = 0; i <= n; i++)
            undotted[i] = norm[i] == '.' ? '_' : norm[i];
        codec = alias_lookup(undotted);
    }
    for (int i = 0; codec < 0 && i < 3; i++)
        if (strcmp(norm, module_names[i]) == 0)
            codec = i;
    if (codec >= 0)
        return codec;
    for (size_t i = 0; i < sizeof transforms / sizeof transforms[0]; i++)
        if (strcmp(norm, transforms[i]) == 0) {
            mp_err_format(&mp_type_LookupError,
                          "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                          encoding, decoding ? "decode" : "encode");
            return -1;
        }
unknown:
    mp_err_format(&mp_type_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

enum handler { STRICT, IGNORE, REPLACE, BACKSLASHREPLACE, XMLCHARREFREPLACE, SURROGATEESCAPE,
               SURROGATEPASS, UNKNOWN_HANDLER };

static enum handler find_handler(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape", "surrogatepass"};
    if (!errors)
        return STRICT;
    for (int i = 0; i < UNKNOWN_HANDLER; i++)
        if (strcmp(errors, names[i]) == 0)
            return (enum handler)i;
    return UNKNOWN_HANDLER;
}

static mp_obj unknown_handler(const char *errors)
{
    return mp_err_format(&mp_type_LookupError, "unknown error handler name '%s'", errors);
}

/* Raises type(encoding, object, start, end, reason). */
static mp_obj raise_unicode_error(mp_type *type, const char *encoding, mp_obj object,
                                  intptr_t start, intptr_t end, const char *reason)
{
    mp_obj enc = mp_str_from_cstr(encoding), why = mp_str_from_cstr(reason);
    mp_obj s = mp_int_from_ssize(start), e = mp_int_from_ssize(end);
    mp_obj args = enc && why && s && e ? mp_tuple_pack(5, enc, object, s, e, why) : NULL;
    mp_xdecref(enc);
    mp_xdecref(why);
    mp_xdecref(s);
    mp_xdecref(e);
    if (!args)
        return NULL;
    mp_obj exc = mp_exc_new(type, args);
    mp_decref(args);
    if (!exc)
        return NULL;
    mp_err_set_exc(exc);
    mp_decref(exc);
    return NULL;
}

/* ---- encoding --------------------------------------------------------------------- */

static int encodable(enum codec codec, uint32_t c)
{
    switch (codec) {
    case ASCII: return c < 0x80;
    case LATIN1: return c < 0x100;
    default: return c < 0xD800 || c > 0xDFFF;
    }
}

static void put_encoded(mp_buf *b, enum codec codec, uint32_t c)
{
    if (codec == UTF8)
        mp_buf_put_utf8(b, c);
    else
        mp_buf_putc(b, (char)c);
}

/* Applies the handler to the characters [start, end) of s (at p, which
 * moves past them), which codec cannot encode.  0, or -1 with the error
 * raised. */
static int encode_error(mp_buf *b, enum codec codec, enum handler h, const char *errors,
                        mp_obj s, const char **p, intptr_t start, intptr_t end)
{
    const char *reason = codec == UTF8 ? "surrogates not allowed"
                         : codec == ASCII ? "ordinal not in range(128)"
                                          : "ordinal not in range(256)";
    for (intptr_t i = start; i < end; i++) {
        const char *at = *p;
        uint32_t c = mp_utf8_next(p);
        switch (h) {
        case IGNORE:
            break;
        case REPLACE:
            mp_buf_putc(b, '?');
            break;
        case BACKSLASHREPLACE:
            mp_buf_printf(b, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            break;
        case XMLCHARREFREPLACE:
            mp_buf_printf(b, "&#%u;", c);
            break;
        case SURROGATEESCAPE:
            if (c >= 0xDC80 && c <= 0xDCFF) {
                mp_buf_putc(b, (char)(c - 0xDC00));
                break;
            }
            raise_unicode_error(&mp_type_UnicodeEncodeError, codec_names[codec], s, i, end, reason);
            return -1;
        case SURROGATEPASS:
            if (codec == UTF8) {
                mp_buf_append(b, at, (size_t)(*p - at));
                break;
            }
            raise_unicode_error(&mp_type_UnicodeEncodeError, codec_names[codec], s, i, end, reason);
            return -1;
        case UNKNOWN_HANDLER:
            unknown_handler(errors);
            return -1;
        default:
            raise_unicode_error(&mp_type_UnicodeEncodeError, codec_names[codec], s, start, end, reason);
            return -1;
        }
    }
    return 0;
}

/* Whether s holds a surrogate (three bytes ED A0-BF xx). */
static int has_surrogate(const char *d, size_t n)
{
    const char *p = d, *end = d + n;
    while ((p = memchr(p, 0xED, (size_t)(end - p)))) {
        if (p + 1 < end && (unsigned char)p[1] >= 0xA0)
            return 1;
        p++;
    }
    return 0;
}

mp_obj mp_str_encode(mp_obj s, const char *encoding, const char *errors)
{
    int codec = find_codec(encoding, 0);
    if (codec < 0)
        return NULL;
    const char *d = mp_str_utf8(s);
    size_t n = mp_str_nbytes(s);
    if (((mp_str *)s)->ascii || (codec == UTF8 && !has_surrogate(d, n)))
        return mp_bytes_new(d, (intptr_t)n);
    enum handler h = find_handler(errors);
    mp_buf b = MP_BUF_INIT;
    const char *p = d, *end = d + n;
    intptr_t i = 0;
    while (p < end) {
        const char *at = p;
        uint32_t c = mp_utf8_next(&p);
        if (encodable((enum codec)codec, c)) {
            if (codec == UTF8)
                mp_buf_append(&b, at, (size_t)(p - at));
            else
                put_encoded(&b, (enum codec)codec, c);
            i++;
            continue;
        }
        /* The run of characters the codec cannot encode. */
        intptr_t start = i++;
        const char *q = p;
        while (q < end) {
            const char *r = q;
            if (encodable((enum codec)codec, mp_utf8_next(&r)))
                break;
            q = r;
            i++;
        }
        p = at;
        if (encode_error(&b, (enum codec)codec, h, errors, s, &p, start, i) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
    }
    if (b.failed) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    mp_obj r = mp_bytes_new(b.data ? b.data : "", (intptr_t)b.len);
    mp_buf_free(&b);
    return r;
}

/* ---- decoding ---------------------------------------------------------------------- */

/* The length of the valid UTF-8 sequence at p, or 0 with *bad set to the
 * number of bytes CPython reports as the error and *reason set. */
static size_t utf8_check(const unsigned char *p, size_t avail, size_t *bad, const char **reason)
{
    uint32_t cp;
    int len = mp_utf8_decode(p, avail, &cp);
    if (len > 0)
        return (size_t)len;
    unsigned c = p[0];
    *reason = "invalid continuation byte";
    if (c < 0xC2 || c > 0xF4) {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    /* The second byte's range depends on the first (no overlongs, no
     * surrogates, nothing past U+10FFFF). */
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    size_t k = 1;
    for (; k < need && k < avail; k++) {
        unsigned x = p[k];
        if (k == 1 ? (x < lo || x > hi) : (x & 0xC0) != 0x80)
            break;
    }
    if (k == avail && k < need) {
        *bad = avail;
        *reason = "unexpected end of data";
    } else {
        *bad = k;
    }
    return 0;
}

/* Applies the handler to the bytes [start, end) of data; 0, or -1 with the
 * error raised. */
static int decode_error(mp_buf *b, enum codec codec, enum handler h, const char *errors,
                        const char *data, size_t n, size_t start, size_t *end, const char *reason)
{
    const unsigned char *u = (const unsigned char *)data;
    switch (h) {
    case IGNORE:
        return 0;
    case REPLACE:
        mp_buf_put_utf8(b, 0xFFFD);
        return 0;
    case BACKSLASHREPLACE:
        for (size_t i = start; i < *end; i++)
            mp_buf_printf(b, "\\x%02x", u[i]);
        return 0;
    case SURROGATEESCAPE:
        for (size_t i = start; i < *end; i++)
            mp_buf_put_utf8(b, 0xDC00 + u[i]);
        return 0;
    case SURROGATEPASS:
        if (codec == UTF8 && start + 3 <= n && u[start] == 0xED && u[start + 1] >= 0xA0 &&
            u[start + 1] <= 0xBF && (u[start + 2] & 0xC0) == 0x80) {
            mp_buf_append(b, data + start, 3);
            *end = start + 3;
            return 0;
        }
        break;
    case XMLCHARREFREPLACE:
        mp_err_set_str(&mp_type_TypeError,
                       "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case UNKNOWN_HANDLER:
        unknown_handler(errors);
        return -1;
    default:
        break;
    }
    mp_obj obj = mp_bytes_new(data, (intptr_t)n);
    if (obj) {
        raise_unicode_error(&mp_type_UnicodeDecodeError, codec_names[codec], obj, (intptr_t)start,
                            (intptr_t)*end, reason);
        mp_decref(obj);
    }
    return -1;
}

mp_obj mp_str_decode(const char *data, size_t n, const char *encoding, const char *errors)
{
    int codec = find_codec(encoding, 1);
    if (codec < 0)
        return NULL;
    const unsigned char *u = (const unsigned char *)data;
    size_t i = 0;
    while (i < n && u[i] < 0x80)
        i++;
    if (i == n)
        return mp_str_new(data, n);
    enum handler h = find_handler(errors);
    mp_buf b = MP_BUF_INIT;
    mp_buf_append(&b, data, i);
    while (i < n) {
        if (u[i] < 0x80) {
            size_t j = i + 1;
            while (j < n && u[j] < 0x80)
                j++;
            mp_buf_append(&b, data + i, j - i);
            i = j;
            continue;
        }
        if (codec == LATIN1) {
            mp_buf_put_utf8(&b, u[i++]);
            continue;
        }
        size_t bad = 1, len = 0, end;
        const char *reason = "ordinal not in range(128)";
        if (codec == UTF8 && (len = utf8_check(u + i, n - i, &bad, &reason)) > 0) {
            mp_buf_append(&b, data + i, len);
            i += len;
            continue;
        }
        end = i + bad;
        if (decode_error(&b, (enum codec)codec, h, errors, data, n, i, &end, reason) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
        i = end;
    }
    return mp_str_from_buf(&b);
}

/* ---- str(obj, encoding, errors) ------------------------------------------------------- */

static int text_arg(mp_obj o, const char *what, const char **out)
{
    if (!o)
        return 0;
    if (!mp_str_check(o)) {
        mp_err_format(&mp_type_TypeError, "str() argument '%s' must be str, not %s", what,
                      o == mp_none ? "None" : mp_type_of(o)->name);
        return -1;
    }
    if (strlen(mp_str_utf8(o)) != mp_str_nbytes(o)) {
        mp_err_set_str(&mp_type_ValueError, "embedded null character");
        return -1;
    }
    *out = mp_str_utf8(o);
    return 0;
}

mp_obj mp_str_decode_object(mp_obj obj, mp_obj encoding, mp_obj errors)
{
    const char *enc = NULL, *err = NULL;
    if (text_arg(encoding, "encoding", &enc) < 0 || text_arg(errors, "errors", &err) < 0)
        return NULL;
    if (mp_str_check(obj))
        return mp_err_set_str(&mp_type_TypeError, "decoding str is not supported");
    if (mp_bytes_check(obj))
        return mp_str_decode(MP_BYTES_DATA(obj), (size_t)MP_BYTES_LEN(obj), enc, err);
    if (mp_obj_type_check(obj, &mp_type_bytearray)) {
        mp_bytearray *ba = (mp_bytearray *)obj;
        return mp_str_decode(ba->data ? ba->data : "", (size_t)ba->ob.size, enc, err);
    }
    return mp_err_format(&mp_type_TypeError, "decoding to str: need a bytes-like object, %s found",
                         mp_type_of(obj)->name);
}

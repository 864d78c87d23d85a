/* The codecs behind str.encode, bytes.decode and str(b, encoding): utf-8,
 * ascii, latin-1, and utf-16 and utf-32 (with a BOM, or -le / -be without),
 * under CPython's names and aliases, with CPython's
 * error handlers and its UnicodeEncodeError / UnicodeDecodeError (whose
 * start and end cover the same characters or bytes as CPython's, so that
 * their messages read the same).  Text that needs no handler takes a fast
 * path: an ASCII str encodes to a copy of its bytes. */
#include <stdio.h>
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

enum codec { UTF8, ASCII, LATIN1, UTF16, UTF16LE, UTF16BE, UTF32, UTF32LE, UTF32BE, NCODECS };

static const char *const codec_names[NCODECS] = {
    "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
};

/* encodings.aliases for these codecs. */
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
    {"u16", UTF16}, {"utf16", UTF16}, {"unicodelittleunmarked", UTF16LE}, {"utf_16le", UTF16LE},
    {"unicodebigunmarked", UTF16BE}, {"utf_16be", UTF16BE},
    {"u32", UTF32}, {"utf32", UTF32}, {"utf_32le", UTF32LE}, {"utf_32be", UTF32BE},
};

/* CPython's bytes-to-bytes and str-to-str codecs and their aliases, which
 * str.encode and bytes.decode refuse by name. */
static const char *const transforms[] = {
    "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex",
    "quopri_codec", "quopri", "quotedprintable", "quoted_printable", "uu_codec", "uu",
    "zlib_codec", "zip", "zlib", "rot_13", "rot13",
};

/* The codecs' own names (their modules in CPython's encodings package). */
static const char *const module_names[NCODECS] = {
    "utf_8", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
};

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
    for (int i = 0; codec < 0 && i < NCODECS; i++)
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

typedef struct {
    enum codec codec;
    int size, big;   /* utf-16/32: the code unit's size and byte order */
    mp_buf *b;
} encoder;

static int encodable(enum codec codec, uint32_t c)
{
    switch (codec) {
    case ASCII: return c < 0x80;
    case LATIN1: return c < 0x100;
    default: return c < 0xD800 || c > 0xDFFF;
    }
}

static void put_unit(encoder *e, uint32_t u)
{
    char out[4];
    for (int i = 0; i < e->size; i++) {
        int shift = 8 * (e->big ? e->size - 1 - i : i);
        out[i] = (char)((u >> shift) & 0xFF);
    }
    mp_buf_append(e->b, out, (size_t)e->size);
}

/* Writes c, which the codec can encode (or a surrogate, for
 * surrogatepass). */
static void put_char(encoder *e, uint32_t c)
{
    if (e->codec == UTF8)
        mp_buf_put_utf8(e->b, c);
    else if (e->size == 0)
        mp_buf_putc(e->b, (char)c);
    else if (e->size == 2 && c >= 0x10000) {
        put_unit(e, 0xD800 + ((c - 0x10000) >> 10));
        put_unit(e, 0xDC00 + ((c - 0x10000) & 0x3FF));
    } else
        put_unit(e, c);
}

static void put_text(encoder *e, const char *text)
{
    while (*text)
        put_char(e, (unsigned char)*text++);
}

/* Applies the handler to the characters [start, end) of s (at p, which
 * moves past them), which the codec cannot encode.  0, or -1 with the
 * error raised. */
static int encode_error(encoder *e, enum handler h, const char *errors, mp_obj s,
                        const char **p, intptr_t start, intptr_t end)
{
    const char *name = codec_names[e->codec];
    const char *reason = e->codec == ASCII    ? "ordinal not in range(128)"
                         : e->codec == LATIN1 ? "ordinal not in range(256)"
                                              : "surrogates not allowed";
    char text[16];
    for (intptr_t i = start; i < end; i++) {
        uint32_t c = mp_utf8_next(p);
        switch (h) {
        case IGNORE:
            break;
        case REPLACE:
            put_char(e, '?');
            break;
        case BACKSLASHREPLACE:
            snprintf(text, sizeof text, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            put_text(e, text);
            break;
        case XMLCHARREFREPLACE:
            snprintf(text, sizeof text, "&#%u;", c);
            put_text(e, text);
            break;
        case SURROGATEESCAPE:
            /* Bytes, which a utf-16 or utf-32 text cannot take. */
            if (c >= 0xDC80 && c <= 0xDCFF && e->size == 0) {
                mp_buf_putc(e->b, (char)(c - 0xDC00));
                break;
            }
            raise_unicode_error(&mp_type_UnicodeEncodeError, name, s, i, end, reason);
            return -1;
        case SURROGATEPASS:
            if (e->codec != ASCII && e->codec != LATIN1) {
                put_char(e, c);
                break;
            }
            raise_unicode_error(&mp_type_UnicodeEncodeError, name, s, i, end, reason);
            return -1;
        case UNKNOWN_HANDLER:
            unknown_handler(errors);
            return -1;
        default:
            raise_unicode_error(&mp_type_UnicodeEncodeError, name, s, start, end, reason);
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
    if (codec < UTF16 && (((mp_str *)s)->ascii || (codec == UTF8 && !has_surrogate(d, n))))
        return mp_bytes_new(d, (intptr_t)n);
    enum handler h = find_handler(errors);
    mp_buf b = MP_BUF_INIT;
    encoder e = {(enum codec)codec, codec >= UTF32 ? 4 : codec >= UTF16 ? 2 : 0,
                 codec == UTF16BE || codec == UTF32BE, &b};
    if (codec == UTF16 || codec == UTF32)
        put_unit(&e, 0xFEFF);
    const char *p = d, *end = d + n;
    intptr_t i = 0;
    while (p < end) {
        const char *at = p;
        uint32_t c = mp_utf8_next(&p);
        if (encodable(e.codec, c)) {
            if (codec == UTF8)
                mp_buf_append(&b, at, (size_t)(p - at));
            else
                put_char(&e, c);
            i++;
            continue;
        }
        /* The run of characters the codec cannot encode (utf-16 and
         * utf-32 report them one at a time). */
        intptr_t start = i++;
        const char *q = p;
        while (q < end && e.size == 0) {
            const char *r = q;
            if (encodable(e.codec, mp_utf8_next(&r)))
                break;
            q = r;
            i++;
        }
        p = at;
        if (encode_error(&e, h, errors, s, &p, start, i) < 0) {
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

/* An error while decoding: the bytes [start, *end) of data, which the
 * codec named name could not decode.  pass_len > 0 says they begin with a
 * surrogate, pass_cp, encoded in pass_len bytes, which surrogatepass lets
 * through (moving *end past it).  Applies the handler; 0, or -1 with the
 * error raised. */
typedef struct {
    const char *name;
    const char *data;
    size_t n;
    enum handler h;
    const char *errors;
} decoder;

static int decode_error(decoder *d, mp_buf *b, size_t start, size_t *end, const char *reason,
                        size_t pass_len, uint32_t pass_cp)
{
    const unsigned char *u = (const unsigned char *)d->data;
    switch (d->h) {
    case IGNORE:
        return 0;
    case REPLACE:
        mp_buf_put_utf8(b, 0xFFFD);
        return 0;
    case BACKSLASHREPLACE:
        for (size_t i = start; i < *end; i++)
            mp_buf_printf(b, "\\x%02x", u[i]);
        return 0;
    case SURROGATEESCAPE: {
        size_t i = start;
        while (i < *end && u[i] >= 0x80)
            i++;
        if (i < *end)
            break; /* an ASCII byte cannot be smuggled: the error stands */
        for (i = start; i < *end; i++)
            mp_buf_put_utf8(b, 0xDC00 + u[i]);
        return 0;
    }
    case SURROGATEPASS:
        if (pass_len) {
            mp_buf_put_utf8(b, pass_cp);
            *end = start + pass_len;
            return 0;
        }
        break;
    case XMLCHARREFREPLACE:
        mp_err_set_str(&mp_type_TypeError,
                       "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case UNKNOWN_HANDLER:
        unknown_handler(d->errors);
        return -1;
    default:
        break;
    }
    mp_obj obj = mp_bytes_new(d->data, (intptr_t)d->n);
    if (obj) {
        raise_unicode_error(&mp_type_UnicodeDecodeError, d->name, obj, (intptr_t)start,
                            (intptr_t)*end, reason);
        mp_decref(obj);
    }
    return -1;
}

/* utf-8, ascii and latin-1 */
static mp_obj decode_narrow(decoder *d, enum codec codec)
{
    const char *data = d->data;
    const unsigned char *u = (const unsigned char *)data;
    size_t n = d->n, i = 0;
    while (i < n && u[i] < 0x80)
        i++;
    if (codec == UTF8) {
        /* Valid UTF-8, the common case, is the str's text as it is. */
        size_t j = i;
        uint32_t cp;
        while (j < n) {
            int len = u[j] < 0x80 ? 1 : mp_utf8_decode(u + j, n - j, &cp);
            if (len == 0)
                break;
            j += (size_t)len;
        }
        if (j == n)
            i = n;
    }
    if (i == n)
        return mp_str_new(data, n);
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
        size_t bad = 1, len = 0, pass = 0;
        const char *reason = "ordinal not in range(128)";
        if (codec == UTF8 && (len = utf8_check(u + i, n - i, &bad, &reason)) > 0) {
            mp_buf_append(&b, data + i, len);
            i += len;
            continue;
        }
        uint32_t cp = 0;
        if (codec == UTF8 && i + 3 <= n && u[i] == 0xED && u[i + 1] >= 0xA0 && u[i + 1] <= 0xBF &&
            (u[i + 2] & 0xC0) == 0x80) {
            pass = 3;
            cp = 0xD000 | ((uint32_t)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
        }
        size_t end = i + bad;
        if (decode_error(d, &b, i, &end, reason, pass, cp) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
        i = end;
    }
    return mp_str_from_buf(&b);
}

static uint32_t read_unit(const unsigned char *p, int size, int big)
{
    if (size == 2)
        return big ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
    return big ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
               : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* utf-16 and utf-32: a plain utf-16 or utf-32 reads a byte order mark,
 * little-endian without one (CPython's native order here), and names the
 * order it used in its errors. */
static mp_obj decode_wide(decoder *d, enum codec codec)
{
    int size = codec >= UTF32 ? 4 : 2;
    int big = codec == UTF16BE || codec == UTF32BE;
    const unsigned char *u = (const unsigned char *)d->data;
    size_t n = d->n, q = 0;
    if (codec == UTF16 || codec == UTF32) {
        if (n >= (size_t)size && read_unit(u, size, 0) == 0xFEFF)
            q = (size_t)size;
        else if (n >= (size_t)size && read_unit(u, size, 1) == 0xFEFF) {
            q = (size_t)size;
            big = 1;
        }
        codec = (enum codec)(codec + 1 + big);
    }
    d->name = codec_names[codec];
    mp_buf b = MP_BUF_INIT;
    while (q < n) {
        const char *reason = "truncated data";
        size_t end = n, pass = 0;
        uint32_t c = 0;
        if (n - q >= (size_t)size) {
            c = read_unit(u + q, size, big);
            end = q + (size_t)size;
            if (size == 4) {
                if (c < 0xD800 || (c > 0xDFFF && c <= 0x10FFFF)) {
                    mp_buf_put_utf8(&b, c);
                    q = end;
                    continue;
                }
                if (c > 0x10FFFF) {
                    reason = "code point not in range(0x110000)";
                } else {
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                    pass = 4;
                }
            } else if (c < 0xD800 || c > 0xDFFF) {
                mp_buf_put_utf8(&b, c);
                q = end;
                continue;
            } else if (c >= 0xDC00) {
                reason = "illegal encoding";
                pass = 2;
            } else if (n - q < 4) {
                reason = "unexpected end of data";
                end = n;
                pass = 2;
            } else {
                uint32_t c2 = read_unit(u + q + 2, 2, big);
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                    mp_buf_put_utf8(&b, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
                    q += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                pass = 2;
            }
        }
        if (decode_error(d, &b, q, &end, reason, pass, c) < 0) {
            mp_buf_free(&b);
            return NULL;
        }
        q = end;
    }
    return mp_str_from_buf(&b);
}

mp_obj mp_str_decode(const char *data, size_t n, const char *encoding, const char *errors)
{
    int codec = find_codec(encoding, 1);
    if (codec < 0)
        return NULL;
    decoder d = {codec_names[codec], data, n, find_handler(errors), errors};
    if (codec >= UTF16)
        return decode_wide(&d, (enum codec)codec);
    return decode_narrow(&d, (enum codec)codec);
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

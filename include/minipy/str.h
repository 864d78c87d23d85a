/* str: immutable text, stored as UTF-8 (lone surrogates as three-byte
 * sequences, as '\ud800' needs) with its length in code points.  ASCII
 * strings index in O(1); others walk the bytes (objects/str.c,
 * objects/str_methods.c, objects/str_format.c). */
#ifndef MINIPY_STR_H
#define MINIPY_STR_H

#include <stdarg.h>

#include "minipy/object.h"

typedef struct mp_str {
    mp_varobject ob;       /* ob.size: length in code points */
    mp_hash_t hash;        /* -1 until computed */
    size_t nbytes;         /* length of data in bytes */
    unsigned char ascii;   /* every code point < 128 */
    unsigned char interned;
    char data[];           /* UTF-8, followed by a NUL */
} mp_str;

extern mp_type mp_type_str;

static inline int mp_str_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_STR_SUBCLASS);
}
static inline int mp_str_check_exact(mp_obj o)
{
    return !mp_is_small(o) && o->type == &mp_type_str;
}
/* Borrowed views of a str (any str subclass). */
static inline const char *mp_str_utf8(mp_obj s) { return ((mp_str *)s)->data; }
static inline size_t mp_str_nbytes(mp_obj s) { return ((mp_str *)s)->nbytes; }
static inline intptr_t mp_str_len(mp_obj s) { return ((mp_str *)s)->ob.size; }

/* A str from UTF-8 bytes, which must be valid (WTF-8: surrogates allowed);
 * use mp_str_decode_utf8 for untrusted bytes. */
mp_obj mp_str_new(const char *utf8, size_t nbytes);
mp_obj mp_str_from_cstr(const char *s);
/* Decodes bytes as UTF-8 with an error handler ("strict", "replace",
 * "surrogateescape", "ignore"), raising UnicodeDecodeError as CPython. */
mp_obj mp_str_decode_utf8(const char *bytes, size_t n, const char *errors);
/* A str formatted as by mp_err_format (state.h): printf plus %R %S %T %N %U. */
mp_obj mp_str_from_format(const char *fmt, ...);
mp_obj mp_str_from_vformat(const char *fmt, va_list ap);
/* A str of one code point. */
mp_obj mp_str_from_char(uint32_t cp);

/* The interned, immortal str for s: the same object for equal text.
 * Returns a borrowed reference (it never dies), or NULL on failure. */
mp_obj mp_str_intern(const char *s);
/* Interns s, stealing the reference; returns the interned object (a new
 * reference). */
mp_obj mp_str_intern_obj(mp_obj s);

int mp_str_eq(mp_obj a, mp_obj b);                  /* never fails */
int mp_str_eq_cstr(mp_obj a, const char *s);
int mp_str_compare(mp_obj a, mp_obj b);             /* <0, 0, >0 by code point */
mp_hash_t mp_str_hash(mp_obj s);
mp_obj mp_str_concat(mp_obj a, mp_obj b);
/* a + b for an exact, uninterned str a whose only reference the caller
 * holds and gives up (b: any exact str): a is grown in place.  Returns the
 * result (a new reference, perhaps a itself moved) or NULL with the
 * exception set, a then untouched and still the caller's. */
mp_obj mp_str_append_consume(mp_obj a, mp_obj b);
mp_obj mp_str_join(mp_obj sep, mp_obj iterable);
/* The code point at index i (0 <= i < len). */
uint32_t mp_str_char_at(mp_obj s, intptr_t i);
/* The byte offset of code point i (0 <= i <= len). */
size_t mp_str_byte_offset(mp_obj s, intptr_t i);
mp_obj mp_str_substr(mp_obj s, intptr_t start, intptr_t end); /* code points */
/* repr(s) as CPython writes it. */
mp_obj mp_str_repr(mp_obj s);

/* Finishes a buffer (buf.h) as a str, freeing the buffer. */
struct mp_buf;
mp_obj mp_str_from_buf(struct mp_buf *b);
/* Appends to b as mp_str_from_format formats; 0 or -1. */
int mp_buf_vformat(struct mp_buf *b, const char *fmt, va_list ap);
/* str(obj, encoding, errors): decodes bytes-like obj (NULLs: defaults). */
mp_obj mp_str_decode_object(mp_obj obj, mp_obj encoding, mp_obj errors);
/* The methods table of str (objects/str_methods.c). */
extern const mp_method_def mp_str_methods[];
extern mp_type mp_type_str_iterator;

/* Interned-string table lifetime (start-up and exit). */
int mp_str_init(void);
void mp_str_fini(void);

/* format(value, spec) for the built-in types' __format__, and str % args,
 * and str.format (objects/str_format.c). */
mp_obj mp_str_format_percent(mp_obj fmt, mp_obj args);
mp_obj mp_str_format_method(mp_obj fmt, mp_obj const *args, size_t nargs, mp_obj kwnames);
/* fmt.format_map(mapping), and str.__format__(self, spec). */
mp_obj mp_str_format_map(mp_obj fmt, mp_obj mapping);
mp_obj mp_str_format_spec(mp_obj self, mp_obj spec);

/* A new str of nbytes bytes holding nchars code points (ascii: all of them
 * below 128), its data uninitialised: the caller fills data[0..nbytes)
 * with valid UTF-8 before anything else sees it (objects/str_methods.c). */
mp_obj mp_str_new_uninit(size_t nbytes, intptr_t nchars, int ascii);

/* The codecs (objects/codecs.c): utf-8, ascii, latin-1, utf-16 and utf-32
 * (-le, -be) under CPython's names and aliases ("utf8", "UTF-8", "latin1",
 * "l1", "us-ascii", "utf16", ...),
 * with the error handlers strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, surrogateescape and surrogatepass.  encoding and
 * errors may be NULL for "utf-8" and "strict".  Failures raise
 * UnicodeEncodeError / UnicodeDecodeError carrying (encoding, object,
 * start, end, reason) as CPython's do, and LookupError "unknown encoding:
 * x".  mp_str_encode returns bytes; mp_str_decode a str (what
 * bytes.decode calls). */
mp_obj mp_str_encode(mp_obj s, const char *encoding, const char *errors);
mp_obj mp_str_decode(const char *data, size_t n, const char *encoding, const char *errors);

#endif

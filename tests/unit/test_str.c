/* str: its methods, % and str.format, the codecs and the Unicode data
 * behind them, on non-ASCII text above all (positions in code points,
 * special case mappings, Unicode spaces and line breaks, multi-byte fill
 * characters, encode/decode round trips and errors).  Every expected
 * value in the tables was printed by python3 (CPython 3.11) for the same
 * call: a repr of the result, or "ExceptionType: message".  Methods are
 * called through the mp_str_methods table itself, so these tests see
 * exactly what the type's methods do. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/unicode.h"

static void setup(void) { cr_assert_eq(mp_runtime_init(), 0); }
static void teardown(void) { mp_runtime_fini(); }

TestSuite(str, .init = setup, .fini = teardown);

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* T("text"): a string literal and its length, NULs included. */
#define T(s) s, sizeof(s) - 1

/* A call: self.method(*args, **kw) with the arguments written as in
 * build() below; want is repr(result) or "Type: message". */
typedef struct {
    const char *self;
    size_t selflen;
    const char *method;
    const char *args[4];
    int nargs;
    struct { const char *name, *value; } kw[2];
    int nkw;
    const char *want;
} mcase;

typedef struct {
    const char *data;
    size_t len;
    const char *encoding, *errors, *want;
} dcase;

/* A character of the database: its flags, decimal value and mappings. */
typedef struct {
    uint32_t cp;
    unsigned flags;
    int decimal;
    uint32_t lower[3], upper[3], title[3], fold[3];
} dbcase;

static mp_obj build_n(const char *s, size_t n);

/* Splits s[0..n) at sep and builds each part. */
static mp_obj build_seq(const char *s, size_t n, char sep)
{
    mp_obj list = mp_list_new(0);
    cr_assert(list);
    size_t i = 0;
    while (n && i <= n) {
        const char *e = memchr(s + i, sep, n - i);
        size_t j = e ? (size_t)(e - s) : n;
        cr_assert_eq(mp_list_append_steal(list, build_n(s + i, j - i)), 0);
        i = j + 1;
    }
    return list;
}

/* An argument, from its encoding: N None, B0/B1 bools, I int, F float,
 * S str, T tuple and L list of \1-separated items, D dict of
 * \3-separated key\2value pairs. */
static mp_obj build_n(const char *s, size_t n)
{
    char buf[64];
    cr_assert(n >= 1);
    switch (s[0]) {
    case 'N': return mp_newref(mp_none);
    case 'B': return mp_bool(s[1] == '1');
    case 'I': {
        mp_obj r = mp_int_from_text(s + 1, n - 1, 10);
        cr_assert(r);
        return r;
    }
    case 'F':
        cr_assert(n < sizeof buf);
        memcpy(buf, s + 1, n - 1);
        buf[n - 1] = '\0';
        return mp_float_new(strtod(buf, NULL));
    case 'S': {
        mp_obj r = mp_str_new(s + 1, n - 1);
        cr_assert(r);
        return r;
    }
    case 'L': return build_seq(s + 1, n - 1, '\1');
    case 'T': {
        mp_obj l = build_seq(s + 1, n - 1, '\1');
        mp_obj t = mp_list_as_tuple(l);
        mp_decref(l);
        cr_assert(t);
        return t;
    }
    default: {
        cr_assert_eq(s[0], 'D');
        mp_obj d = mp_dict_new();
        size_t i = 1;
        while (n > 1 && i <= n) {
            const char *e = memchr(s + i, '\3', n - i);
            size_t j = e ? (size_t)(e - s) : n;
            const char *colon = memchr(s + i, '\2', j - i);
            cr_assert(colon);
            mp_obj k = build_n(s + i, (size_t)(colon - (s + i)));
            mp_obj v = build_n(colon + 1, (size_t)(s + j - colon - 1));
            cr_assert_eq(mp_dict_setitem(d, k, v), 0);
            mp_decref(k);
            mp_decref(v);
            i = j + 1;
        }
        return d;
    }
    }
}

static mp_obj build(const char *s) { return build_n(s, strlen(s)); }

/* repr(result), or "Type: message" for the exception set (cleared). */
static char *outcome(mp_obj r)
{
    char *text;
    if (r) {
        mp_obj s = mp_obj_repr(r);
        cr_assert(s);
        text = strdup(mp_str_utf8(s));
        mp_decref(s);
        mp_decref(r);
        return text;
    }
    mp_obj e = mp_err_fetch();
    cr_assert(e, "failed without an exception");
    mp_obj msg = mp_obj_str(e);
    cr_assert(msg);
    const char *name = mp_type_of(e)->name;
    text = malloc(strlen(name) + mp_str_nbytes(msg) + 3);
    strcpy(text, name);
    strcat(text, ": ");
    strcat(text, mp_str_utf8(msg));
    mp_decref(msg);
    mp_decref(e);
    return text;
}

typedef mp_obj (*noargs_fn)(mp_obj);
typedef mp_obj (*o_fn)(mp_obj, mp_obj);
typedef mp_obj (*fast_fn)(mp_obj, mp_obj const *, size_t);
typedef mp_obj (*fastkw_fn)(mp_obj, mp_obj const *, size_t, mp_obj);

/* self.name(*args) through the method table, as the method descriptor
 * calls it. */
static mp_obj call_method(mp_obj self, const char *name, mp_obj const *args, size_t nargs,
                          mp_obj kwnames)
{
    const mp_method_def *m = mp_str_methods;
    while (m->name && strcmp(m->name, name) != 0)
        m++;
    cr_assert(m->name, "no method %s", name);
    if (m->flags & MP_METH_STATIC)
        self = NULL;
    if (m->flags & MP_METH_NOARGS) {
        cr_assert_eq(nargs, 0);
        return ((noargs_fn)m->func)(self);
    }
    if (m->flags & MP_METH_O) {
        cr_assert_eq(nargs, 1);
        return ((o_fn)m->func)(self, args[0]);
    }
    if (m->flags & MP_METH_KEYWORDS)
        return ((fastkw_fn)m->func)(self, args, nargs, kwnames);
    cr_assert(!kwnames);
    return ((fast_fn)m->func)(self, args, nargs);
}

static void run_case(const mcase *c)
{
    mp_obj self = mp_str_new(c->self, c->selflen);
    mp_obj argv[8];
    size_t n = 0;
    for (int i = 0; i < c->nargs; i++)
        argv[n++] = build(c->args[i]);
    mp_obj kwnames = NULL;
    if (c->nkw) {
        kwnames = mp_tuple_new(c->nkw);
        for (int i = 0; i < c->nkw; i++) {
            MP_TUPLE_ITEMS(kwnames)[i] = mp_str_from_cstr(c->kw[i].name);
            argv[n++] = build(c->kw[i].value);
        }
    }
    mp_obj r;
    if (strcmp(c->method, "%") == 0)
        r = mp_str_format_percent(self, argv[0]);
    else
        r = call_method(self, c->method, argv, (size_t)c->nargs, kwnames);
    char *got = outcome(r);
    cr_expect_str_eq(got, c->want, "%s.%s(...): got %s, want %s", c->self, c->method, got, c->want);
    free(got);
    for (size_t i = 0; i < n; i++)
        mp_decref(argv[i]);
    mp_xdecref(kwnames);
    mp_decref(self);
    cr_assert(!mp_err_occurred());
}

/* The cases, and python3's answers (tests/unit/gen_str_cases.py). */
#include "str_cases.inc"

Test(str, methods)
{
    for (size_t i = 0; i < N(method_cases); i++)
        run_case(&method_cases[i]);
}

Test(str, percent)
{
    for (size_t i = 0; i < N(percent_cases); i++)
        run_case(&percent_cases[i]);
}

Test(str, format)
{
    for (size_t i = 0; i < N(format_cases); i++)
        run_case(&format_cases[i]);
}

Test(str, decode)
{
    for (size_t i = 0; i < N(decode_cases); i++) {
        const dcase *c = &decode_cases[i];
        char *got = outcome(mp_str_decode(c->data, c->len, c->encoding, c->errors));
        cr_expect_str_eq(got, c->want, "decode case %zu: got %s, want %s", i, got, c->want);
        free(got);
    }
}

/* Every str encodes and decodes back to itself under utf-8 (surrogates
 * through surrogatepass), and under latin-1 when it can. */
Test(str, round_trips)
{
    static const char *const texts[] = {"", "plain ascii", "h\303\251llo", "\346\227\245\346\234\254",
                                        "\360\237\230\200 x", "\355\240\200", "\302\200\303\277"};
    for (size_t i = 0; i < N(texts); i++) {
        mp_obj s = mp_str_from_cstr(texts[i]);
        mp_obj b = mp_str_encode(s, "utf-8", "surrogatepass");
        cr_assert(b);
        mp_obj back = mp_str_decode(MP_BYTES_DATA(b), (size_t)MP_BYTES_LEN(b), "UTF-8", "surrogatepass");
        cr_assert(back);
        cr_expect(mp_str_eq(s, back), "utf-8 round trip of case %zu", i);
        mp_decref(back);
        mp_decref(b);
        b = mp_str_encode(s, "latin-1", NULL);
        if (b) {
            back = mp_str_decode(MP_BYTES_DATA(b), (size_t)MP_BYTES_LEN(b), "latin-1", NULL);
            cr_assert(back);
            cr_expect(mp_str_eq(s, back), "latin-1 round trip of case %zu", i);
            mp_decref(back);
            mp_decref(b);
        } else {
            cr_assert(mp_err_matches(&mp_type_UnicodeEncodeError));
            mp_err_clear();
        }
        mp_decref(s);
    }
}

/* The exceptions carry CPython's fields: ('utf-8', 'a\ud800\udc00b', 1,
 * 3, 'surrogates not allowed') and ('utf-8', b'\xe2\x82x', 0, 2,
 * 'invalid continuation byte'). */
Test(str, unicode_error_fields)
{
    mp_obj s = mp_str_from_cstr("a\355\240\200\355\260\200b");
    cr_assert_null(mp_str_encode(s, NULL, NULL));
    mp_obj e = mp_err_fetch();
    cr_assert(mp_obj_type_check(e, &mp_type_UnicodeEncodeError));
    char *got = outcome(mp_obj_getattr_s(e, "args"));
    cr_expect_str_eq(got, "('utf-8', 'a\\ud800\\udc00b', 1, 3, 'surrogates not allowed')");
    free(got);
    mp_decref(e);
    mp_decref(s);

    cr_assert_null(mp_str_decode("\342\202x", 3, "utf8", "strict"));
    e = mp_err_fetch();
    cr_assert(mp_obj_type_check(e, &mp_type_UnicodeDecodeError));
    got = outcome(mp_obj_getattr_s(e, "args"));
    cr_expect_str_eq(got, "('utf-8', b'\\xe2\\x82x', 0, 2, 'invalid continuation byte')");
    free(got);
    mp_decref(e);
}

/* str(obj, encoding, errors) */
Test(str, decode_object)
{
    mp_obj b = mp_bytes_new("caf\303\251", 5), enc = mp_str_from_cstr("utf-8");
    char *got = outcome(mp_str_decode_object(b, enc, NULL));
    cr_expect_str_eq(got, "'caf\303\251'");
    free(got);
    mp_obj ba = mp_bytearray_new("x\351", 2), l1 = mp_str_from_cstr("latin1");
    got = outcome(mp_str_decode_object(ba, l1, NULL));
    cr_expect_str_eq(got, "'x\303\251'");
    free(got);
    got = outcome(mp_str_decode_object(enc, enc, NULL));
    cr_expect_str_eq(got, "TypeError: decoding str is not supported");
    free(got);
    got = outcome(mp_str_decode_object(mp_small(5), enc, NULL));
    cr_expect_str_eq(got, "TypeError: decoding to str: need a bytes-like object, int found");
    free(got);
    got = outcome(mp_str_decode_object(b, mp_small(1), NULL));
    cr_expect_str_eq(got, "TypeError: str() argument 'encoding' must be str, not int");
    free(got);
    got = outcome(mp_str_decode_object(b, enc, mp_none));
    cr_expect_str_eq(got, "TypeError: str() argument 'errors' must be str, not None");
    free(got);
    mp_decref(b);
    mp_decref(ba);
    mp_decref(enc);
    mp_decref(l1);
}

/* Single characters of the database, as python3 answers for them. */
Test(str, unicode_database)
{
    int (*const maps[4])(uint32_t, uint32_t *) = {mp_unicode_to_lower, mp_unicode_to_upper,
                                                  mp_unicode_to_title, mp_unicode_to_fold};
    for (size_t i = 0; i < N(db_cases); i++) {
        const dbcase *c = &db_cases[i];
        uint32_t cp = c->cp, out[MP_UNICODE_MAX_MAPPING];
        cr_expect_eq(mp_unicode_flags(cp), c->flags, "flags of U+%04X", cp);
        cr_expect_eq(mp_unicode_decimal(cp), c->decimal, "decimal of U+%04X", cp);
        const uint32_t *wants[4] = {c->lower, c->upper, c->title, c->fold};
        for (int k = 0; k < 4; k++) {
            int n = maps[k](cp, out);
            for (int j = 0; j < 3; j++) {
                if (j < n)
                    cr_expect_eq(out[j], wants[k][j], "mapping %d of U+%04X", k, cp);
                else
                    cr_expect_eq(wants[k][j], 0, "mapping %d of U+%04X is too short", k, cp);
            }
        }
    }
}

/* Long strings: searching and splitting stay linear, however
 * repetitive the text (each would take hours if quadratic). */
Test(str, long_strings, .timeout = 60)
{
    size_t n = 1 << 18;
    char *text = malloc(n + 1);
    memset(text, 'a', n);
    text[n] = '\0';
    mp_obj s = mp_str_new(text, n);
    char *needle = malloc(4097);
    memset(needle, 'a', 4096);
    needle[0] = 'b';
    needle[4096] = '\0';
    mp_obj nb = mp_str_new(needle, 4096);
    needle[0] = 'a';
    needle[4095] = 'b';
    mp_obj ne = mp_str_new(needle, 4096);
    mp_obj aa = mp_str_from_cstr("aa"), x = mp_str_from_cstr("x");

    char *got = outcome(call_method(s, "rfind", &nb, 1, NULL));
    cr_expect_str_eq(got, "-1");
    free(got);
    got = outcome(call_method(s, "rfind", &ne, 1, NULL));
    cr_expect_str_eq(got, "-1");
    free(got);
    got = outcome(call_method(s, "find", &ne, 1, NULL));
    cr_expect_str_eq(got, "-1");
    free(got);
    got = outcome(call_method(s, "count", &aa, 1, NULL));
    cr_expect_str_eq(got, "131072");
    free(got);
    mp_obj r = call_method(s, "rsplit", &aa, 1, NULL);
    cr_assert(r);
    cr_expect_eq(MP_LIST_LEN(r), 131073);
    mp_decref(r);
    mp_obj args[2] = {aa, x};
    r = call_method(s, "replace", args, 2, NULL);
    cr_assert(r);
    cr_expect_eq(mp_str_len(r), 131072);
    mp_decref(r);
    r = call_method(s, "split", NULL, 0, NULL);
    cr_assert(r);
    cr_expect_eq(MP_LIST_LEN(r), 1);
    mp_decref(r);

    mp_decref(s);
    mp_decref(nb);
    mp_decref(ne);
    mp_decref(aa);
    mp_decref(x);
    free(text);
    free(needle);
}

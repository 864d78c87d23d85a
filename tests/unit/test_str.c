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

/* A call: self.method(*args, **kw) with the arguments written as in
 * build() below; want is repr(result) or "Type: message". */
/* T("text"): a string literal and its length, NULs included. */
#define T(s) s, sizeof(s) - 1

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

/* ---- the cases, as python3 answered them ---- */

static const mcase method_cases[] = {
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"S\303\266"}, 1, {{NULL, NULL}}, 0, "7"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"S\346\227\245\346\234\254"}, 1, {{NULL, NULL}}, 0, "14"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"S\360\237\230\200", "I5"}, 2, {{NULL, NULL}}, 0, "18"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sl", "I3", "I4"}, 3, {{NULL, NULL}}, 0, "3"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sl", "I-10"}, 2, {{NULL, NULL}}, 0, "-1"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"S", "I25"}, 2, {{NULL, NULL}}, 0, "-1"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"S", "I20"}, 2, {{NULL, NULL}}, 0, "20"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sx"}, 1, {{NULL, NULL}}, 0, "-1"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rfind", {"Sl"}, 1, {{NULL, NULL}}, 0, "9"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rfind", {"Sl", "I0", "I9"}, 3, {{NULL, NULL}}, 0, "3"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rfind", {"S"}, 1, {{NULL, NULL}}, 0, "20"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rfind", {"S\350\252\236 \360\237\230\200"}, 1, {{NULL, NULL}}, 0, "16"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "index", {"S\346\234\254"}, 1, {{NULL, NULL}}, 0, "15"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "index", {"S\346\234\254", "I16"}, 2, {{NULL, NULL}}, 0, "ValueError: substring not found"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rindex", {"So"}, 1, {{NULL, NULL}}, 0, "4"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rindex", {"Sq"}, 1, {{NULL, NULL}}, 0, "ValueError: substring not found"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "count", {"Sl"}, 1, {{NULL, NULL}}, 0, "3"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "count", {"S"}, 1, {{NULL, NULL}}, 0, "21"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "count", {"Sl", "I4"}, 2, {{NULL, NULL}}, 0, "1"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "count", {"S", "I3", "I5"}, 3, {{NULL, NULL}}, 0, "3"},
    {T("aaaa"), "count", {"Saa"}, 1, {{NULL, NULL}}, 0, "2"},
    {T("\303\251\303\251\303\251"), "count", {"S\303\251\303\251"}, 1, {{NULL, NULL}}, 0, "1"},
    {T("abcabc"), "rfind", {"Sabc", "I1"}, 2, {{NULL, NULL}}, 0, "3"},
    {T("abababa"), "rfind", {"Saba"}, 1, {{NULL, NULL}}, 0, "4"},
    {T("abababa"), "rfind", {"Saba", "I0", "I6"}, 3, {{NULL, NULL}}, 0, "2"},
    {T("xyzxyz\303\251xyz"), "rfind", {"Sxyz\303\251"}, 1, {{NULL, NULL}}, 0, "3"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: must be str, not int"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {NULL}, 0, {{NULL, NULL}}, 0, "TypeError: find() takes at least 1 argument (0 given)"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sa", "Sb"}, 2, {{NULL, NULL}}, 0, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sa", "N", "N"}, 3, {{NULL, NULL}}, 0, "-1"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "count", {"N"}, 1, {{NULL, NULL}}, 0, "TypeError: must be str, not NoneType"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sa", "I1", "I2", "I3"}, 4, {{NULL, NULL}}, 0, "TypeError: find() takes at most 3 arguments (4 given)"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "index", {"Sl", "I1180591620717411303424"}, 2, {{NULL, NULL}}, 0, "ValueError: substring not found"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "find", {"Sl", "I-1180591620717411303424"}, 2, {{NULL, NULL}}, 0, "2"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "startswith", {"Sh\303\251"}, 1, {{NULL, NULL}}, 0, "True"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "startswith", {"S\303\251", "I1"}, 2, {{NULL, NULL}}, 0, "True"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "startswith", {"TSx\001Sh\303\251l"}, 1, {{NULL, NULL}}, 0, "True"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "endswith", {"S\360\237\230\200!"}, 1, {{NULL, NULL}}, 0, "True"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "endswith", {"S\350\252\236", "I0", "I17"}, 3, {{NULL, NULL}}, 0, "True"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "endswith", {"TSa\001I1"}, 1, {{NULL, NULL}}, 0, "TypeError: tuple for endswith must only contain str, not int"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "startswith", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: startswith first arg must be str or a tuple of str, not int"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "startswith", {"S", "I21"}, 2, {{NULL, NULL}}, 0, "False"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "startswith", {"S", "I20"}, 2, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "endswith", {"S", "I3", "I2"}, 3, {{NULL, NULL}}, 0, "False"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "endswith", {"S"}, 1, {{NULL, NULL}}, 0, "True"},
    {T("  a  b\343\200\200c\302\240 d\342\200\250 "), "split", {NULL}, 0, {{NULL, NULL}}, 0, "['a', 'b', 'c', 'd']"},
    {T("  a  b\343\200\200c\302\240 d "), "split", {"N", "I2"}, 2, {{NULL, NULL}}, 0, "['a', 'b', 'c\\xa0 d ']"},
    {T("  a  b\343\200\200c\302\240 d "), "rsplit", {"N", "I2"}, 2, {{NULL, NULL}}, 0, "['  a  b', 'c', 'd']"},
    {T("  a  b\343\200\200c\302\240 d "), "rsplit", {NULL}, 0, {{NULL, NULL}}, 0, "['a', 'b', 'c', 'd']"},
    {T("a,b,,c,"), "split", {"S,"}, 1, {{NULL, NULL}}, 0, "['a', 'b', '', 'c', '']"},
    {T("a,b,,c,"), "split", {"S,", "I2"}, 2, {{NULL, NULL}}, 0, "['a', 'b', ',c,']"},
    {T("a,b,,c,"), "rsplit", {"S,", "I2"}, 2, {{NULL, NULL}}, 0, "['a,b,', 'c', '']"},
    {T("a\303\251a\303\251a"), "split", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "['a', 'a', 'a']"},
    {T("a\303\251a\303\251a"), "rsplit", {"S\303\251", "I1"}, 2, {{NULL, NULL}}, 0, "['a\303\251a', 'a']"},
    {T("aaa"), "rsplit", {"Saa"}, 1, {{NULL, NULL}}, 0, "['a', '']"},
    {T("aaa"), "split", {"Saa"}, 1, {{NULL, NULL}}, 0, "['', 'a']"},
    {T("abc"), "split", {"S"}, 1, {{NULL, NULL}}, 0, "ValueError: empty separator"},
    {T(""), "split", {NULL}, 0, {{NULL, NULL}}, 0, "[]"},
    {T(""), "split", {"Sx"}, 1, {{NULL, NULL}}, 0, "['']"},
    {T("abc"), "split", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: must be str or None, not int"},
    {T("abc"), "split", {"Sb", "Sx"}, 2, {{NULL, NULL}}, 0, "TypeError: 'str' object cannot be interpreted as an integer"},
    {T("a b c"), "split", {NULL}, 0, {{"maxsplit", "I1"}}, 1, "['a', 'b c']"},
    {T("a b c"), "split", {NULL}, 0, {{"sep", "Sb"}}, 1, "['a ', ' c']"},
    {T("a b c"), "split", {NULL}, 0, {{"x", "I1"}}, 1, "TypeError: 'x' is an invalid keyword argument for split()"},
    {T("a b"), "split", {"S ", "I1", "I2"}, 3, {{NULL, NULL}}, 0, "TypeError: split() takes at most 2 arguments (3 given)"},
    {T("one\012two\015\012three\015four\013five\014six\034seven\035eight\036nine\302\205ten\342\200\250eleven\342\200\251end"), "splitlines", {NULL}, 0, {{NULL, NULL}}, 0, "['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'end']"},
    {T("a\015\012b\012\012c\015"), "splitlines", {"B1"}, 1, {{NULL, NULL}}, 0, "['a\\r\\n', 'b\\n', '\\n', 'c\\r']"},
    {T("a\015\012b\012"), "splitlines", {NULL}, 0, {{"keepends", "I1"}}, 1, "['a\\r\\n', 'b\\n']"},
    {T(""), "splitlines", {NULL}, 0, {{NULL, NULL}}, 0, "[]"},
    {T("a\012b"), "splitlines", {"F1.5"}, 1, {{NULL, NULL}}, 0, "TypeError: 'float' object cannot be interpreted as an integer"},
    {T("no breaks"), "splitlines", {NULL}, 0, {{NULL, NULL}}, 0, "['no breaks']"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "partition", {"S "}, 1, {{NULL, NULL}}, 0, "('h\303\251llo', ' ', 'w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!')"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rpartition", {"S "}, 1, {{NULL, NULL}}, 0, "('h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236', ' ', '\360\237\230\200!')"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "partition", {"Szz"}, 1, {{NULL, NULL}}, 0, "('h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!', '', '')"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "rpartition", {"Szz"}, 1, {{NULL, NULL}}, 0, "('', '', 'h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!')"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "partition", {"S"}, 1, {{NULL, NULL}}, 0, "ValueError: empty separator"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "partition", {"I5"}, 1, {{NULL, NULL}}, 0, "TypeError: must be str, not int"},
    {T("a.b.c"), "rpartition", {"S."}, 1, {{NULL, NULL}}, 0, "('a.b', '.', 'c')"},
    {T("\343\200\200\302\240 x y \011\012\302\205"), "strip", {NULL}, 0, {{NULL, NULL}}, 0, "'x y'"},
    {T("\343\200\200\302\240 x y \011\012\302\205"), "lstrip", {NULL}, 0, {{NULL, NULL}}, 0, "'x y \\t\\n\\x85'"},
    {T("\343\200\200\302\240 x y \011\012\302\205"), "rstrip", {NULL}, 0, {{NULL, NULL}}, 0, "'\\u3000\\xa0 x y'"},
    {T("\303\251a\303\251x\303\251"), "strip", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "'a\303\251x'"},
    {T("\303\251a\303\251x\303\251"), "lstrip", {"S\303\251a"}, 1, {{NULL, NULL}}, 0, "'x\303\251'"},
    {T("\303\251a\303\251x\303\251"), "rstrip", {"Sx\303\251"}, 1, {{NULL, NULL}}, 0, "'\303\251a'"},
    {T("xxyxx"), "strip", {"Sx"}, 1, {{NULL, NULL}}, 0, "'y'"},
    {T("abc"), "strip", {"S"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "strip", {"N"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "strip", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: strip arg must be None or str"},
    {T("abc"), "strip", {"Sa", "Sb"}, 2, {{NULL, NULL}}, 0, "TypeError: strip expected at most 1 argument, got 2"},
    {T("\346\227\245\346\234\254\350\252\236\346\227\245"), "strip", {"S\346\227\245"}, 1, {{NULL, NULL}}, 0, "'\346\234\254\350\252\236'"},
    {T("\360\237\230\200a\360\237\230\200"), "strip", {"S\360\237\230\200"}, 1, {{NULL, NULL}}, 0, "'a'"},
    {T("prefix-\303\251"), "removeprefix", {"Sprefix-"}, 1, {{NULL, NULL}}, 0, "'\303\251'"},
    {T("prefix-\303\251"), "removesuffix", {"S-\303\251"}, 1, {{NULL, NULL}}, 0, "'prefix'"},
    {T("abc"), "removesuffix", {"S"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "removeprefix", {"N"}, 1, {{NULL, NULL}}, 0, "TypeError: removeprefix() argument must be str, not None"},
    {T("abc"), "removesuffix", {"Sabcd"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("\303\251"), "center", {"I5"}, 1, {{NULL, NULL}}, 0, "'  \303\251  '"},
    {T("\303\251"), "center", {"I6", "S*"}, 2, {{NULL, NULL}}, 0, "'**\303\251***'"},
    {T("ab"), "center", {"I5", "S\303\251"}, 2, {{NULL, NULL}}, 0, "'\303\251\303\251ab\303\251'"},
    {T("abc"), "center", {"I4"}, 1, {{NULL, NULL}}, 0, "'abc '"},
    {T("ab"), "center", {"I7", "S\346\227\245"}, 2, {{NULL, NULL}}, 0, "'\346\227\245\346\227\245\346\227\245ab\346\227\245\346\227\245'"},
    {T("abc"), "ljust", {"I6", "S\360\237\230\200"}, 2, {{NULL, NULL}}, 0, "'abc\360\237\230\200\360\237\230\200\360\237\230\200'"},
    {T("abc"), "rjust", {"I6", "S\302\267"}, 2, {{NULL, NULL}}, 0, "'\302\267\302\267\302\267abc'"},
    {T("abc"), "rjust", {"I2"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "ljust", {"I5", "Sxy"}, 2, {{NULL, NULL}}, 0, "TypeError: The fill character must be exactly one character long"},
    {T("abc"), "ljust", {"I5", "I1"}, 2, {{NULL, NULL}}, 0, "TypeError: The fill character must be a unicode character, not int"},
    {T("abc"), "center", {NULL}, 0, {{NULL, NULL}}, 0, "TypeError: center expected at least 1 argument, got 0"},
    {T("abc"), "rjust", {"S5"}, 1, {{NULL, NULL}}, 0, "TypeError: 'str' object cannot be interpreted as an integer"},
    {T("abc"), "ljust", {"I-3"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "center", {"I1180591620717411303424"}, 1, {{NULL, NULL}}, 0, "OverflowError: Python int too large to convert to C ssize_t"},
    {T("42"), "zfill", {"I5"}, 1, {{NULL, NULL}}, 0, "'00042'"},
    {T("-42"), "zfill", {"I5"}, 1, {{NULL, NULL}}, 0, "'-0042'"},
    {T("+\303\251"), "zfill", {"I4"}, 1, {{NULL, NULL}}, 0, "'+00\303\251'"},
    {T(""), "zfill", {"I3"}, 1, {{NULL, NULL}}, 0, "'000'"},
    {T("abc"), "zfill", {"I-1"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "zfill", {"S3"}, 1, {{NULL, NULL}}, 0, "TypeError: 'str' object cannot be interpreted as an integer"},
    {T("a\011b\303\251\011c\012\011d"), "expandtabs", {NULL}, 0, {{NULL, NULL}}, 0, "'a       b\303\251      c\\n        d'"},
    {T("a\011b\303\251\011c"), "expandtabs", {"I4"}, 1, {{NULL, NULL}}, 0, "'a   b\303\251  c'"},
    {T("a\011b"), "expandtabs", {"I0"}, 1, {{NULL, NULL}}, 0, "'ab'"},
    {T("a\011b"), "expandtabs", {"I-1"}, 1, {{NULL, NULL}}, 0, "'ab'"},
    {T("\346\227\245\011\346\234\254\015\011"), "expandtabs", {"I3"}, 1, {{NULL, NULL}}, 0, "'\346\227\245  \346\234\254\\r   '"},
    {T("a"), "expandtabs", {"I1099511627776"}, 1, {{NULL, NULL}}, 0, "OverflowError: Python int too large to convert to C int"},
    {T("a\011b"), "expandtabs", {NULL}, 0, {{"tabsize", "I2"}}, 1, "'a b'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "replace", {"Sl", "SL"}, 2, {{NULL, NULL}}, 0, "'h\303\251LLo w\303\266rLd \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "replace", {"Sl", "SL", "I2"}, 3, {{NULL, NULL}}, 0, "'h\303\251LLo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "replace", {"S\303\266", "Soe"}, 2, {{NULL, NULL}}, 0, "'h\303\251llo woerld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "replace", {"S\360\237\230\200", "S"}, 2, {{NULL, NULL}}, 0, "'h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 !'"},
    {T("abc"), "replace", {"S", "S-"}, 2, {{NULL, NULL}}, 0, "'-a-b-c-'"},
    {T("abc"), "replace", {"S", "S-", "I2"}, 3, {{NULL, NULL}}, 0, "'-a-bc'"},
    {T(""), "replace", {"S", "Sx"}, 2, {{NULL, NULL}}, 0, "'x'"},
    {T(""), "replace", {"S", "Sx", "I0"}, 3, {{NULL, NULL}}, 0, "''"},
    {T("\346\227\245\346\234\254"), "replace", {"S", "S\302\267"}, 2, {{NULL, NULL}}, 0, "'\302\267\346\227\245\302\267\346\234\254\302\267'"},
    {T("aaa"), "replace", {"Sa", "Sb", "I-5"}, 3, {{NULL, NULL}}, 0, "'bbb'"},
    {T("aaa"), "replace", {"Sa", "Sb", "I0"}, 3, {{NULL, NULL}}, 0, "'aaa'"},
    {T("\303\251\303\251\303\251"), "replace", {"S\303\251", "Se"}, 2, {{NULL, NULL}}, 0, "'eee'"},
    {T("abc"), "replace", {"Sx", "Sy"}, 2, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "replace", {"Sa"}, 1, {{NULL, NULL}}, 0, "TypeError: replace expected at least 2 arguments, got 1"},
    {T("abc"), "replace", {"I1", "Sa"}, 2, {{NULL, NULL}}, 0, "TypeError: replace() argument 1 must be str, not int"},
    {T("abc"), "replace", {"Sa", "N"}, 2, {{NULL, NULL}}, 0, "TypeError: replace() argument 2 must be str, not None"},
    {T("abc"), "replace", {"Sa", "Sb", "Sc"}, 3, {{NULL, NULL}}, 0, "TypeError: 'str' object cannot be interpreted as an integer"},
    {T("abab"), "replace", {"Sab", "S\303\251\303\251"}, 2, {{NULL, NULL}}, 0, "'\303\251\303\251\303\251\303\251'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "'H\303\211LLO W\303\226RLD SS \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'H\303\251llo W\303\266rld Ss \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "capitalize", {NULL}, 0, {{NULL, NULL}}, 0, "'H\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "swapcase", {NULL}, 0, {{NULL, NULL}}, 0, "'H\303\211LLO W\303\226RLD SS \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "casefold", {NULL}, 0, {{NULL, NULL}}, 0, "'h\303\251llo w\303\266rld ss \346\227\245\346\234\254\350\252\236 \360\237\230\200!'"},
    {T("\303\237 \357\254\203 \305\211 \307\260 \316\220"), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "'SS FFI \312\274N J\314\214 \316\231\314\210\314\201'"},
    {T("\304\260stanbul"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'i\314\207stanbul'"},
    {T("\307\206enan \307\205 \307\206"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'\307\205enan \307\205 \307\205'"},
    {T("\307\206enan"), "capitalize", {NULL}, 0, {{NULL, NULL}}, 0, "'\307\205enan'"},
    {T("\316\221\316\243 \316\237\316\224\316\245\316\243\316\243\316\225\316\245\316\243"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\261\317\202 \316\277\316\264\317\205\317\203\317\203\316\265\317\205\317\202'"},
    {T("\316\243"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'\317\203'"},
    {T("\316\221\316\243."), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\261\317\202.'"},
    {T("\316\221\316\243.\316\221"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\261\317\203.\316\261'"},
    {T("a\316\243\315\205"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'a\317\202\315\205'"},
    {T("\316\221\316\243 \316\243 \316\243\316\221"), "lower", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\261\317\202 \317\203 \317\203\316\261'"},
    {T("\316\221\316\243 \316\237\316\224\316\245\316\243\316\243\316\225\316\245\316\243"), "swapcase", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\261\317\202 \316\277\316\264\317\205\317\203\317\203\316\265\317\205\317\202'"},
    {T("\316\221\316\243 \316\237\316\224\316\245\316\243\316\243\316\225\316\245\316\243"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\221\317\202 \316\237\316\264\317\205\317\203\317\203\316\265\317\205\317\202'"},
    {T("\316\221\316\243 \316\237\316\224\316\245\316\243\316\243\316\225\316\245\316\243"), "capitalize", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\221\317\202 \316\277\316\264\317\205\317\203\317\203\316\265\317\205\317\202'"},
    {T("they're bill's friends from the UK"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "\"They'Re Bill'S Friends From The Uk\""},
    {T("hello world"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'Hello World'"},
    {T("HELLO"), "capitalize", {NULL}, 0, {{NULL, NULL}}, 0, "'Hello'"},
    {T("Stra\303\237e"), "casefold", {NULL}, 0, {{NULL, NULL}}, 0, "'strasse'"},
    {T("\357\254\201ne"), "casefold", {NULL}, 0, {{NULL, NULL}}, 0, "'fine'"},
    {T("\316\243\316\221\316\243"), "casefold", {NULL}, 0, {{NULL, NULL}}, 0, "'\317\203\316\261\317\203'"},
    {T("\302\265"), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "'\316\234'"},
    {T("\303\277"), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "'\305\270'"},
    {T("hELLO wORLD \307\206"), "swapcase", {NULL}, 0, {{NULL, NULL}}, 0, "'Hello World \307\204'"},
    {T("\307\205"), "swapcase", {NULL}, 0, {{NULL, NULL}}, 0, "'\307\205'"},
    {T("\357\254\203"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'Ffi'"},
    {T("\303\237"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'Ss'"},
    {T("\303\237"), "capitalize", {NULL}, 0, {{NULL, NULL}}, 0, "'Ss'"},
    {T("abc"), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "'ABC'"},
    {T("ABC"), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "'ABC'"},
    {T("Ab1"), "swapcase", {NULL}, 0, {{NULL, NULL}}, 0, "'aB1'"},
    {T("a1b2 c3"), "title", {NULL}, 0, {{NULL, NULL}}, 0, "'A1B2 C3'"},
    {T("1ABC"), "capitalize", {NULL}, 0, {{NULL, NULL}}, 0, "'1abc'"},
    {T(""), "upper", {NULL}, 0, {{NULL, NULL}}, 0, "''"},
    {T(""), "title", {NULL}, 0, {{NULL, NULL}}, 0, "''"},
    {T(""), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(""), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T(""), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("ABC"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("ABC"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("ABC"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("ABC"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("ABC"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("ABC"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("ABC"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("ABC"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("ABC"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("ABC"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("ABC"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("ABC"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Abc"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Abc"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Abc"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Abc"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Abc"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Abc"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Abc"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Abc"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Abc"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Abc"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Abc"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Abc"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc123"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc123"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc123"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc123"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc123"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("abc123"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("123"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("123"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("123"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("123"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("123"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("123"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("123"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("123"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("123"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("123"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("123"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("123"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("12.5"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("12.5"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("12.5"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T(" "), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T(" "), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T(" "), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T(" "), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\011\012"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\011\012"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\011\012"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Hello World"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Hello World"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("Hello World"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("Hello World"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("hello World"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("hello World"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("hello World"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\251"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\251"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\251"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\251"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\251"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\251"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\251"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\251"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\251"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\251"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\251"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\251"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\237"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\237"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\237"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\303\237"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\237"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\303\237"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\262"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\262"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\262"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\262"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\262"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\275"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\275"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\275"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\275"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\331\243"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\331\243"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\331\243"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\331\243"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\331\243"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\331\243"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("_id"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("_id"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("_id"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("_id"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("id1"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("id1"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("id1"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("id1"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("id1"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("id1"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("1id"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("1id"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("1id"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("1id"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("1id"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("class"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("class"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("class"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("class"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("class"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("class"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("class"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("class"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("class"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("class"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("class"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("class"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\000"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\000"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("a b"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("a b"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a b"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("a b"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\204"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\204"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\204"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\204"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\204"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\204"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205a"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205a"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205a"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205a"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205a"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205a"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205A"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205A"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\205A"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205A"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\205A"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\343\200\200"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\343\200\200"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\205"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\205"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\034"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\034"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\240"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\302\240"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\302\240"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\346\227\245\346\234\254"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\346\227\245\346\234\254"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\346\227\245\346\234\254"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\346\227\245\346\234\254"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\346\227\245\346\234\254"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\224\230\360\235\224\253\360\235\224\246"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\205\253"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\205\253"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\205\253"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\205\253"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\205\253"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\205\253"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\205\253"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\205\253"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\205\253"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\205\253"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\205\253"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\205\253"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("x\314\201"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("x\314\201"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("x\314\201"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("x\314\201"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\342\200\250"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\342\200\250"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("a\360\237\230\200"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("a\360\237\230\200"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("a\360\237\230\200"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\316\243\316\221\316\243"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\316\243\316\221\316\243"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\316\243\316\221\316\243"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\316\243\316\221\316\243"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\316\243\316\221\316\243"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\316\243\316\221\316\243"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\312\260"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\312\260"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\312\260"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\312\260"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\312\260"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\312\260"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\210"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\210"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\307\210"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\210"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\210"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\307\210"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\237\230"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\237\230"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\237\230"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\237\230"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\360\235\237\230"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "True"},
    {T("\360\235\237\230"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isalpha", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isdigit", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isdecimal", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isnumeric", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isalnum", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isspace", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isupper", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "islower", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "istitle", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isidentifier", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isprintable", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("\355\240\200"), "isascii", {NULL}, 0, {{NULL, NULL}}, 0, "False"},
    {T("abc\303\251"), "translate", {"DI97\002N\003I98\002Sxyz\003I99\002I100\003I233\002SE"}, 1, {{NULL, NULL}}, 0, "'xyzdE'"},
    {T("abc"), "translate", {"DI97\002I1114112"}, 1, {{NULL, NULL}}, 0, "ValueError: character mapping must be in range(0x110000)"},
    {T("abc"), "translate", {"DI97\002F1.5"}, 1, {{NULL, NULL}}, 0, "TypeError: character mapping must return integer, None or str"},
    {T("abc"), "translate", {"DI97\002I-1"}, 1, {{NULL, NULL}}, 0, "ValueError: character mapping must be in range(0x110000)"},
    {T("abc"), "translate", {"L"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "translate", {"Sxyz"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("aaa\346\227\245"), "translate", {"DI97\002S\346\227\245\003I26085\002Sa"}, 1, {{NULL, NULL}}, 0, "'\346\227\245\346\227\245\346\227\245a'"},
    {T("abc"), "translate", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: 'int' object is not subscriptable"},
    {T(""), "maketrans", {"DSa\002I1\003I98\002Sx\003S\303\251\002N"}, 1, {{NULL, NULL}}, 0, "{97: 1, 98: 'x', 233: None}"},
    {T(""), "maketrans", {"DSab\002I1"}, 1, {{NULL, NULL}}, 0, "ValueError: string keys in translate table must be of length 1"},
    {T(""), "maketrans", {"DF1.5\002I1"}, 1, {{NULL, NULL}}, 0, "TypeError: keys in translate table must be strings or integers"},
    {T(""), "maketrans", {"Sa\303\251", "Sb\346\227\245"}, 2, {{NULL, NULL}}, 0, "{97: 98, 233: 26085}"},
    {T(""), "maketrans", {"Sab", "Sc"}, 2, {{NULL, NULL}}, 0, "ValueError: the first two maketrans arguments must have equal length"},
    {T(""), "maketrans", {"I1", "Sc"}, 2, {{NULL, NULL}}, 0, "TypeError: first maketrans argument must be a string if there is a second argument"},
    {T(""), "maketrans", {"Sab", "Scd", "Se\360\237\230\200"}, 3, {{NULL, NULL}}, 0, "{97: 99, 98: 100, 101: None, 128512: None}"},
    {T(""), "maketrans", {"Sa", "I1"}, 2, {{NULL, NULL}}, 0, "TypeError: maketrans() argument 2 must be str, not int"},
    {T(""), "maketrans", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: if you give only one argument to maketrans it must be a dict"},
    {T(""), "maketrans", {NULL}, 0, {{NULL, NULL}}, 0, "TypeError: maketrans expected at least 1 argument, got 0"},
    {T(""), "maketrans", {"Sa", "Sb", "Sc", "Sd"}, 4, {{NULL, NULL}}, 0, "TypeError: maketrans expected at most 3 arguments, got 4"},
    {T("\302\267"), "join", {"LSa\001S\303\251\001S\346\227\245"}, 1, {{NULL, NULL}}, 0, "'a\302\267\303\251\302\267\346\227\245'"},
    {T(""), "join", {"LSa\001Sb"}, 1, {{NULL, NULL}}, 0, "'ab'"},
    {T(", "), "join", {"TSx"}, 1, {{NULL, NULL}}, 0, "'x'"},
    {T("-"), "join", {"Sabc"}, 1, {{NULL, NULL}}, 0, "'a-b-c'"},
    {T("-"), "join", {"LSa\001I1"}, 1, {{NULL, NULL}}, 0, "TypeError: sequence item 1: expected str instance, int found"},
    {T("-"), "join", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: can only join an iterable"},
    {T("-"), "join", {"L"}, 1, {{NULL, NULL}}, 0, "''"},
    {T(""), "__sizeof__", {NULL}, 0, {{NULL, NULL}}, 0, "49"},
    {T("a"), "__sizeof__", {NULL}, 0, {{NULL, NULL}}, 0, "50"},
    {T("\303\251"), "__sizeof__", {NULL}, 0, {{NULL, NULL}}, 0, "74"},
    {T("a\303\251\342\202\254"), "__sizeof__", {NULL}, 0, {{NULL, NULL}}, 0, "80"},
    {T("\360\237\230\200"), "__sizeof__", {NULL}, 0, {{NULL, NULL}}, 0, "80"},
    {T("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), "__sizeof__", {NULL}, 0, {{NULL, NULL}}, 0, "149"},
    {T("ab\303\251"), "__getnewargs__", {NULL}, 0, {{NULL, NULL}}, 0, "('ab\303\251',)"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "encode", {NULL}, 0, {{NULL, NULL}}, 0, "b'h\\xc3\\xa9llo w\\xc3\\xb6rld \\xc3\\x9f \\xe6\\x97\\xa5\\xe6\\x9c\\xac\\xe8\\xaa\\x9e \\xf0\\x9f\\x98\\x80!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "encode", {"Sascii", "Sreplace"}, 2, {{NULL, NULL}}, 0, "b'h\077llo w\077rld \077 \077\077\077 \077!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "encode", {"Sascii", "Signore"}, 2, {{NULL, NULL}}, 0, "b'hllo wrld   !'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "encode", {"SUS-ASCII", "Sxmlcharrefreplace"}, 2, {{NULL, NULL}}, 0, "b'h&#233;llo w&#246;rld &#223; &#26085;&#26412;&#35486; &#128512;!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "encode", {"Slatin-1", "Sbackslashreplace"}, 2, {{NULL, NULL}}, 0, "b'h\\xe9llo w\\xf6rld \\xdf \\\\u65e5\\\\u672c\\\\u8a9e \\\\U0001f600!'"},
    {T("h\303\251llo w\303\266rld \303\237 \346\227\245\346\234\254\350\252\236 \360\237\230\200!"), "encode", {"Sascii"}, 1, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"},
    {T("a\303\251\303\251\342\202\254"), "encode", {"Slatin1"}, 1, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 3: ordinal not in range(256)"},
    {T("a\303\251"), "encode", {"SISO-8859-1"}, 1, {{NULL, NULL}}, 0, "b'a\\xe9'"},
    {T("x"), "encode", {"Sno-such-codec"}, 1, {{NULL, NULL}}, 0, "LookupError: unknown encoding: no-such-codec"},
    {T("x"), "encode", {"SUTF8"}, 1, {{NULL, NULL}}, 0, "b'x'"},
    {T("x"), "encode", {"S utf 8 "}, 1, {{NULL, NULL}}, 0, "b'x'"},
    {T("x"), "encode", {"Sutf.8"}, 1, {{NULL, NULL}}, 0, "LookupError: unknown encoding: utf.8"},
    {T("x"), "encode", {"Siso8859.1"}, 1, {{NULL, NULL}}, 0, "b'x'"},
    {T("x"), "encode", {"SL1"}, 1, {{NULL, NULL}}, 0, "b'x'"},
    {T("x"), "encode", {"S646"}, 1, {{NULL, NULL}}, 0, "b'x'"},
    {T("x"), "encode", {"I1"}, 1, {{NULL, NULL}}, 0, "TypeError: encode() argument 'encoding' must be str, not int"},
    {T("x"), "encode", {"Sutf-8", "N"}, 2, {{NULL, NULL}}, 0, "TypeError: encode() argument 'errors' must be str, not None"},
    {T("x"), "encode", {NULL}, 0, {{"errors", "Sstrict"}, {"encoding", "Sascii"}}, 2, "b'x'"},
    {T("a\355\240\200\355\260\200b"), "encode", {NULL}, 0, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 1-2: surrogates not allowed"},
    {T("a\355\240\200b"), "encode", {"Sutf-8", "Sreplace"}, 2, {{NULL, NULL}}, 0, "b'a\077b'"},
    {T("a\355\240\200\355\240\201b"), "encode", {"Sutf-8", "Sbackslashreplace"}, 2, {{NULL, NULL}}, 0, "b'a\\\\ud800\\\\ud801b'"},
    {T("a\355\263\277\355\262\200"), "encode", {"Sutf-8", "Ssurrogateescape"}, 2, {{NULL, NULL}}, 0, "b'a\\xff\\x80'"},
    {T("a\355\262\200\355\264\200\355\262\201"), "encode", {"Sascii", "Ssurrogateescape"}, 2, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)"},
    {T("a\355\240\200"), "encode", {"Sutf-8", "Ssurrogatepass"}, 2, {{NULL, NULL}}, 0, "b'a\\xed\\xa0\\x80'"},
    {T("\303\251\355\240\200"), "encode", {"Slatin-1", "Ssurrogatepass"}, 2, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'latin-1' codec can't encode character '\\ud800' in position 1: ordinal not in range(256)"},
    {T("a\303\251"), "encode", {"Sascii", "Sbogus"}, 2, {{NULL, NULL}}, 0, "LookupError: unknown error handler name 'bogus'"},
    {T("abc"), "encode", {"Sascii", "Sbogus"}, 2, {{NULL, NULL}}, 0, "b'abc'"},
    {T("\360\237\230\200"), "encode", {"Slatin-1", "Sxmlcharrefreplace"}, 2, {{NULL, NULL}}, 0, "b'&#128512;'"},
    {T("a\360\237\230\200b"), "encode", {"Sutf-16"}, 1, {{NULL, NULL}}, 0, "b'\\xff\\xfea\\x00=\\xd8\\x00\\xdeb\\x00'"},
    {T("a\360\237\230\200b"), "encode", {"Sutf-16-be"}, 1, {{NULL, NULL}}, 0, "b'\\x00a\\xd8=\\xde\\x00\\x00b'"},
    {T("na\303\257ve \342\230\225"), "encode", {"Sutf-16-le"}, 1, {{NULL, NULL}}, 0, "b'n\\x00a\\x00\\xef\\x00v\\x00e\\x00 \\x00\\x15&'"},
    {T("a\360\237\230\200b"), "encode", {"SUTF32"}, 1, {{NULL, NULL}}, 0, "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\x00\\xf6\\x01\\x00b\\x00\\x00\\x00'"},
    {T("a\360\237\230\200b"), "encode", {"Sutf_32_be"}, 1, {{NULL, NULL}}, 0, "b'\\x00\\x00\\x00a\\x00\\x01\\xf6\\x00\\x00\\x00\\x00b'"},
    {T(""), "encode", {"Sutf-16"}, 1, {{NULL, NULL}}, 0, "b'\\xff\\xfe'"},
    {T("abc"), "encode", {"Sutf-32-le"}, 1, {{NULL, NULL}}, 0, "b'a\\x00\\x00\\x00b\\x00\\x00\\x00c\\x00\\x00\\x00'"},
    {T("a\360\237\230\200\355\240\200b"), "encode", {"Sutf-16-le"}, 1, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'utf-16-le' codec can't encode character '\\ud800' in position 2: surrogates not allowed"},
    {T("a\355\240\200b"), "encode", {"Sutf-16-le", "Sreplace"}, 2, {{NULL, NULL}}, 0, "b'a\\x00\077\\x00b\\x00'"},
    {T("a\355\240\200b"), "encode", {"Sutf-16-le", "Sbackslashreplace"}, 2, {{NULL, NULL}}, 0, "b'a\\x00\\\\\\x00u\\x00d\\x008\\x000\\x000\\x00b\\x00'"},
    {T("a\355\240\200b"), "encode", {"Sutf-16-le", "Ssurrogatepass"}, 2, {{NULL, NULL}}, 0, "b'a\\x00\\x00\\xd8b\\x00'"},
    {T("a\355\262\200b"), "encode", {"Sutf-16-le", "Ssurrogateescape"}, 2, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'utf-16-le' codec can't encode character '\\udc80' in position 1: surrogates not allowed"},
    {T("a\355\240\200\355\260\200b"), "encode", {"Sutf-32"}, 1, {{NULL, NULL}}, 0, "UnicodeEncodeError: 'utf-32' codec can't encode character '\\ud800' in position 1: surrogates not allowed"},
    {T("a\355\240\200b"), "encode", {"Sutf-32-le", "Sxmlcharrefreplace"}, 2, {{NULL, NULL}}, 0, "b'a\\x00\\x00\\x00&\\x00\\x00\\x00#\\x00\\x00\\x005\\x00\\x00\\x005\\x00\\x00\\x002\\x00\\x00\\x009\\x00\\x00\\x006\\x00\\x00\\x00;\\x00\\x00\\x00b\\x00\\x00\\x00'"},
    {T("a\355\240\200b"), "encode", {"Sutf-32-le", "Signore"}, 2, {{NULL, NULL}}, 0, "b'a\\x00\\x00\\x00b\\x00\\x00\\x00'"},
    {T("a\355\240\200b"), "encode", {"Su32", "Ssurrogatepass"}, 2, {{NULL, NULL}}, 0, "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\x00\\xd8\\x00\\x00b\\x00\\x00\\x00'"},
    {T("\303\251"), "encode", {"Sunicodebigunmarked"}, 1, {{NULL, NULL}}, 0, "b'\\x00\\xe9'"},
};
static const mcase percent_cases[] = {
    {T("%s"), "%", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "'\303\251'"},
    {T("%5s|"), "%", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "'    \303\251|'"},
    {T("%-5s|"), "%", {"S\346\227\245\346\234\254"}, 1, {{NULL, NULL}}, 0, "'\346\227\245\346\234\254   |'"},
    {T("%.2s|"), "%", {"Sh\303\251llo"}, 1, {{NULL, NULL}}, 0, "'h\303\251|'"},
    {T("%5.1s|"), "%", {"S\303\251\346\227\245"}, 1, {{NULL, NULL}}, 0, "'    \303\251|'"},
    {T("%r"), "%", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "\"'\303\251'\""},
    {T("%a"), "%", {"S\303\251\346\227\245\360\237\230\200"}, 1, {{NULL, NULL}}, 0, "\"'\\\\xe9\\\\u65e5\\\\U0001f600'\""},
    {T("%d"), "%", {"I42"}, 1, {{NULL, NULL}}, 0, "'42'"},
    {T("%5d|"), "%", {"I-42"}, 1, {{NULL, NULL}}, 0, "'  -42|'"},
    {T("%-5d|"), "%", {"I42"}, 1, {{NULL, NULL}}, 0, "'42   |'"},
    {T("%05d"), "%", {"I-42"}, 1, {{NULL, NULL}}, 0, "'-0042'"},
    {T("%+d"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "'+5'"},
    {T("% d"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "' 5'"},
    {T("% +d"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "'+5'"},
    {T("%+.3d"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "'+005'"},
    {T("%.0d"), "%", {"I0"}, 1, {{NULL, NULL}}, 0, "'0'"},
    {T("%x"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'ff'"},
    {T("%X"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'FF'"},
    {T("%#x"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'0xff'"},
    {T("%#X"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'0XFF'"},
    {T("%#o"), "%", {"I8"}, 1, {{NULL, NULL}}, 0, "'0o10'"},
    {T("%o"), "%", {"I-8"}, 1, {{NULL, NULL}}, 0, "'-10'"},
    {T("%#.5x"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'0x000ff'"},
    {T("%.5x"), "%", {"I-255"}, 1, {{NULL, NULL}}, 0, "'-000ff'"},
    {T("%#10x|"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'      0xff|'"},
    {T("%#010x"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'0x000000ff'"},
    {T("%-#10x|"), "%", {"I255"}, 1, {{NULL, NULL}}, 0, "'0xff      |'"},
    {T("%x"), "%", {"I-255"}, 1, {{NULL, NULL}}, 0, "'-ff'"},
    {T("%#x"), "%", {"I-255"}, 1, {{NULL, NULL}}, 0, "'-0xff'"},
    {T("%i %u"), "%", {"TI3\001I4"}, 1, {{NULL, NULL}}, 0, "'3 4'"},
    {T("%d"), "%", {"B1"}, 1, {{NULL, NULL}}, 0, "'1'"},
    {T("%d"), "%", {"F3.99"}, 1, {{NULL, NULL}}, 0, "'3'"},
    {T("%d"), "%", {"F-3.99"}, 1, {{NULL, NULL}}, 0, "'-3'"},
    {T("%x"), "%", {"F3.5"}, 1, {{NULL, NULL}}, 0, "TypeError: %x format: an integer is required, not float"},
    {T("%d"), "%", {"S3"}, 1, {{NULL, NULL}}, 0, "TypeError: %d format: a real number is required, not str"},
    {T("%d"), "%", {"I1180591620717411303424"}, 1, {{NULL, NULL}}, 0, "'1180591620717411303424'"},
    {T("%x"), "%", {"I1180591620717411303424"}, 1, {{NULL, NULL}}, 0, "'400000000000000000'"},
    {T("%f"), "%", {"F1.5"}, 1, {{NULL, NULL}}, 0, "'1.500000'"},
    {T("%.2f"), "%", {"F3.14159"}, 1, {{NULL, NULL}}, 0, "'3.14'"},
    {T("%08.3f"), "%", {"F-1.5"}, 1, {{NULL, NULL}}, 0, "'-001.500'"},
    {T("%+08.3e"), "%", {"F1.5"}, 1, {{NULL, NULL}}, 0, "'+1.500e+00'"},
    {T("%e"), "%", {"F1e+100"}, 1, {{NULL, NULL}}, 0, "'1.000000e+100'"},
    {T("%G"), "%", {"F1e-10"}, 1, {{NULL, NULL}}, 0, "'1E-10'"},
    {T("%g"), "%", {"F123456789.0"}, 1, {{NULL, NULL}}, 0, "'1.23457e+08'"},
    {T("%#.0f"), "%", {"F2.0"}, 1, {{NULL, NULL}}, 0, "'2.'"},
    {T("%F"), "%", {"Finf"}, 1, {{NULL, NULL}}, 0, "'INF'"},
    {T("%f"), "%", {"Fnan"}, 1, {{NULL, NULL}}, 0, "'nan'"},
    {T("%010f"), "%", {"F-inf"}, 1, {{NULL, NULL}}, 0, "'-000000inf'"},
    {T("%f"), "%", {"Sx"}, 1, {{NULL, NULL}}, 0, "TypeError: must be real number, not str"},
    {T("%f"), "%", {"I3"}, 1, {{NULL, NULL}}, 0, "'3.000000'"},
    {T("%.*f"), "%", {"TI2\001F3.14159"}, 1, {{NULL, NULL}}, 0, "'3.14'"},
    {T("%.*f"), "%", {"TI-3\001F1.5"}, 1, {{NULL, NULL}}, 0, "'2'"},
    {T("%*d|"), "%", {"TI5\001I3"}, 1, {{NULL, NULL}}, 0, "'    3|'"},
    {T("%*d|"), "%", {"TI-5\001I3"}, 1, {{NULL, NULL}}, 0, "'3    |'"},
    {T("%*s"), "%", {"TSa\001Sb"}, 1, {{NULL, NULL}}, 0, "TypeError: * wants int"},
    {T("%.*s"), "%", {"TSa\001Sb"}, 1, {{NULL, NULL}}, 0, "TypeError: * wants int"},
    {T("%c"), "%", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "'\303\251'"},
    {T("%c"), "%", {"I26085"}, 1, {{NULL, NULL}}, 0, "'\346\227\245'"},
    {T("%c"), "%", {"Sab"}, 1, {{NULL, NULL}}, 0, "TypeError: %c requires int or char"},
    {T("%c"), "%", {"F1.5"}, 1, {{NULL, NULL}}, 0, "TypeError: %c requires int or char"},
    {T("%c"), "%", {"I1114112"}, 1, {{NULL, NULL}}, 0, "OverflowError: %c arg not in range(0x110000)"},
    {T("%c"), "%", {"I-1"}, 1, {{NULL, NULL}}, 0, "OverflowError: %c arg not in range(0x110000)"},
    {T("%3c|"), "%", {"I97"}, 1, {{NULL, NULL}}, 0, "'  a|'"},
    {T("%%"), "%", {"T"}, 1, {{NULL, NULL}}, 0, "'%'"},
    {T("100%% %s"), "%", {"Sx"}, 1, {{NULL, NULL}}, 0, "'100% x'"},
    {T("%5%"), "%", {"T"}, 1, {{NULL, NULL}}, 0, "TypeError: not enough arguments for format string"},
    {T("%5%"), "%", {"TI1"}, 1, {{NULL, NULL}}, 0, "ValueError: unsupported format character '%' (0x25) at index 2"},
    {T("%ld"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("%hd"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("%Lf"), "%", {"F1.0"}, 1, {{NULL, NULL}}, 0, "'1.000000'"},
    {T("%(a)s %(b)d"), "%", {"DSa\002S\303\251\003Sb\002I2"}, 1, {{NULL, NULL}}, 0, "'\303\251 2'"},
    {T("%(a)s"), "%", {"DSb\002I1"}, 1, {{NULL, NULL}}, 0, "KeyError: 'a'"},
    {T("%(a"), "%", {"DSa\002I1"}, 1, {{NULL, NULL}}, 0, "ValueError: incomplete format key"},
    {T("%(a)s"), "%", {"TSx"}, 1, {{NULL, NULL}}, 0, "TypeError: format requires a mapping"},
    {T("%(a)s %s"), "%", {"DSa\002I1"}, 1, {{NULL, NULL}}, 0, "TypeError: not enough arguments for format string"},
    {T("%(a)*d"), "%", {"DSa\002I1"}, 1, {{NULL, NULL}}, 0, "TypeError: not enough arguments for format string"},
    {T("%s %s"), "%", {"TI1"}, 1, {{NULL, NULL}}, 0, "TypeError: not enough arguments for format string"},
    {T("%s"), "%", {"TI1\001I2"}, 1, {{NULL, NULL}}, 0, "TypeError: not all arguments converted during string formatting"},
    {T("%s"), "%", {"T"}, 1, {{NULL, NULL}}, 0, "TypeError: not enough arguments for format string"},
    {T("abc"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "TypeError: not all arguments converted during string formatting"},
    {T("abc"), "%", {"T"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("abc"), "%", {"LI1"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("%s"), "%", {"LI1\001I2"}, 1, {{NULL, NULL}}, 0, "'[1, 2]'"},
    {T("abc"), "%", {"Sx"}, 1, {{NULL, NULL}}, 0, "TypeError: not all arguments converted during string formatting"},
    {T("%y"), "%", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unsupported format character 'y' (0x79) at index 1"},
    {T("abc %\303\251"), "%", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unsupported format character '\077' (0xe9) at index 5"},
    {T("%"), "%", {"T"}, 1, {{NULL, NULL}}, 0, "ValueError: incomplete format"},
    {T("%-"), "%", {"TI1"}, 1, {{NULL, NULL}}, 0, "ValueError: incomplete format"},
    {T("%*"), "%", {"TI5"}, 1, {{NULL, NULL}}, 0, "ValueError: incomplete format"},
    {T("%."), "%", {"TI1"}, 1, {{NULL, NULL}}, 0, "ValueError: incomplete format"},
    {T("%s"), "%", {"N"}, 1, {{NULL, NULL}}, 0, "'None'"},
    {T("%s %r"), "%", {"TS\346\227\245\001S\346\227\245"}, 1, {{NULL, NULL}}, 0, "\"\346\227\245 '\346\227\245'\""},
    {T("%(x)s-%(x)r"), "%", {"DSx\002S\303\251"}, 1, {{NULL, NULL}}, 0, "\"\303\251-'\303\251'\""},
    {T("%d"), "%", {"N"}, 1, {{NULL, NULL}}, 0, "TypeError: %d format: a real number is required, not NoneType"},
    {T("%-+05d|"), "%", {"I7"}, 1, {{NULL, NULL}}, 0, "'+7   |'"},
    {T("%0-10d|"), "%", {"I5"}, 1, {{NULL, NULL}}, 0, "'5         |'"},
    {T("%#o"), "%", {"I0"}, 1, {{NULL, NULL}}, 0, "'0o0'"},
    {T("%#x"), "%", {"I0"}, 1, {{NULL, NULL}}, 0, "'0x0'"},
    {T("%.3s"), "%", {"Sab"}, 1, {{NULL, NULL}}, 0, "'ab'"},
};
static const mcase format_cases[] = {
    {T("{} {}"), "format", {"S\303\251", "I2"}, 2, {{NULL, NULL}}, 0, "'\303\251 2'"},
    {T("{1}{0}"), "format", {"Sa", "Sb"}, 2, {{NULL, NULL}}, 0, "'ba'"},
    {T("{0}{}"), "format", {"I1", "I2"}, 2, {{NULL, NULL}}, 0, "ValueError: cannot switch from manual field specification to automatic field numbering"},
    {T("{}{0}"), "format", {"I1", "I2"}, 2, {{NULL, NULL}}, 0, "ValueError: cannot switch from automatic field numbering to manual field specification"},
    {T("{"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "ValueError: Single '{' encountered in format string"},
    {T("}"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "ValueError: Single '}' encountered in format string"},
    {T("x}y"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "ValueError: Single '}' encountered in format string"},
    {T("{{}}"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "'{}'"},
    {T("{{{0}}}"), "format", {"I5"}, 1, {{NULL, NULL}}, 0, "'{5}'"},
    {T("{0!}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unmatched '{' in format spec"},
    {T("{0!x}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Unknown conversion specifier x"},
    {T("{0!rr}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: expected ':' after conversion specifier"},
    {T("{0!\303\251}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Unknown conversion specifier \\xe9"},
    {T("{0!r:>5}|"), "format", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "\"  '\303\251'|\""},
    {T("{0!a}"), "format", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "\"'\\\\xe9'\""},
    {T("{!s}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "'1'"},
    {T("{0:{1}}|"), "format", {"I1", "I5"}, 2, {{NULL, NULL}}, 0, "'    1|'"},
    {T("{0:{1}.{2}f}"), "format", {"F3.14159", "I8", "I2"}, 3, {{NULL, NULL}}, 0, "'    3.14'"},
    {T("{:{}.{}f}"), "format", {"F3.14159", "I8", "I2"}, 3, {{NULL, NULL}}, 0, "'    3.14'"},
    {T("{0:{1:{2}}}"), "format", {"I1", "I2", "I3"}, 3, {{NULL, NULL}}, 0, "ValueError: Max string recursion exceeded"},
    {T("{:{:{}}}"), "format", {"I1", "I2", "I3"}, 3, {{NULL, NULL}}, 0, "ValueError: Max string recursion exceeded"},
    {T("{a.b}"), "format", {NULL}, 0, {{"a", "I1"}}, 1, "AttributeError: 'int' object has no attribute 'b'"},
    {T("{0[}"), "format", {"LI1"}, 1, {{NULL, NULL}}, 0, "ValueError: expected '}' before end of string"},
    {T("{0]}"), "format", {"LI1"}, 1, {{NULL, NULL}}, 0, "KeyError: '0]'"},
    {T("{0[0]x}"), "format", {"LI1"}, 1, {{NULL, NULL}}, 0, "ValueError: Only '.' or '[' may follow ']' in format field specifier"},
    {T("{0.}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Empty attribute in format string"},
    {T("{0[]}"), "format", {"DS\002I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Empty attribute in format string"},
    {T("{2}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "IndexError: Replacement index 2 out of range for positional args tuple"},
    {T("{x}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "KeyError: 'x'"},
    {T("{x}"), "format", {NULL}, 0, {{"y", "I1"}}, 1, "KeyError: 'x'"},
    {T("{0[a]}"), "format", {"DSa\002I5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("{0[10]}"), "format", {"LI0\001I1\001I2\001I3\001I4\001I5\001I6\001I7\001I8\001I9\001I10"}, 1, {{NULL, NULL}}, 0, "'10'"},
    {T("{0[-1]}"), "format", {"DS-1\002I5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("{0.real}"), "format", {"I3"}, 1, {{NULL, NULL}}, 0, "'3'"},
    {T("{0:{1}"), "format", {"I1", "I2"}, 2, {{NULL, NULL}}, 0, "ValueError: unmatched '{' in format spec"},
    {T("{0:}}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Single '}' encountered in format string"},
    {T("{99999999999999999999}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Too many decimal digits in format string"},
    {T("{0}"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "IndexError: Replacement index 0 out of range for positional args tuple"},
    {T("{}"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "IndexError: Replacement index 0 out of range for positional args tuple"},
    {T("{ }"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "KeyError: ' '"},
    {T("{0 }"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "KeyError: '0 '"},
    {T("{:{}}"), "format", {"I1", "I5"}, 2, {{NULL, NULL}}, 0, "'    1'"},
    {T("{0:{}}"), "format", {"I1", "I5"}, 2, {{NULL, NULL}}, 0, "ValueError: cannot switch from manual field specification to automatic field numbering"},
    {T("{a"), "format", {NULL}, 0, {{"a", "I1"}}, 1, "ValueError: expected '}' before end of string"},
    {T("x{"), "format", {NULL}, 0, {{NULL, NULL}}, 0, "ValueError: Single '{' encountered in format string"},
    {T("{0:x"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unmatched '{' in format spec"},
    {T("{0!r"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unmatched '{' in format spec"},
    {T("{0!"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: end of string while looking for conversion specifier"},
    {T("{0[0]"), "format", {"LI1"}, 1, {{NULL, NULL}}, 0, "ValueError: expected '}' before end of string"},
    {T("{[0]}"), "format", {"LI5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("{.real}"), "format", {"I5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("{0}}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: Single '}' encountered in format string"},
    {T("{name:*^9}|{n:+05d}"), "format", {NULL}, 0, {{"name", "S\303\251\346\227\245"}, {"n", "I42"}}, 2, "'***\303\251\346\227\245****|+0042'"},
    {T("{:\303\251>6}|{:\346\227\245<4}|"), "format", {"Sab", "Sc"}, 2, {{NULL, NULL}}, 0, "'\303\251\303\251\303\251\303\251ab|c\346\227\245\346\227\245\346\227\245|'"},
    {T("{:^7.2s}|"), "format", {"Sh\303\251llo"}, 1, {{NULL, NULL}}, 0, "'  h\303\251   |'"},
    {T("{\331\240}"), "format", {"Sdigit"}, 1, {{NULL, NULL}}, 0, "'digit'"},
    {T("{0[\331\240]}"), "format", {"LSx"}, 1, {{NULL, NULL}}, 0, "'x'"},
    {T("{:x} {:#b} {:,}"), "format", {"I255", "I5", "I1234567"}, 3, {{NULL, NULL}}, 0, "'ff 0b101 1,234,567'"},
    {T("{:.3}"), "format", {"Sabcdef"}, 1, {{NULL, NULL}}, 0, "'abc'"},
    {T("{0} {0!r} {0!s:>4}"), "format", {"S\303\251"}, 1, {{NULL, NULL}}, 0, "\"\303\251 '\303\251'    \303\251\""},
    {T("{a[0]} {a[1]}"), "format", {NULL}, 0, {{"a", "LSp\001Sq"}}, 1, "'p q'"},
    {T("{0[x][0]}"), "format", {"DSx\002Syz"}, 1, {{NULL, NULL}}, 0, "'y'"},
    {T("{0.imag.real}"), "format", {"I5"}, 1, {{NULL, NULL}}, 0, "'0'"},
    {T("{0[0].real}"), "format", {"LI5"}, 1, {{NULL, NULL}}, 0, "'5'"},
    {T("{:%}"), "format", {"F0.25"}, 1, {{NULL, NULL}}, 0, "'25.000000%'"},
    {T("{:d}"), "format", {"Sx"}, 1, {{NULL, NULL}}, 0, "ValueError: Unknown format code 'd' for object of type 'str'"},
    {T("{:s}"), "format", {"I5"}, 1, {{NULL, NULL}}, 0, "ValueError: Unknown format code 's' for object of type 'int'"},
    {T("{:>{w}}"), "format", {"Sa"}, 1, {{"w", "I3"}}, 1, "'  a'"},
    {T("{!}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unmatched '{' in format spec"},
    {T("{:{"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unmatched '{' in format spec"},
    {T("{0{}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: unexpected '{' in field name"},
    {T("{0!s!r}"), "format", {"I1"}, 1, {{NULL, NULL}}, 0, "ValueError: expected ':' after conversion specifier"},
    {T("h\303\251llo {0} w\303\266rld"), "format", {"S\346\227\245"}, 1, {{NULL, NULL}}, 0, "'h\303\251llo \346\227\245 w\303\266rld'"},
    {T(""), "format", {NULL}, 0, {{NULL, NULL}}, 0, "''"},
    {T("{}"), "format", {"S"}, 1, {{NULL, NULL}}, 0, "''"},
    {T("{a}-{b}"), "format_map", {"DSa\002I1\003Sb\002S\303\251"}, 1, {{NULL, NULL}}, 0, "'1-\303\251'"},
    {T("{0}"), "format_map", {"D"}, 1, {{NULL, NULL}}, 0, "ValueError: Format string contains positional fields"},
    {T("{}"), "format_map", {"D"}, 1, {{NULL, NULL}}, 0, "ValueError: Format string contains positional fields"},
    {T("{a}"), "format_map", {"D"}, 1, {{NULL, NULL}}, 0, "KeyError: 'a'"},
    {T("{a[0]}"), "format_map", {"DSa\002Sxy"}, 1, {{NULL, NULL}}, 0, "'x'"},
    {T("{a:>{w}}"), "format_map", {"DSa\002Sz\003Sw\002I3"}, 1, {{NULL, NULL}}, 0, "'  z'"},
    {T("\303\251"), "__format__", {"S"}, 1, {{NULL, NULL}}, 0, "'\303\251'"},
    {T("\303\251"), "__format__", {"S>5"}, 1, {{NULL, NULL}}, 0, "'    \303\251'"},
    {T("\346\227\245\346\234\254"), "__format__", {"S*^6"}, 1, {{NULL, NULL}}, 0, "'**\346\227\245\346\234\254**'"},
    {T("abc"), "__format__", {"S.2"}, 1, {{NULL, NULL}}, 0, "'ab'"},
    {T("abc"), "__format__", {"Sd"}, 1, {{NULL, NULL}}, 0, "ValueError: Unknown format code 'd' for object of type 'str'"},
    {T("abc"), "__format__", {"S=5"}, 1, {{NULL, NULL}}, 0, "ValueError: '=' alignment not allowed in string format specifier"},
    {T("abc"), "__format__", {"S+"}, 1, {{NULL, NULL}}, 0, "ValueError: Sign not allowed in string format specifier"},
    {T("\303\251"), "__format__", {"I5"}, 1, {{NULL, NULL}}, 0, "TypeError: __format__() argument must be str, not int"},
    {T("\303\251"), "__format__", {"N"}, 1, {{NULL, NULL}}, 0, "TypeError: __format__() argument must be str, not None"},
    {T("abc"), "__format__", {"S05"}, 1, {{NULL, NULL}}, 0, "'abc00'"},
    {T("ab"), "__format__", {"S,"}, 1, {{NULL, NULL}}, 0, "ValueError: Cannot specify ',' with 's'."},
};
static const dcase decode_cases[] = {
    {"h\303\251llo", 6, NULL, NULL, "'h\303\251llo'"},
    {"\377\376ab", 4, "utf-8", "replace", "'\357\277\275\357\277\275ab'"},
    {"\377ab", 3, "utf-8", "ignore", "'ab'"},
    {"\377\376", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
    {"\342\202", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
    {"\342\202x", 3, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
    {"\355\240\200", 3, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
    {"\360\200", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"},
    {"\300\257", 2, "utf-8", "replace", "'\357\277\275\357\277\275'"},
    {"\355\240\200\355\260\200", 6, "utf-8", "surrogatepass", "'\\ud800\\udc00'"},
    {"a\355\240", 3, "utf-8", "surrogatepass", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte"},
    {"a\377b", 3, "ascii", NULL, "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)"},
    {"a\377\376b", 4, "ascii", "surrogateescape", "'a\\udcff\\udcfeb'"},
    {"\342\202", 2, "utf-8", "backslashreplace", "'\\\\xe2\\\\x82'"},
    {"\364\220\200\200", 4, "utf-8", "replace", "'\357\277\275\357\277\275\357\277\275\357\277\275'"},
    {"caf\351", 4, "latin-1", NULL, "'caf\303\251'"},
    {"\200abc", 4, "l1", NULL, "'\\x80abc'"},
    {"\351\200", 2, "utf-8", "surrogateescape", "'\\udce9\\udc80'"},
    {"\360\237\230", 3, "utf-8", "replace", "'\357\277\275'"},
    {"\360\237\230x", 4, "utf-8", "replace", "'\357\277\275x'"},
    {"\340\200\200", 3, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
    {"\364\220", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
    {"\360\237", 2, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
    {"\200", 1, "utf-8", NULL, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"},
    {"\377", 1, "utf-8", "surrogatepass", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
    {"\377", 1, "utf-8", "xmlcharrefreplace", "TypeError: don't know how to handle UnicodeDecodeError in error callback"},
    {"\377", 1, "utf-8", "bogus", "LookupError: unknown error handler name 'bogus'"},
    {"abc", 3, "utf-8", "bogus", "'abc'"},
    {"x", 1, "rot-13", NULL, "LookupError: 'rot-13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
    {"\303\251\360\237\230\200", 6, "UTF8", NULL, "'\303\251\360\237\230\200'"},
    {"a\000b", 3, "ascii", NULL, "'a\\x00b'"},
    {"a\377b", 3, "ascii", "replace", "'a\357\277\275b'"},
    {"\303", 1, "utf-8", "replace", "'\357\277\275'"},
    {"ok\342\202\254", 5, "u8", "strict", "'ok\342\202\254'"},
    {"a\000b", 3, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"},
    {"a\000b\000c", 5, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x63 in position 4: truncated data"},
    {"\377\376a\000", 4, "utf-16", NULL, "'a'"},
    {"\376\377\000a", 4, "utf-16", NULL, "'a'"},
    {"a\000", 2, "utf-16", NULL, "'a'"},
    {"\000a", 2, "utf-16", NULL, "'\346\204\200'"},
    {"\000\330a\000", 4, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"},
    {"\000\334a\000", 4, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"},
    {"\000\330", 2, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data"},
    {"\000\330\000\330", 4, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"},
    {"\000\330\000\334", 4, "utf-16-le", NULL, "'\360\220\200\200'"},
    {"a\000b", 3, "utf-16-le", "replace", "'a\357\277\275'"},
    {"\000\330a\000", 4, "utf-16-le", "replace", "'\357\277\275a'"},
    {"\000\334a\000", 4, "utf-16-le", "surrogatepass", "'\\udc00a'"},
    {"\000\334a\000", 4, "utf-16-le", "backslashreplace", "'\\\\x00\\\\xdca'"},
    {"\000\330", 2, "utf-16-le", "replace", "'\357\277\275'"},
    {"a\000\000\000b", 5, "utf-32-le", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode byte 0x62 in position 4: truncated data"},
    {"\000\000\021\000", 4, "utf-32-le", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
    {"\000\330\000\000", 4, "utf-32-le", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"},
    {"\377\376\000\000a\000\000\000", 8, "utf-32", NULL, "'a'"},
    {"\000\000\376\377\000\000\000a", 8, "utf-32", NULL, "'a'"},
    {"\000\330\000\000", 4, "utf-32-le", "surrogatepass", "'\\ud800'"},
    {"\000\000\021\000", 4, "utf-32-le", "replace", "'\357\277\275'"},
    {"\377\376", 2, "utf-16", NULL, "''"},
    {"", 0, "utf-16", NULL, "''"},
    {"\377\376\377\376", 4, "utf-16", NULL, "'\\ufeff'"},
    {"\000\330\377", 3, "utf-16-le", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data"},
    {"a\000b", 3, "utf-16", NULL, "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"},
    {"\376\377\000a\000", 5, "utf-16", NULL, "UnicodeDecodeError: 'utf-16-be' codec can't decode byte 0x00 in position 4: truncated data"},
    {"a\000\000", 3, "utf-32", NULL, "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-2: truncated data"},
    {"\000\334a\000", 4, "utf-16-le", "surrogateescape", "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"},
    {"\200\334a\000", 4, "utf-16-le", "surrogateescape", "'\\udc80\\udcdca'"},
    {"\000\330a\000", 4, "utf-16-le", "surrogatepass", "'\\ud800a'"},
    {"\000\330", 2, "utf-16-le", "surrogatepass", "'\\ud800'"},
    {"a\000b", 3, "utf-16-le", "ignore", "'a'"},
    {"a\000\000", 3, "utf-32-le", "backslashreplace", "'\\\\x61\\\\x00\\\\x00'"},
    {"\000\330\000\330\000\334", 6, "utf-16-le", "replace", "'\357\277\275\360\220\200\200'"},
    {"\000\000\021\000", 4, "utf-32-le", "surrogatepass", "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
    {"=\330\000\336", 4, "utf16le", NULL, "LookupError: unknown encoding: utf16le"},
    {"\355\240\200\355\260\200", 6, "utf-8", "surrogatepass", "'\\ud800\\udc00'"},
};

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
    static const struct {
        uint32_t cp;
        unsigned flags;
        int decimal;
        uint32_t lower[3], upper[3], title[3], fold[3];
    } chars[] = {
        {0x1C5, MP_UC_ALPHA | MP_UC_TITLE | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x1C6}, {0x1C4}, {0x1C5}, {0x1C6}},
        {0xDF, MP_UC_ALPHA | MP_UC_LOWER | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0xDF}, {0x53, 0x53}, {0x53, 0x73}, {0x73, 0x73}},
        {0x130, MP_UC_ALPHA | MP_UC_UPPER | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x69, 0x307}, {0x130}, {0x130}, {0x69, 0x307}},
        {0xFB03, MP_UC_ALPHA | MP_UC_LOWER | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0xFB03}, {0x46, 0x46, 0x49}, {0x46, 0x66, 0x69}, {0x66, 0x66, 0x69}},
        {0x663, MP_UC_DECIMAL | MP_UC_DIGIT | MP_UC_NUMERIC | MP_UC_PRINTABLE | MP_UC_XID_CONTINUE, 3, {0x663}, {0x663}, {0x663}, {0x663}},
        {0xB2, MP_UC_DIGIT | MP_UC_NUMERIC | MP_UC_PRINTABLE, -1, {0xB2}, {0xB2}, {0xB2}, {0xB2}},
        {0xBD, MP_UC_NUMERIC | MP_UC_PRINTABLE, -1, {0xBD}, {0xBD}, {0xBD}, {0xBD}},
        {0x3000, MP_UC_SPACE, -1, {0x3000}, {0x3000}, {0x3000}, {0x3000}},
        {0x85, MP_UC_SPACE, -1, {0x85}, {0x85}, {0x85}, {0x85}},
        {0x345, MP_UC_LOWER | MP_UC_CASED | MP_UC_CASE_IGNORABLE | MP_UC_PRINTABLE | MP_UC_XID_CONTINUE, -1, {0x345}, {0x399}, {0x399}, {0x3B9}},
        {0x3A3, MP_UC_ALPHA | MP_UC_UPPER | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x3C3}, {0x3A3}, {0x3A3}, {0x3C3}},
        {0xD800, 0, -1, {0xD800}, {0xD800}, {0xD800}, {0xD800}},
        {0x10FFFF, 0, -1, {0x10FFFF}, {0x10FFFF}, {0x10FFFF}, {0x10FFFF}},
        {0x30, MP_UC_DECIMAL | MP_UC_DIGIT | MP_UC_NUMERIC | MP_UC_PRINTABLE | MP_UC_XID_CONTINUE, 0, {0x30}, {0x30}, {0x30}, {0x30}},
        {0x5F, MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x5F}, {0x5F}, {0x5F}, {0x5F}},
        {0x27, MP_UC_CASE_IGNORABLE | MP_UC_PRINTABLE, -1, {0x27}, {0x27}, {0x27}, {0x27}},
        {0x2B0, MP_UC_ALPHA | MP_UC_LOWER | MP_UC_CASED | MP_UC_CASE_IGNORABLE | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x2B0}, {0x2B0}, {0x2B0}, {0x2B0}},
        {0x1D518, MP_UC_ALPHA | MP_UC_UPPER | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x1D518}, {0x1D518}, {0x1D518}, {0x1D518}},
        {0x2167, MP_UC_NUMERIC | MP_UC_UPPER | MP_UC_CASED | MP_UC_PRINTABLE | MP_UC_XID_START | MP_UC_XID_CONTINUE, -1, {0x2177}, {0x2167}, {0x2167}, {0x2177}},
    };
    for (size_t i = 0; i < N(chars); i++) {
        uint32_t cp = chars[i].cp, out[MP_UNICODE_MAX_MAPPING];
        cr_expect_eq(mp_unicode_flags(cp), chars[i].flags, "flags of U+%04X", cp);
        cr_expect_eq(mp_unicode_decimal(cp), chars[i].decimal, "decimal of U+%04X", cp);
        int (*const maps[4])(uint32_t, uint32_t *) = {mp_unicode_to_lower, mp_unicode_to_upper,
                                                      mp_unicode_to_title, mp_unicode_to_fold};
        const uint32_t *wants[4] = {chars[i].lower, chars[i].upper, chars[i].title, chars[i].fold};
        for (int k = 0; k < 4; k++) {
            int n = maps[k](cp, out);
            for (int j = 0; j < 3; j++) {
                uint32_t w = wants[k][j];
                if (j < n)
                    cr_expect_eq(out[j], w, "mapping %d of U+%04X", k, cp);
                else
                    cr_expect_eq(w, 0, "mapping %d of U+%04X is too short", k, cp);
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

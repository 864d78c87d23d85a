/* The unicodedata module: the Unicode Character Database 14.0.0, as
 * CPython 3.11's module answers from it (names and lookup, the
 * properties of one character, decomposition mappings, the four
 * normalization forms).  The data and the algorithms are in
 * src/util/unicode*.c (unicode.h); this file checks arguments and makes
 * the results, with CPython's messages.
 *
 * Not here: ucd_3_2_0 and the UCD type it is an instance of (the 3.2.0
 * database IDNA uses), and _ucnhash_CAPI (a capsule for C code); they
 * raise AttributeError, as any missing attribute does. */
#include <stdio.h>
#include <string.h>

#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/unicode.h"

#define FN(f) ((void (*)(void))(f))

/* ---- arguments ----------------------------------------------------------------------------------- */

/* The one character of arg, for fname's argument argnum (0: its only
 * one), or -1 with Argument Clinic's TypeError for anything but a str of
 * length one. */
static int one_char(mp_obj arg, const char *fname, int argnum, uint32_t *cp)
{
    if (mp_str_check(arg) && mp_str_len(arg) == 1) {
        const char *p = mp_str_utf8(arg);
        *cp = mp_utf8_next(&p);
        return 0;
    }
    char which[32] = "argument";
    if (argnum)
        snprintf(which, sizeof which, "argument %d", argnum);
    /* _PyArg_BadArgument names None by itself, other objects by type. */
    mp_err_format(&mp_type_TypeError, "%s() %s must be a unicode character, not %s", fname,
                  which, arg == mp_none ? "None" : mp_type_of(arg)->name);
    return -1;
}

/* A str argument (normalize's and is_normalized's), or -1 with the
 * TypeError. */
static int str_arg(mp_obj arg, const char *fname, int argnum)
{
    if (mp_str_check(arg))
        return 0;
    mp_err_format(&mp_type_TypeError, "%s() argument %d must be str, not %s", fname, argnum,
                  arg == mp_none ? "None" : mp_type_of(arg)->name);
    return -1;
}

/* For the functions with a default (decimal, digit, numeric, name): the
 * character, and the default or NULL.  0 or -1. */
static int char_and_default(const char *fname, mp_obj const *args, size_t nargs, uint32_t *cp,
                            mp_obj *dflt)
{
    if (mp_arg_check_count(fname, nargs, 1, 2) < 0 || one_char(args[0], fname, 1, cp) < 0)
        return -1;
    *dflt = nargs > 1 ? args[1] : NULL;
    return 0;
}

/* The default if there is one (a new reference), else ValueError(msg). */
static mp_obj or_default(mp_obj dflt, const char *msg)
{
    if (dflt)
        return mp_newref(dflt);
    return mp_err_set_str(&mp_type_ValueError, msg);
}

/* ---- names -------------------------------------------------------------------------------------- */

static mp_obj ud_name(mp_obj self, mp_obj const *args, size_t nargs)
{
    uint32_t cp;
    mp_obj dflt;
    if (char_and_default("name", args, nargs, &cp, &dflt) < 0)
        return NULL;
    char name[MP_UNICODE_NAME_MAX];
    size_t len = mp_unicode_name(cp, name);
    if (len == 0)
        return or_default(dflt, "no such name");
    return mp_str_new(name, len);
}

/* KeyError("undefined character name '...'"), the name shown as
 * CPython's %s shows it: up to its first NUL, decoded with "replace". */
static mp_obj undefined_name(const char *name, size_t len)
{
    const char *nul = memchr(name, '\0', len);
    mp_obj shown = mp_str_decode_utf8(name, nul ? (size_t)(nul - name) : len, "replace");
    if (!shown)
        return NULL;
    mp_err_format(&mp_type_KeyError, "undefined character name '%U'", shown);
    mp_decref(shown);
    return NULL;
}

/* lookup(name): name is a str (its UTF-8 bytes are looked up) or bytes;
 * CPython's 's#' takes no other bytes-like object. */
static mp_obj ud_lookup(mp_obj self, mp_obj arg)
{
    mp_obj encoded = NULL;
    const char *name;
    size_t len;
    if (mp_str_check(arg)) {
        /* Encoding raises UnicodeEncodeError for a lone surrogate. */
        encoded = mp_str_encode(arg, "utf-8", "strict");
        if (!encoded)
            return NULL;
        arg = encoded;
    }
    if (mp_bytes_check(arg)) {
        name = MP_BYTES_DATA(arg);
        len = (size_t)MP_BYTES_LEN(arg);
    } else if (mp_bytes_like_check(arg)) {
        return mp_err_format(&mp_type_TypeError,
                             "lookup() argument must be read-only bytes-like object, not %T", arg);
    } else {
        return mp_err_format(&mp_type_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    mp_obj result = NULL;
    uint32_t cp;
    const uint32_t *seq;
    int n;
    if (len > 256) {
        mp_err_set_str(&mp_type_KeyError, "name too long");
    } else if (mp_unicode_lookup_name(name, len, &cp)) {
        result = mp_str_from_char(cp);
    } else if ((n = mp_unicode_lookup_sequence(name, len, &seq)) > 0) {
        mp_buf b = MP_BUF_INIT;
        for (int i = 0; i < n; i++)
            mp_buf_put_utf8(&b, seq[i]);
        result = mp_str_from_buf(&b);
    } else {
        undefined_name(name, len);
    }
    mp_xdecref(encoded);
    return result;
}

/* ---- numeric values ----------------------------------------------------------------------------- */

static mp_obj ud_decimal(mp_obj self, mp_obj const *args, size_t nargs)
{
    uint32_t cp;
    mp_obj dflt;
    if (char_and_default("decimal", args, nargs, &cp, &dflt) < 0)
        return NULL;
    int v = mp_unicode_decimal(cp);
    return v < 0 ? or_default(dflt, "not a decimal") : mp_small(v);
}

static mp_obj ud_digit(mp_obj self, mp_obj const *args, size_t nargs)
{
    uint32_t cp;
    mp_obj dflt;
    if (char_and_default("digit", args, nargs, &cp, &dflt) < 0)
        return NULL;
    int v = mp_unicode_digit(cp);
    return v < 0 ? or_default(dflt, "not a digit") : mp_small(v);
}

static mp_obj ud_numeric(mp_obj self, mp_obj const *args, size_t nargs)
{
    uint32_t cp;
    mp_obj dflt;
    double v;
    if (char_and_default("numeric", args, nargs, &cp, &dflt) < 0)
        return NULL;
    if (!mp_unicode_numeric(cp, &v))
        return or_default(dflt, "not a numeric character");
    return mp_float_new(v);
}

/* ---- the properties of one character ------------------------------------------------------------ */

static mp_obj ud_category(mp_obj self, mp_obj arg)
{
    uint32_t cp;
    if (one_char(arg, "category", 0, &cp) < 0)
        return NULL;
    return mp_str_from_cstr(mp_unicode_category(cp));
}

static mp_obj ud_bidirectional(mp_obj self, mp_obj arg)
{
    uint32_t cp;
    if (one_char(arg, "bidirectional", 0, &cp) < 0)
        return NULL;
    return mp_str_from_cstr(mp_unicode_bidirectional(cp));
}

static mp_obj ud_combining(mp_obj self, mp_obj arg)
{
    uint32_t cp;
    if (one_char(arg, "combining", 0, &cp) < 0)
        return NULL;
    return mp_small(mp_unicode_combining(cp));
}

static mp_obj ud_east_asian_width(mp_obj self, mp_obj arg)
{
    uint32_t cp;
    if (one_char(arg, "east_asian_width", 0, &cp) < 0)
        return NULL;
    return mp_str_from_cstr(mp_unicode_east_asian_width(cp));
}

static mp_obj ud_mirrored(mp_obj self, mp_obj arg)
{
    uint32_t cp;
    if (one_char(arg, "mirrored", 0, &cp) < 0)
        return NULL;
    return mp_small(mp_unicode_mirrored(cp));
}

/* The mapping as UnicodeData.txt writes it: '<compat> 0020 0301'. */
static mp_obj ud_decomposition(mp_obj self, mp_obj arg)
{
    uint32_t cp;
    if (one_char(arg, "decomposition", 0, &cp) < 0)
        return NULL;
    const char *tag;
    const uint32_t *cps;
    int n = mp_unicode_decomposition(cp, &tag, &cps);
    mp_buf b = MP_BUF_INIT;
    mp_buf_puts(&b, tag);
    for (int i = 0; i < n; i++)
        mp_buf_printf(&b, b.len ? " %04X" : "%04X", (unsigned)cps[i]);
    return mp_str_from_buf(&b);
}

/* ---- normalization ------------------------------------------------------------------------------ */

/* The form named by form (a str), or -1 with ValueError. */
static int form_of(mp_obj form)
{
    static const char *const names[] = {"NFC", "NFD", "NFKC", "NFKD"};
    for (int i = 0; i < 4; i++)
        if (mp_str_eq_cstr(form, names[i]))
            return i;
    mp_err_set_str(&mp_type_ValueError, "invalid normalization form");
    return -1;
}

/* Whether s is certainly in the form without normalising it: every
 * character passes the quick check and the combining classes never go
 * down (CPython's is_normalized_quickcheck, keeping only its yes). */
static int quick_yes(mp_obj s, mp_unicode_form form)
{
    if (((mp_str *)s)->ascii)
        return 1;
    const char *p = mp_str_utf8(s), *end = p + mp_str_nbytes(s);
    int prev = 0;
    while (p < end) {
        uint32_t cp = mp_utf8_next(&p);
        int ccc = mp_unicode_combining(cp);
        if ((ccc && prev > ccc) || !mp_unicode_quick_yes(cp, form))
            return 0;
        prev = ccc;
    }
    return 1;
}

/* The normal form of s as a new str (always a new object). */
static mp_obj normalized(mp_obj s, mp_unicode_form form)
{
    mp_buf b = MP_BUF_INIT;
    if (mp_unicode_normalize(form, mp_str_utf8(s), mp_str_nbytes(s), &b) < 0) {
        mp_buf_free(&b);
        return mp_err_no_memory();
    }
    return mp_str_from_buf(&b);
}

/* Both functions check their arguments' types before anything else, and
 * answer for the empty string before looking at the form. */
static int norm_args(const char *fname, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count(fname, nargs, 2, 2) < 0 || str_arg(args[0], fname, 1) < 0 ||
        str_arg(args[1], fname, 2) < 0)
        return -1;
    return 0;
}

static mp_obj ud_normalize(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (norm_args("normalize", args, nargs) < 0)
        return NULL;
    mp_obj s = args[1];
    if (mp_str_len(s) == 0)
        return mp_newref(s);
    int form = form_of(args[0]);
    if (form < 0)
        return NULL;
    /* CPython returns the argument itself when the quick check says it
     * is normalized (a str subclass stays one), and a new str otherwise,
     * equal or not. */
    if (quick_yes(s, (mp_unicode_form)form))
        return mp_newref(s);
    return normalized(s, (mp_unicode_form)form);
}

static mp_obj ud_is_normalized(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (norm_args("is_normalized", args, nargs) < 0)
        return NULL;
    mp_obj s = args[1];
    if (mp_str_len(s) == 0)
        return mp_bool(1);
    int form = form_of(args[0]);
    if (form < 0)
        return NULL;
    if (quick_yes(s, (mp_unicode_form)form))
        return mp_bool(1);
    mp_obj n = normalized(s, (mp_unicode_form)form);
    if (!n)
        return NULL;
    int same = mp_str_eq(n, s);
    mp_decref(n);
    return mp_bool(same);
}

/* ---- the module --------------------------------------------------------------------------------- */

static const mp_method_def unicodedata_methods[] = {
    {"decimal", FN(ud_decimal), MP_METH_FASTCALL,
     "Converts a Unicode character into its equivalent decimal value.\n\n"
     "Returns the decimal value assigned to the character chr as integer.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"digit", FN(ud_digit), MP_METH_FASTCALL,
     "Converts a Unicode character into its equivalent digit value.\n\n"
     "Returns the digit value assigned to the character chr as integer.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"numeric", FN(ud_numeric), MP_METH_FASTCALL,
     "Converts a Unicode character into its equivalent numeric value.\n\n"
     "Returns the numeric value assigned to the character chr as float.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"category", FN(ud_category), MP_METH_O,
     "Returns the general category assigned to the character chr as string."},
    {"bidirectional", FN(ud_bidirectional), MP_METH_O,
     "Returns the bidirectional class assigned to the character chr as string.\n\n"
     "If no such value is defined, an empty string is returned."},
    {"combining", FN(ud_combining), MP_METH_O,
     "Returns the canonical combining class assigned to the character chr as integer.\n\n"
     "Returns 0 if no combining class is defined."},
    {"mirrored", FN(ud_mirrored), MP_METH_O,
     "Returns the mirrored property assigned to the character chr as integer.\n\n"
     "Returns 1 if the character has been identified as a \"mirrored\"\n"
     "character in bidirectional text, 0 otherwise."},
    {"east_asian_width", FN(ud_east_asian_width), MP_METH_O,
     "Returns the east asian width assigned to the character chr as string."},
    {"decomposition", FN(ud_decomposition), MP_METH_O,
     "Returns the character decomposition mapping assigned to the character chr as string.\n\n"
     "An empty string is returned in case no such mapping is defined."},
    {"is_normalized", FN(ud_is_normalized), MP_METH_FASTCALL,
     "Return whether the Unicode string unistr is in the normal form 'form'.\n\n"
     "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."},
    {"normalize", FN(ud_normalize), MP_METH_FASTCALL,
     "Return the normal form 'form' for the Unicode string unistr.\n\n"
     "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."},
    {"name", FN(ud_name), MP_METH_FASTCALL,
     "Returns the name assigned to the character chr as a string.\n\n"
     "If no name is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"lookup", FN(ud_lookup), MP_METH_O,
     "Look up character by name.\n\n"
     "If a character with the given name is found, return the\n"
     "corresponding character.  If not found, KeyError is raised."},
    {NULL, NULL, 0, NULL},
};

static int unicodedata_exec(mp_obj m)
{
    mp_obj version = mp_str_from_cstr("14.0.0");
    if (!version)
        return -1;
    int r = mp_module_add(m, "unidata_version", version);
    mp_decref(version);
    return r;
}

const mp_module_def mp_module_unicodedata = {
    "unicodedata",
    "This module provides access to the Unicode Character Database which\n"
    "defines character properties for all Unicode characters. The data in\n"
    "this database is based on the UnicodeData.txt file version\n"
    "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
    "The module uses the same names and symbols as defined by the\n"
    "UnicodeData File Format 14.0.0.",
    unicodedata_methods,
    unicodedata_exec,
};

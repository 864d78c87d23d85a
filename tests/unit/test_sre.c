/* _sre.compile must refuse every program that run() could not execute
 * safely (RuntimeError "invalid SRE code", as CPython's _validate), and
 * every program it accepts must run on any subject without a sanitizer
 * report.  The programs: re's own compiled patterns (which must all be
 * accepted), their truncations (all refused), the same with one word
 * changed or a few changed at random, and random words (a fixed seed).  Each accepted program is
 * run on str (ASCII, wide, with and without its UTF-32 copy) and bytes
 * subjects in every mode; its result must be None or well-formed marks,
 * or a MemoryError from the backtracking stack's limit. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/compile.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/import.h"
#include "minipy/int.h"
#include "minipy/lifecycle.h"
#include "minipy/list.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* The patterns whose programs the tests start from: every opcode of the
 * engine appears in one of them. */
static const char *const patterns[] = {
    "a",
    "abc|ab|b",
    "(a)(b)?c",
    "[a-c\\d_]+x",
    "[^ab\\s]*?y",
    "(?i)a[b-d]\\w",
    "^a$|\\Ab\\Z",
    "(?m)^x$",
    "\\bab\\B",
    "(a|b)*c",
    "(?:ab){2,3}?",
    "(?:a|bc){2,}",
    "(a)\\1",
    "(?i)(a)\\1",
    "(a)?(?(1)b|c)",
    "(?=ab)a",
    "(?!a)b",
    "(?<=ab)c",
    "(?<!a)b",
    "(?>a+)b",
    "a*+b",
    "(?:a*)*",
    ".+?\\n",
    "(?s).*",
    "x{3}y{0,2}",
    "(?a)\\w\\b",
    "((a)|(?=b)(?<=c.)(?>d))+e",
    NULL,
};

static mp_obj sre_mod, sre_compile_fn, sre_match_fn, assemble_fn, subjects;

/* Subjects and, for a non-ASCII str, its UTF-32 copy (finditer's). */
static const char subjects_src[] =
    "s = ['', 'a', 'abcab', 'aab\\nb a1c', 'xAbC d_9 ', '\\xe9 ab\\xdf\\u212a \\U0001f600']\n"
    "subjects = [(x, None) for x in s] + [(x, x.encode('utf-32-le', 'surrogatepass')) for x in s]\n"
    "subjects += [(x.encode('latin-1', 'replace'), None) for x in s] + [(bytearray(b'ab\\x00\\xff'), None)]\n";

static mp_obj getattr_s(mp_obj o, const char *name)
{
    mp_obj r = mp_obj_getattr_s(o, name);
    cr_assert(r, "no attribute %s", name);
    return r;
}

static void setup(void)
{
    cr_assert_eq(mp_runtime_init(), 0);
    sre_mod = mp_import("_sre");
    cr_assert(sre_mod);
    sre_compile_fn = getattr_s(sre_mod, "compile");
    sre_match_fn = getattr_s(sre_mod, "match");
    mp_obj compiler = mp_import("re._compiler");
    cr_assert(compiler);
    assemble_fn = getattr_s(compiler, "_assemble");
    mp_decref(compiler);
    mp_obj globals = mp_dict_new();
    cr_assert(globals);
    mp_code *co = mp_compile_source(subjects_src, strlen(subjects_src), "<subjects>",
                                    MP_PARSE_FILE, 0);
    cr_assert(co);
    mp_obj r = mp_eval_code(co, globals, NULL);
    cr_assert(r);
    mp_decref(r);
    mp_decref((mp_obj)co);
    subjects = mp_dict_getitem_str(globals, "subjects"); /* borrowed */
    cr_assert(subjects);
    mp_incref(subjects);
    mp_decref(globals);
}

static void teardown(void)
{
    mp_decref(subjects);
    mp_decref(assemble_fn);
    mp_decref(sre_match_fn);
    mp_decref(sre_compile_fn);
    mp_decref(sre_mod);
    mp_runtime_fini();
}

TestSuite(sre, .init = setup, .fini = teardown);

/* A deterministic generator (xorshift64*), the same on every machine. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint32_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545f4914f6cdd1dULL) >> 32);
}

static int32_t rnd_range(int32_t lo, int32_t hi) { return lo + (int32_t)(rnd() % (uint32_t)(hi - lo + 1)); }

/* A program: its words and register counts. */
typedef struct {
    int32_t words[512];
    size_t n;
    intptr_t nregs, nmarks;
} program;

/* The program re compiles pattern to. */
static void assemble(const char *pattern, program *p)
{
    mp_obj pat = mp_str_from_cstr(pattern);
    cr_assert(pat);
    mp_obj args[2] = {pat, mp_small(0)};
    mp_obj t = mp_call(assemble_fn, args, 2, NULL);
    mp_decref(pat);
    cr_assert(t, "pattern %s did not compile", pattern);
    mp_obj words = MP_TUPLE_GET(t, 0);
    p->n = (size_t)MP_LIST_LEN(words);
    cr_assert(p->n <= sizeof p->words / sizeof *p->words, "pattern %s: program too long", pattern);
    for (size_t i = 0; i < p->n; i++)
        p->words[i] = (int32_t)mp_small_value(MP_LIST_GET(words, i));
    p->nregs = mp_small_value(MP_TUPLE_GET(t, 1));
    p->nmarks = mp_small_value(MP_TUPLE_GET(t, 2));
    mp_decref(t);
}

/* _sre.compile(words, nregs, nmarks): the program, or NULL with the
 * exception set. */
static mp_obj compile_program(const program *p)
{
    mp_obj list = mp_list_new(0);
    cr_assert(list);
    for (size_t i = 0; i < p->n; i++) {
        mp_obj w = mp_int_from_ssize(p->words[i]);
        cr_assert(w);
        cr_assert_eq(mp_list_append_steal(list, w), 0);
    }
    mp_obj nregs = mp_int_from_ssize(p->nregs), nmarks = mp_int_from_ssize(p->nmarks);
    cr_assert(nregs && nmarks);
    mp_obj args[3] = {list, nregs, nmarks};
    mp_obj r = mp_call(sre_compile_fn, args, 3, NULL);
    mp_decref(list);
    mp_decref(nregs);
    mp_decref(nmarks);
    return r;
}

/* Whether the pending exception is of type t (cleared). */
static int error_is(mp_type *t)
{
    mp_obj e = mp_err_fetch();
    cr_assert(e, "failed without an exception");
    int is = mp_type_of(e) == t;
    mp_decref(e);
    return is;
}

static intptr_t length_of(mp_obj s)
{
    return mp_str_check(s) ? mp_str_len(s) : mp_obj_len(s);
}

/* Runs prog on every subject in every mode, from a few positions. */
static void run_everywhere(mp_obj prog, intptr_t nmarks)
{
    static const intptr_t modes[] = {0, 1, 2, 2 | 4, 0 | 4};
    for (intptr_t i = 0; i < MP_LIST_LEN(subjects); i++) {
        mp_obj pair = MP_LIST_GET(subjects, i);
        mp_obj subject = MP_TUPLE_GET(pair, 0), wide = MP_TUPLE_GET(pair, 1);
        intptr_t len = length_of(subject);
        for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
            for (intptr_t pos = -1; pos <= len + 1; pos += len / 2 + 1) {
                mp_obj args[7] = {prog,           subject,          mp_small(pos),
                                  mp_small(len),  mp_small(modes[m]), mp_small(i & 1),
                                  wide};
                mp_obj r = mp_call(sre_match_fn, args, 7, NULL);
                if (!r) {
                    cr_assert(error_is(&mp_type_MemoryError), "match failed other than by MemoryError");
                    continue;
                }
                if (r != mp_none) {
                    cr_assert(mp_tuple_check(r));
                    cr_assert_eq(MP_TUPLE_LEN(r), nmarks + 1);
                    for (intptr_t k = 1; k <= nmarks; k++) {
                        intptr_t v = mp_small_value(MP_TUPLE_GET(r, k));
                        cr_assert(v >= -1 && v <= len, "mark %zd out of the subject", v);
                    }
                }
                mp_decref(r);
            }
        }
    }
}

/* Compiles p: refused with RuntimeError (returns 0), or accepted and run
 * everywhere (returns 1). */
static int try_program(const program *p)
{
    mp_obj prog = compile_program(p);
    if (!prog) {
        cr_assert(error_is(&mp_type_RuntimeError), "refused other than by RuntimeError");
        return 0;
    }
    run_everywhere(prog, p->nmarks);
    mp_decref(prog);
    return 1;
}

Test(sre, compiled_patterns_are_accepted)
{
    for (const char *const *pat = patterns; *pat; pat++) {
        program p;
        assemble(*pat, &p);
        cr_assert(try_program(&p), "re's program for %s refused", *pat);
    }
}

Test(sre, truncated_programs_are_refused)
{
    for (const char *const *pat = patterns; *pat; pat++) {
        program p;
        assemble(*pat, &p);
        size_t n = p.n;
        for (p.n = 0; p.n < n; p.n++)
            cr_assert_not(try_program(&p), "%s cut to %zu words accepted", *pat, p.n);
    }
}

/* Each word of each program replaced by values near the edges: off by
 * one, past the program or the registers, negative, huge. */
Test(sre, one_word_changed)
{
    int accepted = 0, refused = 0;
    for (const char *const *pat = patterns; *pat; pat++) {
        program p;
        assemble(*pat, &p);
        for (size_t i = 0; i < p.n; i++) {
            int32_t old = p.words[i];
            int32_t values[] = {
                old - 1, old + 1, -1, 0, 1, (int32_t)i, (int32_t)p.n - 1, (int32_t)p.n,
                (int32_t)p.n + 1, (int32_t)p.nregs, (int32_t)p.nmarks, (int32_t)p.nmarks + 1,
                INT32_MAX, INT32_MIN, rnd_range(0, 30), (int32_t)rnd(),
            };
            for (size_t v = 0; v < sizeof values / sizeof *values; v++) {
                if (values[v] == old)
                    continue;
                p.words[i] = values[v];
                if (try_program(&p))
                    accepted++;
                else
                    refused++;
            }
            p.words[i] = old;
        }
    }
    /* Both sides must have been exercised. */
    cr_assert(accepted > 100 && refused > 1000, "accepted %d, refused %d", accepted, refused);
}

Test(sre, bad_register_counts)
{
    program p;
    assemble("(a)(?:b)+", &p);
    intptr_t nregs = p.nregs, nmarks = p.nmarks;
    const intptr_t counts[][2] = {
        {nregs, 0},         {nregs, 1},          {nregs, nmarks - 1}, {nregs, nmarks + 1},
        {nmarks, nmarks},   {nregs - 1, nmarks}, {0, 0},              {-1, nmarks},
        {nregs, -2},        {INT32_MAX, nmarks}, {nregs, INT32_MAX - 1}, {(intptr_t)1 << 40, nmarks},
    };
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        p.nregs = counts[i][0];
        p.nmarks = counts[i][1];
        cr_assert_not(try_program(&p), "nregs %zd nmarks %zd accepted", p.nregs, p.nmarks);
    }
    /* More registers than the loops use are harmless; fewer marks than
     * the groups' saves are not. */
    p.nmarks = nmarks;
    p.nregs = nregs + 2;
    cr_assert(try_program(&p));
}

/* Random programs: words mostly opcodes and small operands (so that some
 * get far into validation), sometimes any 32-bit value. */
Test(sre, random_programs)
{
    int accepted = 0;
    program p;
    for (int k = 0; k < 4000; k++) {
        p.n = (size_t)rnd_range(1, 48);
        for (size_t i = 0; i < p.n; i++) {
            uint32_t kind = rnd() % 8;
            p.words[i] = kind < 5 ? rnd_range(0, 23) : kind < 7 ? rnd_range(-2, (int32_t)p.n + 2)
                                                                : (int32_t)rnd();
        }
        /* Most end in MATCH, as programs do. */
        if (rnd() % 4)
            p.words[p.n - 1] = 1;
        p.nmarks = 2 * rnd_range(0, 3);
        p.nregs = p.nmarks + rnd_range(-1, 6);
        accepted += try_program(&p);
    }
    cr_assert(accepted > 0);
}

/* re's programs with a few words replaced at random, by values near the
 * edges or any 32-bit value: a few thousand, from the fixed seed. */
Test(sre, random_changes)
{
    program corpus[sizeof patterns / sizeof *patterns];
    size_t ncorpus = 0;
    for (const char *const *pat = patterns; *pat; pat++)
        assemble(*pat, &corpus[ncorpus++]);
    int accepted = 0;
    for (int k = 0; k < 3000; k++) {
        program p = corpus[rnd() % ncorpus];
        for (int changes = rnd_range(1, 4); changes > 0; changes--) {
            size_t i = rnd() % p.n;
            switch (rnd() % 4) {
            case 0: p.words[i] += rnd_range(-3, 3); break;
            case 1: p.words[i] = rnd_range(-1, (int32_t)p.n + 1); break;
            case 2: p.words[i] = rnd_range(0, 23); break;
            default: p.words[i] = (int32_t)rnd(); break;
            }
        }
        accepted += try_program(&p);
    }
    cr_assert(accepted > 100, "accepted %d", accepted);
}

Test(sre, arguments)
{
    /* Words must be ints that fit 32 bits. */
    mp_obj big = mp_int_from_ll(1LL << 31), list = mp_list_new(0);
    cr_assert(big && list && mp_list_append(list, big) == 0);
    mp_obj args[3] = {list, mp_small(3), mp_small(2)};
    cr_assert_null(mp_call(sre_compile_fn, args, 3, NULL));
    cr_assert(error_is(&mp_type_OverflowError));
    cr_assert_eq(mp_list_setitem(list, 0, mp_newref(mp_none)), 0);
    cr_assert_null(mp_call(sre_compile_fn, args, 3, NULL));
    cr_assert(error_is(&mp_type_TypeError));
    args[0] = mp_none;
    cr_assert_null(mp_call(sre_compile_fn, args, 3, NULL));
    cr_assert(error_is(&mp_type_TypeError));
    mp_decref(list);
    mp_decref(big);

    /* match takes a Program only; Program cannot be made from Python. */
    mp_obj margs[6] = {mp_none, mp_none, mp_small(0), mp_small(0), mp_small(0), mp_small(0)};
    margs[1] = MP_TUPLE_GET(MP_LIST_GET(subjects, 1), 0);
    cr_assert_null(mp_call(sre_match_fn, margs, 6, NULL));
    cr_assert(error_is(&mp_type_TypeError));
    mp_obj type = getattr_s(sre_mod, "Program");
    cr_assert_null(mp_call(type, NULL, 0, NULL));
    mp_obj e = mp_err_fetch();
    cr_assert(e && mp_type_of(e) == &mp_type_TypeError);
    mp_obj msg = mp_obj_str(e);
    cr_assert_str_eq(mp_str_utf8(msg), "cannot create '_sre.Program' instances");
    mp_decref(msg);
    mp_decref(e);
    mp_decref(type);
}

/* The rest of CPython 3.11's built-in functions (builtins.c has the core
 * ones): sorted, min, max, sum, all, any, round, divmod, pow, bin, oct,
 * hex, aiter, anext, breakpoint.  input, open, exec, eval and compile are
 * in builtins_io.c; the objects CPython's site module adds (exit, quit,
 * help, copyright, credits, license) in builtins_site.c.  Messages are
 * CPython's, as Python/bltinmodule.c words them. */
#include <math.h>
#include <string.h>

#include "builtins_more.h"

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/func.h"
#include "minipy/gen.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))

mp_obj mp_builtins_lookup_special(mp_obj o, mp_obj name)
{
    mp_type *t = mp_type_of(o);
    mp_obj f = mp_type_lookup(t, name);
    if (!f)
        return NULL;
    mp_descrgetfunc get = mp_type_of(f)->descr_get;
    return get ? get(f, o, (mp_obj)t) : mp_newref(f);
}

/* ---- sorted --------------------------------------------------------------------------------------- */

/* list.sort's entry in list's method table, so that sorted() parses its
 * keywords exactly as list.sort does ("... for sort()"). */
static const mp_method_def *list_sort_def(void)
{
    static const mp_method_def *def;
    if (!def)
        for (const mp_method_def *d = mp_type_list.methods; d && d->name; d++)
            if (strcmp(d->name, "sort") == 0)
                def = d;
    return def;
}

static mp_obj builtin_sorted(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_check_count("sorted", nargs, 1, 1) < 0)
        return NULL;
    mp_obj list = mp_sequence_list(args[0]);
    if (!list)
        return NULL;
    int failed;
    if (!kwnames || MP_TUPLE_LEN(kwnames) == 0) {
        failed = mp_list_sort(list, NULL, 0) < 0;
    } else {
        const mp_method_def *def = list_sort_def();
        mp_obj r = def ? mp_method_def_call(def, list, args + 1, 0, kwnames)
                       : mp_err_set_str(&mp_type_SystemError, "list.sort is missing");
        failed = !r;
        mp_xdecref(r);
    }
    if (failed) {
        mp_decref(list);
        return NULL;
    }
    return list;
}

/* ---- min and max ------------------------------------------------------------------------------------ */

/* a < b (MP_LT) or a > b (MP_GT): 1, 0 or -1, without a call for the
 * common exact types. */
static int compare(mp_obj a, mp_obj b, int op)
{
    if (mp_is_small(a) && mp_is_small(b)) {
        intptr_t x = mp_small_value(a), y = mp_small_value(b);
        return op == MP_LT ? x < y : x > y;
    }
    if (mp_float_check_exact(a) && mp_float_check_exact(b)) {
        double x = mp_float_value(a), y = mp_float_value(b);
        return op == MP_LT ? x < y : x > y;
    }
    if (mp_str_check_exact(a) && mp_str_check_exact(b)) {
        int c = mp_str_compare(a, b);
        return op == MP_LT ? c < 0 : c > 0;
    }
    return mp_obj_richcompare_bool(a, b, op);
}

/* The best of the items so far: the item and its key (both owned). */
typedef struct {
    mp_obj item, key;
} best;

/* Offers item (stolen) to b; 0 or -1. */
static int offer(best *b, mp_obj item, mp_obj keyfunc, int op)
{
    mp_obj key = item;
    if (keyfunc) {
        key = mp_call1(keyfunc, item);
        if (!key) {
            mp_decref(item);
            return -1;
        }
    } else {
        mp_incref(key);
    }
    if (!b->key) {
        b->item = item;
        b->key = key;
        return 0;
    }
    int c = compare(key, b->key, op);
    if (c > 0) {
        MP_SETREF(b->item, item);
        MP_SETREF(b->key, key);
        return 0;
    }
    mp_decref(item);
    mp_decref(key);
    return c < 0 ? -1 : 0;
}

/* min(iterable, *[, default, key]) and min(a, b, *args, *[, key]), and
 * the same for max; op is MP_LT for min, MP_GT for max. */
static mp_obj min_max(mp_obj const *args, size_t nargs, mp_obj kwnames, int op)
{
    const char *name = op == MP_LT ? "min" : "max";
    if (nargs == 0)
        return mp_err_format(&mp_type_TypeError, "%s expected at least 1 argument, got 0", name);
    mp_obj keyfunc = NULL, dflt = NULL;
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        mp_obj k = MP_TUPLE_GET(kwnames, i);
        if (mp_str_eq(k, MP_NAME(key)))
            keyfunc = args[nargs + (size_t)i];
        else if (mp_str_eq(k, MP_NAME(default)))
            dflt = args[nargs + (size_t)i];
        else
            return mp_err_format(&mp_type_TypeError, "'%U' is an invalid keyword argument for %s()",
                                 k, name);
    }
    if (nargs > 1 && dflt)
        return mp_err_format(&mp_type_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments",
                             name);
    if (keyfunc == mp_none)
        keyfunc = NULL;
    best b = {NULL, NULL};
    if (nargs > 1) {
        for (size_t i = 0; i < nargs; i++)
            if (offer(&b, mp_newref(args[i]), keyfunc, op) < 0)
                goto fail;
    } else {
        mp_obj it = mp_obj_getiter(args[0]);
        if (!it)
            return NULL;
        mp_unaryfunc next = mp_type_of(it)->iternext;
        mp_obj item;
        while ((item = next(it)))
            if (offer(&b, item, keyfunc, op) < 0) {
                mp_decref(it);
                goto fail;
            }
        mp_decref(it);
        if (mp_err_occurred()) {
            if (!mp_err_matches(&mp_type_StopIteration))
                goto fail;
            mp_err_clear();
        }
    }
    if (!b.item) {
        if (dflt)
            return mp_newref(dflt);
        return mp_err_format(&mp_type_ValueError, "%s() arg is an empty sequence", name);
    }
    mp_decref(b.key);
    return b.item;
fail:
    mp_xdecref(b.item);
    mp_xdecref(b.key);
    return NULL;
}

static mp_obj builtin_min(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return min_max(args, nargs, kwnames, MP_LT);
}

static mp_obj builtin_max(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return min_max(args, nargs, kwnames, MP_GT);
}

/* ---- sum ---------------------------------------------------------------------------------------------- */

/* The value of an exact int or a bool that fits a C integer: 1 and *v,
 * or 0. */
static int small_value(mp_obj o, int any_int, intptr_t *v)
{
    if (mp_is_small(o)) {
        *v = mp_small_value(o);
        return 1;
    }
    if (!(any_int ? mp_int_check(o) : (o->type == &mp_type_int || o->type == &mp_type_bool)))
        return 0;
    return mp_int_as_ssize_clip(o, v) == 0;
}

/* Gets the next item of it: 1 with *item, 0 at the end, -1 on error. */
static int next_item(mp_obj it, mp_obj *item)
{
    *item = mp_type_of(it)->iternext(it);
    if (*item)
        return 1;
    if (!mp_err_occurred())
        return 0;
    if (!mp_err_matches(&mp_type_StopIteration))
        return -1;
    mp_err_clear();
    return 0;
}

/* CPython 3.11's builtin_sum_impl: an int accumulator while the items are
 * ints that fit a C long, then a double accumulator while they are floats
 * (plain addition: 3.11 has no compensated summation), then __add__. */
static mp_obj sum_items(mp_obj it, mp_obj result)
{
    mp_obj item;
    int r;
    intptr_t acc, v;
    if (mp_int_check_exact(result) && small_value(result, 0, &acc)) {
        while ((r = next_item(it, &item)) > 0) {
            intptr_t s;
            if (small_value(item, 0, &v) && !__builtin_add_overflow(acc, v, &s)) {
                acc = s;
                mp_decref(item);
                continue;
            }
            mp_obj sofar = mp_int_from_ssize(acc);
            mp_decref(result);
            result = sofar ? mp_number_add(sofar, item) : NULL;
            mp_xdecref(sofar);
            mp_decref(item);
            if (!result)
                return NULL;
            break;
        }
        if (r < 0) {
            mp_decref(result);
            return NULL;
        }
        if (r == 0) {
            mp_decref(result);
            return mp_int_from_ssize(acc);
        }
    }
    if (mp_float_check_exact(result)) {
        double f = mp_float_value(result);
        while ((r = next_item(it, &item)) > 0) {
            if (mp_float_check_exact(item)) {
                f += mp_float_value(item);
                mp_decref(item);
                continue;
            }
            if (small_value(item, 1, &v)) {
                f += (double)v;
                mp_decref(item);
                continue;
            }
            mp_obj sofar = mp_float_new(f);
            mp_decref(result);
            result = sofar ? mp_number_add(sofar, item) : NULL;
            mp_xdecref(sofar);
            mp_decref(item);
            if (!result)
                return NULL;
            break;
        }
        if (r < 0) {
            mp_decref(result);
            return NULL;
        }
        if (r == 0) {
            mp_decref(result);
            return mp_float_new(f);
        }
    }
    while ((r = next_item(it, &item)) > 0) {
        mp_obj s = mp_number_add(result, item);
        mp_decref(item);
        mp_decref(result);
        if (!(result = s))
            return NULL;
    }
    if (r < 0) {
        mp_decref(result);
        return NULL;
    }
    return result;
}

static mp_obj builtin_sum(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"", "start", NULL};
    mp_obj iterable, start;
    if (nargs == 0)
        return mp_err_set_str(&mp_type_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (mp_arg_parse(args, nargs, kwnames, "sum", kwlist, 1, 2, &iterable, &start) < 0)
        return NULL;
    mp_obj it = mp_obj_getiter(iterable);
    if (!it)
        return NULL;
    mp_obj r = NULL;
    if (!start)
        start = mp_small(0);
    if (mp_str_check(start))
        mp_err_set_str(&mp_type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    else if (mp_bytes_check(start))
        mp_err_set_str(&mp_type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    else if (mp_obj_type_check(start, &mp_type_bytearray))
        mp_err_set_str(&mp_type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    else
        r = sum_items(it, mp_newref(start));
    mp_decref(it);
    return r;
}

/* ---- all and any -------------------------------------------------------------------------------------- */

/* all() when want is 0 (stop at the first false item), any() when 1. */
static mp_obj all_any(mp_obj iterable, int want)
{
    mp_obj it = mp_obj_getiter(iterable);
    if (!it)
        return NULL;
    mp_obj item;
    int r;
    while ((r = next_item(it, &item)) > 0) {
        int t = item == mp_true ? 1 : item == mp_false ? 0 : mp_obj_is_true(item);
        mp_decref(item);
        if (t < 0) {
            r = -1;
            break;
        }
        if (t == want)
            break;
    }
    mp_decref(it);
    if (r < 0)
        return NULL;
    /* r > 0: stopped early on an item that decided it. */
    return mp_bool(r > 0 ? want : !want);
}

static mp_obj builtin_all(mp_obj self, mp_obj o) { return all_any(o, 0); }
static mp_obj builtin_any(mp_obj self, mp_obj o) { return all_any(o, 1); }

/* ---- numbers -------------------------------------------------------------------------------------------- */

/* round(number, ndigits=None): number.__round__(ndigits), with the int
 * and float cases of one argument done here (float.__round__'s
 * round-half-even). */
static mp_obj builtin_round(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"number", "ndigits", NULL};
    mp_obj number, ndigits;
    if (mp_arg_parse(args, nargs, kwnames, "round", kwlist, 1, 2, &number, &ndigits) < 0)
        return NULL;
    if (ndigits == mp_none)
        ndigits = NULL;
    if (!ndigits) {
        if (mp_int_check_exact(number))
            return mp_newref(number);
        if (mp_float_check_exact(number)) {
            double x = mp_float_value(number), r = round(x);
            if (fabs(x - r) == 0.5)
                r = 2.0 * round(x / 2.0);
            return mp_int_from_double(r);
        }
    }
    mp_obj f = mp_builtins_lookup_special(number, MP_NAME(__round__));
    if (!f) {
        if (!mp_err_occurred())
            mp_err_format(&mp_type_TypeError, "type %s doesn't define __round__ method",
                          mp_type_of(number)->name);
        return NULL;
    }
    mp_obj r = ndigits ? mp_call1(f, ndigits) : mp_call0(f);
    mp_decref(f);
    return r;
}

static mp_obj builtin_divmod(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("divmod", nargs, 2, 2) < 0)
        return NULL;
    return mp_number_divmod(args[0], args[1]);
}

static mp_obj builtin_pow(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    static const char *const kwlist[] = {"base", "exp", "mod", NULL};
    mp_obj base, exp, mod;
    if (mp_arg_parse(args, nargs, kwnames, "pow", kwlist, 2, 3, &base, &exp, &mod) < 0)
        return NULL;
    return mp_number_power(base, exp, mod ? mod : mp_none);
}

static mp_obj to_base(mp_obj o, int base)
{
    mp_obj i = mp_number_index(o);
    if (!i)
        return NULL;
    mp_obj r = mp_int_to_text(i, base, 1);
    mp_decref(i);
    return r;
}

static mp_obj builtin_bin(mp_obj self, mp_obj o) { return to_base(o, 2); }
static mp_obj builtin_oct(mp_obj self, mp_obj o) { return to_base(o, 8); }
static mp_obj builtin_hex(mp_obj self, mp_obj o) { return to_base(o, 16); }

/* ---- async iteration ---------------------------------------------------------------------------------- */

static mp_obj builtin_aiter(mp_obj self, mp_obj o)
{
    mp_obj f = mp_builtins_lookup_special(o, MP_NAME(__aiter__));
    if (!f)
        return mp_err_occurred() ? NULL
                                 : mp_err_format(&mp_type_TypeError,
                                                 "'%s' object is not an async iterable",
                                                 mp_type_of(o)->name);
    mp_obj it = mp_call0(f);
    mp_decref(f);
    if (it && !mp_type_lookup(mp_type_of(it), MP_NAME(__anext__))) {
        mp_err_format(&mp_type_TypeError, "aiter() returned not an async iterator of type '%s'",
                      mp_type_of(it)->name);
        MP_CLEAR(it);
    }
    return it;
}

/* anext(aiterator[, default]): the awaitable of aiterator.__anext__(),
 * wrapped (objects/asyncgen.c) to give the default at the end. */
static mp_obj builtin_anext(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("anext", nargs, 1, 2) < 0)
        return NULL;
    mp_obj f = mp_builtins_lookup_special(args[0], MP_NAME(__anext__));
    if (!f)
        return mp_err_occurred() ? NULL
                                 : mp_err_format(&mp_type_TypeError,
                                                 "'%s' object is not an async iterator",
                                                 mp_type_of(args[0])->name);
    mp_obj r = mp_call0(f);
    mp_decref(f);
    if (!r || nargs == 1)
        return r;
    mp_obj w = mp_anext_awaitable_new(r, args[1]);
    mp_decref(r);
    return w;
}

static mp_obj builtin_breakpoint(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_err_set_str(&mp_type_NotImplementedError,
                          "breakpoint() is not supported by minipy: it has no debugger (pdb); "
                          "use print() or run the program with --trace");
}

const mp_method_def mp_builtin_methods_more[] = {
    {"sorted", FN(builtin_sorted), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order.\n\n"
     "A custom key function can be supplied to customize the sort order, and the\n"
     "reverse flag can be set to request the result in descending order."},
    {"min", FN(builtin_min), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "min(iterable, *[, default=obj, key=func]) -> value\n"
     "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
     "With a single iterable argument, return its smallest item. The\n"
     "default keyword-only argument specifies an object to return if\n"
     "the provided iterable is empty.\n"
     "With two or more arguments, return the smallest argument."},
    {"max", FN(builtin_max), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "max(iterable, *[, default=obj, key=func]) -> value\n"
     "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
     "With a single iterable argument, return its biggest item. The\n"
     "default keyword-only argument specifies an object to return if\n"
     "the provided iterable is empty.\n"
     "With two or more arguments, return the largest argument."},
    {"sum", FN(builtin_sum), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers\n\n"
     "When the iterable is empty, return the start value.\n"
     "This function is intended specifically for use with numeric values and may\n"
     "reject non-numeric types."},
    {"all", FN(builtin_all), MP_METH_O,
     "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.\n\n"
     "If the iterable is empty, return True."},
    {"any", FN(builtin_any), MP_METH_O,
     "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.\n\n"
     "If the iterable is empty, return False."},
    {"round", FN(builtin_round), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits.\n\n"
     "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
     "the return value has the same type as the number.  ndigits may be negative."},
    {"divmod", FN(builtin_divmod), MP_METH_FASTCALL,
     "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", FN(builtin_pow), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\n"
     "Some types, such as ints, are able to use a more efficient algorithm when\n"
     "invoked using the three argument form."},
    {"bin", FN(builtin_bin), MP_METH_O,
     "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"},
    {"oct", FN(builtin_oct), MP_METH_O,
     "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
    {"hex", FN(builtin_hex), MP_METH_O,
     "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"},
    {"aiter", FN(builtin_aiter), MP_METH_O, "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object."},
    {"anext", FN(builtin_anext), MP_METH_FASTCALL,
     "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nasync anext(aiterator[, default])\n\n"
     "Return the next item from the async iterator.  If default is given and the async\n"
     "iterator is exhausted, it is returned instead of raising StopAsyncIteration."},
    {"breakpoint", FN(builtin_breakpoint), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "breakpoint(*args, **kws)\n\n"
     "Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
     "whatever arguments are passed.\n\n"
     "By default, this drops you into the pdb debugger."},
    {"input", FN(mp_builtin_input), MP_METH_FASTCALL,
     "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.\n\n"
     "The prompt string, if given, is printed to standard output without a\n"
     "trailing newline before reading input.\n\n"
     "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
     "On *nix systems, readline is used if available."},
    {"open", FN(mp_builtin_open), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure."},
    {"exec", FN(mp_builtin_exec), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals.\n\n"
     "The source may be a string representing one or more Python statements\n"
     "or a code object as returned by compile().\n"
     "The globals must be a dictionary and locals can be any mapping,\n"
     "defaulting to the current globals and locals.\n"
     "If only globals is given, locals defaults to it.\n"
     "The closure must be a tuple of cellvars, and can only be used\n"
     "when source is a code object requiring exactly that many cellvars."},
    {"eval", FN(mp_builtin_eval), MP_METH_FASTCALL,
     "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in the context of globals and locals.\n\n"
     "The source may be a string representing a Python expression\n"
     "or a code object as returned by compile().\n"
     "The globals must be a dictionary and locals can be any mapping,\n"
     "defaulting to the current globals and locals.\n"
     "If only globals is given, locals defaults to it."},
    {"compile", FN(mp_builtin_compile), MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval().\n\n"
     "The source code may represent a Python module, statement or expression.\n"
     "The filename will be used for run-time error messages.\n"
     "The mode must be 'exec' to compile a module, 'single' to compile a\n"
     "single (interactive) statement, or 'eval' to compile an expression.\n"
     "The flags argument, if present, controls which future statements influence\n"
     "the compilation of the code.\n"
     "The dont_inherit argument, if true, stops the compilation inheriting\n"
     "the effects of any future statements in effect in the code calling\n"
     "compile; if absent or false these statements do influence the compilation,\n"
     "in addition to any features explicitly specified."},
    {NULL},
};

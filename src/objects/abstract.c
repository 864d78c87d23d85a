/* The number, sequence, mapping, iteration and call protocols over type
 * slots (CPython's Objects/abstract.c and Objects/call.c). */
#include <stdio.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/descr.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/genericalias.h"
#include "minipy/iter.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/format_spec.h"
#include "minipy/func.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/opcodes.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/warnings.h"
#include "minipy/union.h"

/* ---- binary operators ---------------------------------------------------------------
 * BINARY_OP's argument picks the slot; the in-place forms try the in-place
 * slot first and fall back on the plain one. */

#define NB_OFFSET(slot) offsetof(mp_number_methods, slot)

static const struct {
    size_t plain, inplace;
} binop_slots[] = {
    [MP_NB_ADD] = {NB_OFFSET(add), NB_OFFSET(inplace_add)},
    [MP_NB_AND] = {NB_OFFSET(and_), NB_OFFSET(inplace_and)},
    [MP_NB_FLOOR_DIVIDE] = {NB_OFFSET(floor_divide), NB_OFFSET(inplace_floor_divide)},
    [MP_NB_LSHIFT] = {NB_OFFSET(lshift), NB_OFFSET(inplace_lshift)},
    [MP_NB_MATRIX_MULTIPLY] = {NB_OFFSET(matrix_multiply), NB_OFFSET(inplace_matrix_multiply)},
    [MP_NB_MULTIPLY] = {NB_OFFSET(multiply), NB_OFFSET(inplace_multiply)},
    [MP_NB_REMAINDER] = {NB_OFFSET(remainder), NB_OFFSET(inplace_remainder)},
    [MP_NB_OR] = {NB_OFFSET(or_), NB_OFFSET(inplace_or)},
    [MP_NB_POWER] = {NB_OFFSET(power), NB_OFFSET(inplace_power)},
    [MP_NB_RSHIFT] = {NB_OFFSET(rshift), NB_OFFSET(inplace_rshift)},
    [MP_NB_SUBTRACT] = {NB_OFFSET(subtract), NB_OFFSET(inplace_subtract)},
    [MP_NB_TRUE_DIVIDE] = {NB_OFFSET(true_divide), NB_OFFSET(inplace_true_divide)},
    [MP_NB_XOR] = {NB_OFFSET(xor_), NB_OFFSET(inplace_xor)},
};

const char *const mp_binary_op_symbols[26] = {
#define SYM(name, sym) sym,
    MP_BINARY_OPS(SYM)
#undef SYM
#define ISYM(name, sym) sym "=",
    MP_BINARY_OPS(ISYM)
#undef ISYM
};

static void *slot_at(mp_type *t, size_t offset)
{
    if (!t->as_number)
        return NULL;
    return *(void **)((char *)t->as_number + offset);
}

/* Calls a binary or ternary (power) slot. */
static mp_obj call_slot(void *slot, int is_power, mp_obj a, mp_obj b)
{
    if (is_power)
        return ((mp_ternaryfunc)slot)(a, b, mp_none);
    return ((mp_binaryfunc)slot)(a, b);
}

/* a op b without the in-place step: a's slot, b's slot (reflected), with a
 * subclass of a's type that overrides the slot going first. */
static mp_obj binary_op1(mp_obj a, mp_obj b, size_t offset, int is_power)
{
    mp_type *ta = mp_type_of(a), *tb = mp_type_of(b);
    void *sa = slot_at(ta, offset);
    void *sb = tb != ta ? slot_at(tb, offset) : NULL;
    if (sb == sa)
        sb = NULL;
    mp_obj r;
    if (sa) {
        if (sb && mp_type_is_subtype(tb, ta)) {
            r = call_slot(sb, is_power, a, b);
            if (r != mp_notimplemented)
                return r;
            mp_decref(r);
            sb = NULL;
        }
        r = call_slot(sa, is_power, a, b);
        if (r != mp_notimplemented)
            return r;
        mp_decref(r);
    }
    if (sb) {
        r = call_slot(sb, is_power, a, b);
        if (r != mp_notimplemented)
            return r;
        mp_decref(r);
    }
    return mp_newref(mp_notimplemented);
}

static mp_obj binop_type_error(mp_obj a, mp_obj b, int op)
{
    const char *sym = mp_binary_op_symbols[op];
    if (op == MP_NB_POWER || op == MP_NB_POWER + MP_NB_INPLACE)
        sym = op == MP_NB_POWER ? "** or pow()" : "**=";
    /* print >> f: CPython's hint for Python 2 habits. */
    if (op == MP_NB_RSHIFT && mp_type_of(a) == &mp_type_builtin_function &&
        strcmp(((mp_builtin_func *)a)->def->name, "print") == 0)
        return mp_err_format(&mp_type_TypeError,
                             "unsupported operand type(s) for %s: '%s' and '%s'. "
                             "Did you mean \"print(<message>, file=<output_stream>)\"?",
                             sym, mp_type_of(a)->name, mp_type_of(b)->name);
    return mp_err_format(&mp_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         sym, mp_type_of(a)->name, mp_type_of(b)->name);
}

mp_obj mp_number_binary_op(mp_obj a, mp_obj b, int op)
{
    int inplace = op >= MP_NB_INPLACE;
    int base = inplace ? op - MP_NB_INPLACE : op;
    int is_power = base == MP_NB_POWER;
    mp_obj r;
    if (inplace) {
        void *s = slot_at(mp_type_of(a), binop_slots[base].inplace);
        if (s) {
            r = call_slot(s, is_power, a, b);
            if (r != mp_notimplemented)
                return r;
            mp_decref(r);
        }
    }
    r = binary_op1(a, b, binop_slots[base].plain, is_power);
    if (r != mp_notimplemented)
        return r;
    mp_decref(r);
    /* Sequences: + concatenates and * repeats. */
    mp_type *ta = mp_type_of(a), *tb = mp_type_of(b);
    if (base == MP_NB_ADD && ta->as_sequence) {
        mp_binaryfunc f = inplace && ta->as_sequence->inplace_concat
                              ? ta->as_sequence->inplace_concat
                              : ta->as_sequence->concat;
        if (f)
            return f(a, b);
    }
    if (base == MP_NB_MULTIPLY) {
        mp_obj seq = NULL, count = NULL;
        if (ta->as_sequence && ta->as_sequence->repeat && mp_index_check(b))
            seq = a, count = b;
        else if (tb->as_sequence && tb->as_sequence->repeat && mp_index_check(a))
            seq = b, count = a;
        if (seq) {
            intptr_t n = mp_number_as_ssize(count, &mp_type_OverflowError);
            if (n == -1 && mp_err_occurred())
                return NULL;
            mp_type *ts = mp_type_of(seq);
            mp_ssizeargfunc f = inplace && seq == a && ts->as_sequence->inplace_repeat
                                    ? ts->as_sequence->inplace_repeat
                                    : ts->as_sequence->repeat;
            return f(seq, n);
        }
        if ((ta->as_sequence && ta->as_sequence->repeat) ||
            (tb->as_sequence && tb->as_sequence->repeat)) {
            mp_obj other = (ta->as_sequence && ta->as_sequence->repeat) ? b : a;
            return mp_err_format(&mp_type_TypeError,
                                 "can't multiply sequence by non-int of type '%s'",
                                 mp_type_of(other)->name);
        }
    }
    if (base == MP_NB_ADD && ta == &mp_type_str)
        return mp_err_format(&mp_type_TypeError, "can only concatenate str (not \"%s\") to str",
                             tb->name);
    if (base == MP_NB_ADD && (ta == &mp_type_list || ta == &mp_type_tuple) && ta != tb)
        return mp_err_format(&mp_type_TypeError, "can only concatenate %s (not \"%s\") to %s",
                             ta->name, tb->name, ta->name);
    return binop_type_error(a, b, op);
}

mp_obj mp_number_add(mp_obj a, mp_obj b) { return mp_number_binary_op(a, b, MP_NB_ADD); }
mp_obj mp_number_subtract(mp_obj a, mp_obj b) { return mp_number_binary_op(a, b, MP_NB_SUBTRACT); }
mp_obj mp_number_multiply(mp_obj a, mp_obj b) { return mp_number_binary_op(a, b, MP_NB_MULTIPLY); }

mp_obj mp_number_divmod(mp_obj a, mp_obj b)
{
    mp_obj r = binary_op1(a, b, NB_OFFSET(divmod), 0);
    if (r != mp_notimplemented)
        return r;
    mp_decref(r);
    return mp_err_format(&mp_type_TypeError,
                         "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         mp_type_of(a)->name, mp_type_of(b)->name);
}

mp_obj mp_number_power(mp_obj a, mp_obj b, mp_obj mod)
{
    if (!mod || mod == mp_none)
        return mp_number_binary_op(a, b, MP_NB_POWER);
    /* Three-argument pow is only a's business (no reflection). */
    mp_type *ta = mp_type_of(a);
    if (ta->as_number && ta->as_number->power) {
        mp_obj r = ta->as_number->power(a, b, mod);
        if (r != mp_notimplemented)
            return r;
        mp_decref(r);
    }
    return mp_err_format(&mp_type_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         ta->name, mp_type_of(b)->name, mp_type_of(mod)->name);
}

/* ---- unary operators ---------------------------------------------------------------- */

#define UNARY(fname, slot, sym)                                                \
    mp_obj fname(mp_obj o)                                                     \
    {                                                                          \
        mp_type *t = mp_type_of(o);                                            \
        if (t->as_number && t->as_number->slot)                                \
            return t->as_number->slot(o);                                      \
        return mp_err_format(&mp_type_TypeError, "bad operand type for " sym ": '%s'", \
                             t->name);                                         \
    }

UNARY(mp_number_negative, negative, "unary -")
UNARY(mp_number_positive, positive, "unary +")
UNARY(mp_number_invert, invert, "unary ~")
UNARY(mp_number_absolute, absolute, "abs()")

int mp_index_check(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t->as_number && t->as_number->index;
}

mp_obj mp_number_index(mp_obj o)
{
    if (mp_int_check(o)) {
        if (mp_is_small(o) || o->type == &mp_type_int)
            return mp_newref(o);
    }
    mp_type *t = mp_type_of(o);
    if (!t->as_number || !t->as_number->index)
        return mp_err_format(&mp_type_TypeError,
                             "'%s' object cannot be interpreted as an integer", t->name);
    mp_obj r = t->as_number->index(o);
    if (r && !mp_int_check(r)) {
        mp_err_format(&mp_type_TypeError, "__index__ returned non-int (type %s)",
                      mp_type_of(r)->name);
        mp_decref(r);
        return NULL;
    }
    return r;
}

intptr_t mp_number_as_ssize(mp_obj o, mp_type *exc)
{
    if (mp_is_small(o))
        return mp_small_value(o);
    mp_obj i = mp_number_index(o);
    if (!i)
        return -1;
    intptr_t v;
    int clipped = mp_int_as_ssize_clip(i, &v);
    if (clipped && exc) {
        mp_err_format(exc, "cannot fit '%s' into an index-sized integer", mp_type_of(o)->name);
        mp_decref(i);
        return -1;
    }
    mp_decref(i);
    return v;
}

mp_obj mp_number_long(mp_obj o)
{
    if (mp_int_check_exact(o))
        return mp_newref(o);
    mp_type *t = mp_type_of(o);
    if (t->as_number && t->as_number->int_) {
        mp_obj r = t->as_number->int_(o);
        if (r && !mp_int_check(r)) {
            mp_err_format(&mp_type_TypeError, "__int__ returned non-int (type %s)",
                          mp_type_of(r)->name);
            mp_decref(r);
            return NULL;
        }
        return r;
    }
    if (t->as_number && t->as_number->index)
        return mp_number_index(o);
    mp_obj trunc;
    int found = mp_obj_lookup_attr(o, MP_NAME(__trunc__), &trunc);
    if (found < 0)
        return NULL;
    if (found) {
        if (mp_warn_format(&mp_type_DeprecationWarning, 1,
                           "The delegation of int() to __trunc__ is deprecated.") < 0) {
            mp_decref(trunc);
            return NULL;
        }
        mp_obj r = mp_call0(trunc);
        mp_decref(trunc);
        if (r && !mp_int_check(r)) {
            mp_type *rt = mp_type_of(r);
            if (!rt->as_number || !rt->as_number->index) {
                mp_err_format(&mp_type_TypeError, "__trunc__ returned non-Integral (type %s)",
                              rt->name);
                mp_decref(r);
                return NULL;
            }
            mp_obj i = mp_number_index(r);
            mp_decref(r);
            return i;
        }
        return r;
    }
    if (mp_str_check(o))
        return mp_int_from_text(mp_str_utf8(o), mp_str_nbytes(o), 10);
    return mp_err_format(&mp_type_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         t->name);
}

mp_obj mp_number_float(mp_obj o)
{
    if (mp_type_of(o) == &mp_type_float)
        return mp_newref(o);
    double d;
    if (mp_str_check(o))
        return mp_float_from_text(mp_str_utf8(o), mp_str_nbytes(o));
    if (mp_float_as_double(o, &d) < 0)
        return NULL;
    return mp_float_new(d);
}

/* ---- containers ----------------------------------------------------------------------- */

intptr_t mp_obj_len(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t->as_sequence && t->as_sequence->length)
        return t->as_sequence->length(o);
    if (t->as_mapping && t->as_mapping->length)
        return t->as_mapping->length(o);
    mp_err_format(&mp_type_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

intptr_t mp_obj_length_hint(mp_obj o, intptr_t dflt)
{
    mp_type *t = mp_type_of(o);
    if ((t->as_sequence && t->as_sequence->length) || (t->as_mapping && t->as_mapping->length)) {
        intptr_t n = mp_obj_len(o);
        if (n >= 0)
            return n;
        if (!mp_err_matches(&mp_type_TypeError))
            return -1;
        mp_err_clear();
    }
    mp_obj hint = mp_type_lookup(t, MP_NAME(__length_hint__));
    if (!hint)
        return dflt;
    mp_obj r = mp_call_method(o, "__length_hint__", NULL, 0);
    if (!r) {
        if (mp_err_matches(&mp_type_TypeError)) {
            mp_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == mp_notimplemented) {
        mp_decref(r);
        return dflt;
    }
    intptr_t n;
    int bad = !mp_int_check(r) || mp_int_as_ssize(r, &n) < 0;
    mp_decref(r);
    if (bad) {
        if (!mp_err_occurred())
            mp_err_set_str(&mp_type_TypeError, "__length_hint__ must be an integer");
        return -1;
    }
    if (n < 0) {
        mp_err_set_str(&mp_type_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

mp_obj mp_obj_getitem(mp_obj o, mp_obj key)
{
    mp_type *t = mp_type_of(o);
    if (t->as_mapping && t->as_mapping->subscript)
        return t->as_mapping->subscript(o, key);
    if (t->as_sequence && t->as_sequence->item) {
        if (!mp_index_check(key))
            return mp_err_format(&mp_type_TypeError, "sequence index must be integer, not '%s'",
                                 mp_type_of(key)->name);
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return NULL;
        if (i < 0 && t->as_sequence->length) {
            intptr_t n = t->as_sequence->length(o);
            if (n < 0)
                return NULL;
            i += n;
        }
        return t->as_sequence->item(o, i);
    }
    /* A class being subscripted: list[int] and the like. */
    if (t->flags & MP_TPFLAGS_TYPE_SUBCLASS) {
        /* type[int], but not str[int] (type has no __class_getitem__). */
        if (o == (mp_obj)&mp_type_type)
            return mp_genericalias_new(o, key);
        mp_obj meth;
        int found = mp_obj_lookup_attr(o, MP_NAME(__class_getitem__), &meth);
        if (found < 0)
            return NULL;
        if (found && meth == mp_none) {
            mp_decref(meth);
            found = 0;
        }
        if (found) {
            mp_obj r = mp_call1(meth, key);
            mp_decref(meth);
            return r;
        }
        return mp_err_format(&mp_type_TypeError, "type '%s' is not subscriptable",
                             ((mp_type *)o)->name);
    }
    return mp_err_format(&mp_type_TypeError, "'%s' object is not subscriptable", t->name);
}

static int ass_subscript(mp_obj o, mp_obj key, mp_obj value)
{
    mp_type *t = mp_type_of(o);
    if (t->as_mapping && t->as_mapping->ass_subscript)
        return t->as_mapping->ass_subscript(o, key, value);
    if (t->as_sequence && t->as_sequence->ass_item) {
        if (!mp_index_check(key)) {
            mp_err_format(&mp_type_TypeError, "sequence index must be integer, not '%s'",
                          mp_type_of(key)->name);
            return -1;
        }
        intptr_t i = mp_number_as_ssize(key, &mp_type_IndexError);
        if (i == -1 && mp_err_occurred())
            return -1;
        if (i < 0 && t->as_sequence->length) {
            intptr_t n = t->as_sequence->length(o);
            if (n < 0)
                return -1;
            i += n;
        }
        return t->as_sequence->ass_item(o, i, value);
    }
    if (value)
        mp_err_format(&mp_type_TypeError, "'%s' object does not support item assignment", t->name);
    else
        mp_err_format(&mp_type_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int mp_obj_setitem(mp_obj o, mp_obj key, mp_obj value) { return ass_subscript(o, key, value); }
int mp_obj_delitem(mp_obj o, mp_obj key) { return ass_subscript(o, key, NULL); }

int mp_sequence_contains(mp_obj container, mp_obj item)
{
    mp_type *t = mp_type_of(container);
    if (t->as_sequence && t->as_sequence->contains)
        return t->as_sequence->contains(container, item);
    /* Otherwise iterate, comparing each item. */
    mp_obj it = mp_obj_getiter(container);
    if (!it) {
        if (mp_err_matches(&mp_type_TypeError)) {
            mp_err_clear();
            mp_err_format(&mp_type_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    mp_obj x;
    int found = 0;
    while ((x = mp_iter_next(it))) {
        int eq = mp_obj_richcompare_bool(x, item, MP_EQ);
        mp_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    mp_decref(it);
    if (found == 0 && mp_err_occurred())
        return -1;
    return found;
}

mp_obj mp_sequence_list(mp_obj iterable)
{
    mp_obj l = mp_list_new(0);
    if (!l)
        return NULL;
    if (mp_list_extend(l, iterable) < 0) {
        mp_decref(l);
        return NULL;
    }
    return l;
}

mp_obj mp_sequence_tuple(mp_obj iterable)
{
    if (mp_type_of(iterable) == &mp_type_tuple)
        return mp_newref(iterable);
    if (mp_type_of(iterable) == &mp_type_list)
        return mp_list_as_tuple(iterable);
    mp_obj l = mp_sequence_list(iterable);
    if (!l)
        return NULL;
    mp_obj t = mp_list_as_tuple(l);
    mp_decref(l);
    return t;
}

/* ---- iteration ------------------------------------------------------------------------------ */

mp_obj mp_obj_getiter(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t->iter) {
        mp_obj it = t->iter(o);
        if (it && !mp_iter_check(it)) {
            mp_err_format(&mp_type_TypeError, "iter() returned non-iterator of type '%s'",
                          mp_type_of(it)->name);
            mp_decref(it);
            return NULL;
        }
        return it;
    }
    /* The old protocol: anything with __getitem__ iterates by index. */
    if (t->as_sequence && t->as_sequence->item)
        return mp_seqiter_new(o);
    if (t->as_mapping && t->as_mapping->subscript && !(t->flags & MP_TPFLAGS_DICT_SUBCLASS) &&
        mp_type_lookup(t, MP_NAME(__getitem__)))
        return mp_seqiter_new(o);
    return mp_err_format(&mp_type_TypeError, "'%s' object is not iterable", t->name);
}

int mp_iter_check(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t->iternext != NULL;
}

mp_obj mp_iter_next(mp_obj it)
{
    mp_type *t = mp_type_of(it);
    if (!t->iternext)
        return mp_err_format(&mp_type_TypeError, "'%s' object is not an iterator", t->name);
    mp_obj r = t->iternext(it);
    if (!r && mp_err_matches(&mp_type_StopIteration))
        mp_err_clear();
    return r;
}

/* ---- calls ----------------------------------------------------------------------------------- */

mp_obj mp_call(mp_obj callable, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_type *t = mp_type_of(callable);
    if (!t->call)
        return mp_err_format(&mp_type_TypeError, "'%s' object is not callable", t->name);
    /* The test inline: the call was a few percent of calls from C
     * (__init__, dunder methods). */
    mp_tstate *ts = mp_ts();
    if (mp_enter_recursive_call_ts(ts, " while calling a Python object") < 0)
        return NULL;
    mp_obj r = t->call(callable, args, nargs, kwnames);
    ts->recursion_depth--;
#ifdef MP_DEBUG
    if ((r == NULL) != (mp_ts()->curexc != NULL)) {
        mp_obj name = mp_obj_repr(callable);
        fprintf(stderr, "minipy: %s returned %s an exception set\n",
                name ? mp_str_utf8(name) : t->name, r ? "a result with" : "NULL without");
        mp_xdecref(name);
    }
#endif
    return r;
}

mp_obj mp_call0(mp_obj callable) { return mp_call(callable, NULL, 0, NULL); }
mp_obj mp_call1(mp_obj callable, mp_obj a) { return mp_call(callable, &a, 1, NULL); }
mp_obj mp_call2(mp_obj callable, mp_obj a, mp_obj b)
{
    mp_obj args[2] = {a, b};
    return mp_call(callable, args, 2, NULL);
}

mp_obj mp_call_tuple_dict(mp_obj callable, mp_obj args, mp_obj kwargs)
{
    intptr_t npos = MP_TUPLE_LEN(args);
    intptr_t nkw = kwargs ? MP_DICT_LEN(kwargs) : 0;
    if (nkw == 0)
        return mp_call(callable, MP_TUPLE_ITEMS(args), (size_t)npos, NULL);
    mp_obj stack[npos + nkw];
    mp_obj names = mp_tuple_new(nkw);
    if (!names)
        return NULL;
    for (intptr_t i = 0; i < npos; i++)
        stack[i] = MP_TUPLE_GET(args, i);
    intptr_t pos = 0, k = 0;
    mp_obj key, value;
    while (mp_dict_next(kwargs, &pos, &key, &value)) {
        if (!mp_str_check(key)) {
            mp_decref(names);
            return mp_err_set_str(&mp_type_TypeError, "keywords must be strings");
        }
        MP_TUPLE_ITEMS(names)[k] = mp_newref(key);
        stack[npos + k] = value;
        k++;
    }
    /* The dict may hold the only references to the values: keep it alive. */
    mp_incref(kwargs);
    mp_obj r = mp_call(callable, stack, (size_t)npos, names);
    mp_decref(kwargs);
    mp_decref(names);
    return r;
}

/* A dunder looked up as the language does: on the type, not the instance
 * (CPython's _PyObject_LookupSpecial), bound to o.  Returns 1 with *meth
 * unbound (call it with o first), 0 with *meth bound, -1 on error with
 * AttributeError when absent. */
static int lookup_special_method(mp_obj o, mp_obj name, mp_obj *meth)
{
    mp_type *t = mp_type_of(o);
    mp_obj f = mp_type_lookup(t, name);
    if (!f) {
        mp_err_no_attribute(o, name);
        return -1;
    }
    mp_type *ft = mp_type_of(f);
    if (ft->flags & MP_TPFLAGS_METHOD_DESCRIPTOR) {
        *meth = mp_newref(f);
        return 1;
    }
    *meth = ft->descr_get ? ft->descr_get(f, o, (mp_obj)t) : mp_newref(f);
    return *meth ? 0 : -1;
}

mp_obj mp_call_method(mp_obj o, const char *name, mp_obj const *args, size_t nargs)
{
    mp_obj n = mp_str_intern(name);
    if (!n)
        return NULL;
    mp_obj meth;
    size_t len = strlen(name);
    int special = len > 4 && name[0] == '_' && name[1] == '_' && name[len - 1] == '_' &&
                  name[len - 2] == '_';
    int unbound = special ? lookup_special_method(o, n, &meth) : mp_obj_get_method(o, n, &meth);
    if (unbound < 0)
        return NULL;
    mp_obj r;
    if (unbound) {
        mp_obj stack[nargs + 1];
        stack[0] = o;
        for (size_t i = 0; i < nargs; i++)
            stack[i + 1] = args[i];
        r = mp_call(meth, stack, nargs + 1, NULL);
    } else {
        r = mp_call(meth, args, nargs, NULL);
    }
    mp_decref(meth);
    return r;
}

int mp_callable(mp_obj o)
{
    return mp_type_of(o)->call != NULL;
}

/* ---- isinstance, issubclass ------------------------------------------------------------------ */

static int is_type(mp_obj o)
{
    return (mp_type_of(o)->flags & MP_TPFLAGS_TYPE_SUBCLASS) != 0;
}

/* Calls cls.__instancecheck__ / __subclasscheck__ if its metaclass
 * overrides type's; returns -2 when it does not. */
static int hook_check(mp_obj cls, mp_obj arg, mp_obj hookname)
{
    mp_type *meta = mp_type_of(cls);
    if (meta == &mp_type_type)
        return -2;
    mp_obj hook = mp_type_lookup(meta, hookname);
    /* type's own check is the default below; other built-in hooks
     * (GenericAlias's refusal) are called. */
    if (!hook || (mp_type_of(hook) == &mp_type_method_descr &&
                  ((mp_descr *)hook)->owner == &mp_type_type))
        return -2;
    mp_obj bound;
    mp_descrgetfunc get = mp_type_of(hook)->descr_get;
    bound = get ? get(hook, cls, (mp_obj)meta) : mp_newref(hook);
    if (!bound)
        return -1;
    mp_obj r = mp_call1(bound, arg);
    mp_decref(bound);
    if (!r)
        return -1;
    int t = mp_obj_is_true(r);
    mp_decref(r);
    return t;
}

int mp_obj_isinstance(mp_obj o, mp_obj cls)
{
    if (mp_type_of(o) == (mp_type *)cls)
        return 1;
    if (mp_tuple_check(cls)) {
        for (intptr_t i = 0; i < MP_TUPLE_LEN(cls); i++) {
            int r = mp_obj_isinstance(o, MP_TUPLE_GET(cls, i));
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (mp_type_of(cls) == &mp_type_union)
        return mp_obj_isinstance(o, ((mp_union *)cls)->args);
    int h = hook_check(cls, o, MP_NAME(__instancecheck__));
    if (h != -2)
        return h;
    if (!is_type(cls)) {
        mp_err_set_str(&mp_type_TypeError,
                       "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (mp_type_is_subtype(mp_type_of(o), (mp_type *)cls))
        return 1;
    /* An object may claim a different __class__ (proxies, mocks). */
    mp_obj klass;
    int found = mp_obj_lookup_attr(o, MP_NAME(__class__), &klass);
    if (found <= 0)
        return found;
    int r = klass != (mp_obj)mp_type_of(o) && is_type(klass) &&
            mp_type_is_subtype((mp_type *)klass, (mp_type *)cls);
    mp_decref(klass);
    return r;
}

int mp_obj_issubclass(mp_obj derived, mp_obj cls)
{
    if (mp_tuple_check(cls)) {
        for (intptr_t i = 0; i < MP_TUPLE_LEN(cls); i++) {
            int r = mp_obj_issubclass(derived, MP_TUPLE_GET(cls, i));
            if (r != 0)
                return r;
        }
        return 0;
    }
    if (mp_type_of(cls) == &mp_type_union)
        return mp_obj_issubclass(derived, ((mp_union *)cls)->args);
    int h = hook_check(cls, derived, MP_NAME(__subclasscheck__));
    if (h != -2)
        return h;
    if (!is_type(derived)) {
        mp_err_set_str(&mp_type_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_type(cls)) {
        mp_err_set_str(&mp_type_TypeError,
                       "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return mp_type_is_subtype((mp_type *)derived, (mp_type *)cls);
}

/* ---- format, ascii, dir ------------------------------------------------------------------------ */

mp_obj mp_obj_format(mp_obj o, mp_obj spec)
{
    mp_obj empty = NULL;
    if (!spec) {
        empty = mp_str_new("", 0);
        if (!empty)
            return NULL;
        spec = empty;
    }
    /* Fast path: str and int with an empty spec are their str(). */
    if (mp_str_check(spec) && mp_str_len(spec) == 0 &&
        (mp_str_check_exact(o) || mp_int_check_exact(o))) {
        mp_xdecref(empty);
        return mp_obj_str(o);
    }
    mp_obj r;
    /* The built-in types' own __format__ called directly: looking the
     * method up by name and binding it was most of '{:>6}'.format(i). */
    if (mp_str_check(spec) && mp_int_check_exact(o))
        r = mp_format_int(spec, o);
    else if (mp_str_check(spec) && mp_float_check_exact(o))
        r = mp_format_float(spec, o);
    else if (mp_str_check(spec) && mp_str_check_exact(o))
        r = mp_str_format_spec(o, spec);
    else
        r = mp_call_method(o, "__format__", &spec, 1);
    mp_xdecref(empty);
    if (r && !mp_str_check(r)) {
        mp_err_format(&mp_type_TypeError, "__format__ must return a str, not %s",
                      mp_type_of(r)->name);
        mp_decref(r);
        return NULL;
    }
    return r;
}

mp_obj mp_obj_ascii(mp_obj o)
{
    mp_obj r = mp_obj_repr(o);
    if (!r)
        return NULL;
    if (((mp_str *)r)->ascii)
        return r;
    mp_buf b = MP_BUF_INIT;
    intptr_t n = mp_str_len(r);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = mp_str_char_at(r, i);
        if (c < 128)
            mp_buf_putc(&b, (char)c);
        else if (c <= 0xff)
            mp_buf_printf(&b, "\\x%02x", c);
        else if (c <= 0xffff)
            mp_buf_printf(&b, "\\u%04x", c);
        else
            mp_buf_printf(&b, "\\U%08x", c);
    }
    mp_decref(r);
    return mp_str_from_buf(&b);
}

mp_obj mp_obj_dir(mp_obj o)
{
    mp_obj r = mp_call_method(o, "__dir__", NULL, 0);
    if (!r)
        return NULL;
    mp_obj l = mp_sequence_list(r);
    mp_decref(r);
    if (l && mp_list_sort(l, NULL, 0) < 0) {
        mp_decref(l);
        return NULL;
    }
    return l;
}

/* range and its iterators.  Bounds are int objects of any size; the
 * common case (every bound a small int) is computed in C, the rest with
 * GMP.  (CPython's Objects/rangeobject.c.) */
#include <gmp.h>
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define RANGE(o) ((mp_range *)(o))

static void zget(mpz_t z, mp_obj o)
{
    mpz_init(z);
    mp_int_get_mpz(o, z);
}

/* The number of items, as CPython's compute_range_length. */
static mp_obj range_length_obj(mp_obj start, mp_obj stop, mp_obj step)
{
    if (mp_is_small(start) && mp_is_small(stop) && mp_is_small(step)) {
        intptr_t lo = mp_small_value(start), hi = mp_small_value(stop), st = mp_small_value(step);
        intptr_t n = 0;
        if (st > 0 && lo < hi)
            n = (hi - lo - 1) / st + 1;
        else if (st < 0 && lo > hi)
            n = (lo - hi - 1) / (-st) + 1;
        return mp_int_from_ssize(n);
    }
    mpz_t lo, hi, st, n;
    zget(lo, start);
    zget(hi, stop);
    zget(st, step);
    mpz_init(n);
    if (mpz_sgn(st) < 0) {
        mpz_swap(lo, hi);
        mpz_neg(st, st);
    }
    if (mpz_cmp(lo, hi) < 0) {
        mpz_sub(n, hi, lo);
        mpz_sub_ui(n, n, 1);
        mpz_fdiv_q(n, n, st);
        mpz_add_ui(n, n, 1);
    }
    mpz_clears(lo, hi, st, NULL);
    return mp_int_from_mpz_take(n);
}

/* Steals the three bounds (ints). */
static mp_obj make_range(mp_type *type, mp_obj start, mp_obj stop, mp_obj step)
{
    mp_obj length = range_length_obj(start, stop, step);
    mp_range *r = length ? (mp_range *)mp_obj_alloc(type) : NULL;
    if (!r) {
        mp_xdecref(length);
        mp_decref(start);
        mp_decref(stop);
        mp_decref(step);
        return NULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (mp_obj)r;
}

mp_obj mp_range_new(intptr_t start, intptr_t stop, intptr_t step)
{
    mp_obj a = mp_int_from_ssize(start), b = mp_int_from_ssize(stop), c = mp_int_from_ssize(step);
    if (!a || !b || !c) {
        mp_xdecref(a);
        mp_xdecref(b);
        mp_xdecref(c);
        return NULL;
    }
    return make_range(&mp_type_range, a, b, c);
}

static mp_obj range_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("range", kwnames) < 0 || mp_arg_check_count("range", nargs, 1, 3) < 0)
        return NULL;
    mp_obj v[3] = {NULL, NULL, NULL};
    for (size_t i = 0; i < nargs; i++) {
        if (!(v[i] = mp_number_index(args[i]))) {
            for (size_t j = 0; j < i; j++)
                mp_decref(v[j]);
            return NULL;
        }
    }
    if (nargs == 1)
        return make_range(type, mp_small(0), v[0], mp_small(1));
    if (nargs == 2)
        return make_range(type, v[0], v[1], mp_small(1));
    if (mp_int_sign(v[2]) == 0) {
        for (int j = 0; j < 3; j++)
            mp_decref(v[j]);
        return mp_err_set_str(&mp_type_ValueError, "range() arg 3 must not be zero");
    }
    return make_range(type, v[0], v[1], v[2]);
}

static void range_dealloc(mp_obj self)
{
    mp_range *r = RANGE(self);
    mp_decref(r->start);
    mp_decref(r->stop);
    mp_decref(r->step);
    mp_decref(r->length);
    mp_obj_free(self);
}

/* start + i * step for an int i (no bounds check). */
static mp_obj range_value_at(mp_range *r, mp_obj i)
{
    if (mp_is_small(r->start) && mp_is_small(r->step) && mp_is_small(i)) {
        intptr_t prod, sum;
        if (!__builtin_mul_overflow(mp_small_value(i), mp_small_value(r->step), &prod) &&
            !__builtin_add_overflow(prod, mp_small_value(r->start), &sum))
            return mp_int_from_ssize(sum);
    }
    mpz_t a, b, c;
    zget(a, r->start);
    zget(b, i);
    zget(c, r->step);
    mpz_addmul(a, b, c);
    mpz_clears(b, c, NULL);
    return mp_int_from_mpz_take(a);
}

static intptr_t range_len(mp_obj self)
{
    intptr_t n;
    if (mp_int_as_ssize(RANGE(self)->length, &n) < 0) {
        if (mp_err_matches(&mp_type_OverflowError))
            mp_err_set_str(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(mp_obj self) { return mp_int_sign(RANGE(self)->length) != 0; }

/* r[i] for an int i, negative from the end. */
static mp_obj range_item_obj(mp_range *r, mp_obj i)
{
    mp_obj idx = mp_newref(i);
    if (mp_int_sign(idx) < 0) {
        mp_obj t = mp_number_add(idx, r->length);
        mp_decref(idx);
        if (!(idx = t))
            return NULL;
    }
    int ok = mp_int_sign(idx) >= 0;
    if (ok) {
        int lt = mp_obj_richcompare_bool(idx, r->length, MP_LT);
        if (lt < 0) {
            mp_decref(idx);
            return NULL;
        }
        ok = lt;
    }
    mp_obj res = ok ? range_value_at(r, idx)
                    : mp_err_set_str(&mp_type_IndexError, "range object index out of range");
    mp_decref(idx);
    return res;
}

static mp_obj range_sq_item(mp_obj self, intptr_t i)
{
    mp_obj idx = mp_int_from_ssize(i);
    if (!idx)
        return NULL;
    mp_obj r = range_item_obj(RANGE(self), idx);
    mp_decref(idx);
    return r;
}

static mp_obj range_slice(mp_range *r, mp_obj slice)
{
    intptr_t len = range_len((mp_obj)r);
    if (len < 0)
        return NULL;
    intptr_t start, stop, step, n;
    if (mp_slice_indices(slice, len, &start, &stop, &step, &n) < 0)
        return NULL;
    mp_obj a = mp_int_from_ssize(start), b = mp_int_from_ssize(stop), c = mp_int_from_ssize(step);
    mp_obj substart = a ? range_value_at(r, a) : NULL;
    mp_obj substop = b ? range_value_at(r, b) : NULL;
    mp_obj substep = c ? mp_number_multiply(r->step, c) : NULL;
    mp_xdecref(a);
    mp_xdecref(b);
    mp_xdecref(c);
    if (!substart || !substop || !substep) {
        mp_xdecref(substart);
        mp_xdecref(substop);
        mp_xdecref(substep);
        return NULL;
    }
    return make_range(&mp_type_range, substart, substop, substep);
}

static mp_obj range_subscript(mp_obj self, mp_obj key)
{
    if (mp_slice_check(key))
        return range_slice(RANGE(self), key);
    if (mp_index_check(key)) {
        mp_obj i = mp_number_index(key);
        if (!i)
            return NULL;
        mp_obj r = range_item_obj(RANGE(self), i);
        mp_decref(i);
        return r;
    }
    return mp_err_format(&mp_type_TypeError, "range indices must be integers or slices, not %s",
                         mp_type_of(key)->name);
}

/* 1 if the int ob is one of r's values. */
static int contains_long(mp_range *r, mp_obj ob)
{
    if (mp_int_sign(r->length) == 0)
        return 0;
    mpz_t x, lo, hi, st;
    zget(x, ob);
    zget(lo, r->start);
    zget(hi, r->stop);
    zget(st, r->step);
    int in;
    if (mpz_sgn(st) > 0)
        in = mpz_cmp(lo, x) <= 0 && mpz_cmp(x, hi) < 0;
    else
        in = mpz_cmp(hi, x) < 0 && mpz_cmp(x, lo) <= 0;
    if (in) {
        mpz_sub(x, x, lo);
        in = mpz_divisible_p(x, st);
    }
    mpz_clears(x, lo, hi, st, NULL);
    return in;
}

static int is_int_like(mp_obj o)
{
    return mp_int_check_exact(o) || mp_type_of(o) == &mp_type_bool;
}

static int range_contains(mp_obj self, mp_obj ob)
{
    if (is_int_like(ob))
        return contains_long(RANGE(self), ob);
    mp_obj it = mp_obj_getiter(self);
    if (!it)
        return -1;
    mp_obj x;
    int found = 0;
    while ((x = mp_iter_next(it))) {
        found = mp_obj_richcompare_bool(x, ob, MP_EQ);
        mp_decref(x);
        if (found != 0)
            break;
    }
    mp_decref(it);
    return found;
}

static mp_obj range_count(mp_obj self, mp_obj ob)
{
    if (is_int_like(ob))
        return mp_int_from_ssize(contains_long(RANGE(self), ob));
    mp_obj it = mp_obj_getiter(self);
    if (!it)
        return NULL;
    intptr_t n = 0;
    mp_obj x;
    while ((x = mp_iter_next(it))) {
        int eq = mp_obj_richcompare_bool(x, ob, MP_EQ);
        mp_decref(x);
        if (eq < 0) {
            mp_decref(it);
            return NULL;
        }
        n += eq;
    }
    mp_decref(it);
    return mp_err_occurred() ? NULL : mp_int_from_ssize(n);
}

static mp_obj range_index(mp_obj self, mp_obj ob)
{
    mp_range *r = RANGE(self);
    if (is_int_like(ob)) {
        if (!contains_long(r, ob))
            return mp_err_format(&mp_type_ValueError, "%R is not in range", ob);
        mpz_t x, lo, st;
        zget(x, ob);
        zget(lo, r->start);
        zget(st, r->step);
        mpz_sub(x, x, lo);
        mpz_fdiv_q(x, x, st);
        mpz_clears(lo, st, NULL);
        return mp_int_from_mpz_take(x);
    }
    mp_obj it = mp_obj_getiter(self);
    if (!it)
        return NULL;
    intptr_t i = 0;
    mp_obj x;
    while ((x = mp_iter_next(it))) {
        int eq = mp_obj_richcompare_bool(x, ob, MP_EQ);
        mp_decref(x);
        if (eq != 0) {
            mp_decref(it);
            return eq < 0 ? NULL : mp_int_from_ssize(i);
        }
        i++;
    }
    mp_decref(it);
    if (mp_err_occurred())
        return NULL;
    return mp_err_set_str(&mp_type_ValueError, "sequence.index(x): x not in sequence");
}

static mp_obj range_repr(mp_obj self)
{
    mp_range *r = RANGE(self);
    if (mp_is_small(r->step) && mp_small_value(r->step) == 1)
        return mp_str_from_format("range(%R, %R)", r->start, r->stop);
    return mp_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int int_eq(mp_obj a, mp_obj b) { return mp_obj_richcompare_bool(a, b, MP_EQ); }

/* Equal ranges give the same sequence of values. */
static int range_equals(mp_range *a, mp_range *b)
{
    if (a == b)
        return 1;
    int r = int_eq(a->length, b->length);
    if (r != 1)
        return r;
    if (mp_int_sign(a->length) == 0)
        return 1;
    if ((r = int_eq(a->start, b->start)) != 1)
        return r;
    if ((r = int_eq(a->length, mp_small(1))) != 0)
        return r;
    return int_eq(a->step, b->step);
}

static mp_obj range_richcompare(mp_obj a, mp_obj b, int op)
{
    if (mp_type_of(b) != &mp_type_range || (op != MP_EQ && op != MP_NE))
        MP_RETURN_NOTIMPLEMENTED;
    int r = range_equals(RANGE(a), RANGE(b));
    if (r < 0)
        return NULL;
    return mp_bool(op == MP_EQ ? r : !r);
}

/* hash((len, start, step)) with None for what does not matter. */
static mp_hash_t range_hash(mp_obj self)
{
    mp_range *r = RANGE(self);
    mp_obj t;
    if (mp_int_sign(r->length) == 0)
        t = mp_tuple_pack(3, r->length, mp_none, mp_none);
    else if (mp_is_small(r->length) && mp_small_value(r->length) == 1)
        t = mp_tuple_pack(3, r->length, r->start, mp_none);
    else
        t = mp_tuple_pack(3, r->length, r->start, r->step);
    if (!t)
        return -1;
    mp_hash_t h = mp_obj_hash(t);
    mp_decref(t);
    return h;
}

/* ---- iterators ----------------------------------------------------------------------------------
 * range_iterator when every value fits a C integer (as CPython's, with
 * unsigned arithmetic so that stepping past the end cannot overflow),
 * longrange_iterator otherwise. */

typedef struct {
    mp_object ob;
    intptr_t start, step, len;
} range_iter;

typedef struct {
    mp_object ob;
    mpz_t cur, step, remaining;
} longrange_iter;

static mp_obj range_iter_next(mp_obj self)
{
    range_iter *it = (range_iter *)self;
    if (it->len <= 0)
        return NULL;
    intptr_t v = it->start;
    it->start = (intptr_t)((uintptr_t)v + (uintptr_t)it->step);
    it->len--;
    return mp_int_from_ssize(v);
}

static mp_obj range_iter_length_hint(mp_obj self)
{
    return mp_int_from_ssize(((range_iter *)self)->len);
}

static mp_obj longrange_iter_next(mp_obj self)
{
    longrange_iter *it = (longrange_iter *)self;
    if (mpz_sgn(it->remaining) <= 0)
        return NULL;
    mp_obj v = mp_int_from_mpz(it->cur);
    mpz_add(it->cur, it->cur, it->step);
    mpz_sub_ui(it->remaining, it->remaining, 1);
    return v;
}

static void longrange_iter_dealloc(mp_obj self)
{
    longrange_iter *it = (longrange_iter *)self;
    mpz_clears(it->cur, it->step, it->remaining, NULL);
    mp_obj_free(self);
}

static mp_obj longrange_iter_length_hint(mp_obj self)
{
    return mp_int_from_mpz(((longrange_iter *)self)->remaining);
}

static void plain_dealloc(mp_obj self) { mp_obj_free(self); }

static const mp_method_def range_iter_methods[] = {
    {"__length_hint__", (void (*)(void))range_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

static const mp_method_def longrange_iter_methods[] = {
    {"__length_hint__", (void (*)(void))longrange_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

mp_type mp_type_range_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "range_iterator",
    .basicsize = sizeof(range_iter),
    .dealloc = plain_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

mp_type mp_type_longrange_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "longrange_iterator",
    .basicsize = sizeof(longrange_iter),
    .dealloc = longrange_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .iter = mp_self_iter,
    .iternext = longrange_iter_next,
    .methods = longrange_iter_methods,
};

/* An iterator from start by step over len values. */
static mp_obj make_iter(mp_obj start, mp_obj step, mp_obj len)
{
    intptr_t s, st, n;
    if (mp_is_small(start) && mp_is_small(step) && mp_is_small(len)) {
        s = mp_small_value(start);
        st = mp_small_value(step);
        n = mp_small_value(len);
        /* The last value must fit too. */
        intptr_t prod, last;
        if (n == 0 || (!__builtin_mul_overflow(n - 1, st, &prod) &&
                       !__builtin_add_overflow(s, prod, &last))) {
            range_iter *it = (range_iter *)mp_obj_alloc(&mp_type_range_iterator);
            if (!it)
                return NULL;
            it->start = s;
            it->step = st;
            it->len = n;
            return (mp_obj)it;
        }
    }
    longrange_iter *it = (longrange_iter *)mp_obj_alloc(&mp_type_longrange_iterator);
    if (!it)
        return NULL;
    zget(it->cur, start);
    zget(it->step, step);
    zget(it->remaining, len);
    return (mp_obj)it;
}

static mp_obj range_iter_new(mp_obj self)
{
    mp_range *r = RANGE(self);
    return make_iter(r->start, r->step, r->length);
}

static mp_obj range_reversed(mp_obj self)
{
    mp_range *r = RANGE(self);
    mp_obj last;
    if (mp_int_sign(r->length) == 0) {
        last = mp_newref(r->start);
    } else {
        mp_obj lm1 = mp_number_subtract(r->length, mp_small(1));
        last = lm1 ? range_value_at(r, lm1) : NULL;
        mp_xdecref(lm1);
    }
    mp_obj negstep = last ? mp_number_negative(r->step) : NULL;
    mp_obj it = negstep ? make_iter(last, negstep, r->length) : NULL;
    mp_xdecref(last);
    mp_xdecref(negstep);
    return it;
}

/* ---- the type --------------------------------------------------------------------------------------- */

static const mp_method_def range_methods[] = {
    {"__reversed__", (void (*)(void))range_reversed, MP_METH_NOARGS,
     "Return a reverse iterator."},
    {"count", (void (*)(void))range_count, MP_METH_O,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", (void (*)(void))range_index, MP_METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\n"
     "Raise ValueError if the value is not present."},
    {NULL},
};

static const mp_member_def range_members[] = {
    {"start", MP_MEMBER_OBJ, offsetof(mp_range, start), 1, NULL},
    {"stop", MP_MEMBER_OBJ, offsetof(mp_range, stop), 1, NULL},
    {"step", MP_MEMBER_OBJ, offsetof(mp_range, step), 1, NULL},
    {NULL},
};

static const mp_number_methods range_as_number = {
    .bool_ = range_bool,
};

static const mp_sequence_methods range_as_sequence = {
    .length = range_len,
    .item = range_sq_item,
    .contains = range_contains,
};

static const mp_mapping_methods range_as_mapping = {
    .length = range_len,
    .subscript = range_subscript,
};

mp_type mp_type_range = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "range",
    .flags = MP_TPFLAGS_SEQUENCE,
    .basicsize = sizeof(mp_range),
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = range_iter_new,
    .new_ = range_new_slot,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .methods = range_methods,
    .members = range_members,
};

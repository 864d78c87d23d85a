/* slice: the object behind a[i:j:k], and the index arithmetic every
 * sequence uses to apply one (CPython's PySlice_Unpack and
 * PySlice_AdjustIndices).  (CPython's Objects/sliceobject.c.) */
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

mp_obj mp_slice_new(mp_obj start, mp_obj stop, mp_obj step)
{
    mp_slice *s = (mp_slice *)mp_obj_alloc(&mp_type_slice);
    if (!s)
        return NULL;
    s->start = mp_newref(start ? start : mp_none);
    s->stop = mp_newref(stop ? stop : mp_none);
    s->step = mp_newref(step ? step : mp_none);
    return (mp_obj)s;
}

/* A slice bound as a C index, clipped (CPython's _PyEval_SliceIndex). */
static int slice_index(mp_obj v, intptr_t *out)
{
    if (mp_is_small(v)) {
        *out = mp_small_value(v);
        return 0;
    }
    if (!mp_index_check(v)) {
        mp_err_set_str(&mp_type_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = mp_number_as_ssize(v, NULL);
    return (*out == -1 && mp_err_occurred()) ? -1 : 0;
}

int mp_slice_unpack(mp_obj slice, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    mp_slice *s = (mp_slice *)slice;
    if (s->step == mp_none) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            mp_err_set_str(&mp_type_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INTPTR_MAX)
            *step = -INTPTR_MAX;
    }
    if (s->start == mp_none)
        *start = *step < 0 ? INTPTR_MAX : 0;
    else if (slice_index(s->start, start) < 0)
        return -1;
    if (s->stop == mp_none)
        *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

intptr_t mp_slice_adjust(intptr_t len, intptr_t *start, intptr_t *stop, intptr_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int mp_slice_indices(mp_obj slice, intptr_t len, intptr_t *start, intptr_t *stop,
                     intptr_t *step, intptr_t *n)
{
    if (mp_slice_unpack(slice, start, stop, step) < 0)
        return -1;
    *n = mp_slice_adjust(len, start, stop, *step);
    return 0;
}

/* ---- the type --------------------------------------------------------------------------- */

static void slice_dealloc(mp_obj self)
{
    mp_slice *s = (mp_slice *)self;
    mp_decref(s->start);
    mp_decref(s->stop);
    mp_decref(s->step);
    mp_obj_free(self);
}

static mp_obj slice_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("slice", kwnames) < 0 || mp_arg_check_count("slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return mp_slice_new(NULL, args[0], NULL);
    return mp_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static mp_obj slice_repr(mp_obj self)
{
    mp_slice *s = (mp_slice *)self;
    return mp_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static mp_obj slice_richcompare(mp_obj a, mp_obj b, int op)
{
    if (!mp_slice_check(a) || !mp_slice_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if (a == b)
        return mp_bool(op == MP_EQ || op == MP_LE || op == MP_GE);
    mp_slice *x = (mp_slice *)a, *y = (mp_slice *)b;
    mp_obj ta = mp_tuple_pack(3, x->start, x->stop, x->step);
    mp_obj tb = ta ? mp_tuple_pack(3, y->start, y->stop, y->step) : NULL;
    mp_obj r = tb ? mp_obj_richcompare(ta, tb, op) : NULL;
    mp_xdecref(ta);
    mp_xdecref(tb);
    return r;
}

/* slice.indices(length): the clipped (start, stop, step) for a sequence
 * of that length. */
static mp_obj slice_indices_meth(mp_obj self, mp_obj length)
{
    mp_obj l = mp_number_index(length);
    if (!l)
        return NULL;
    intptr_t len;
    int bad = mp_int_as_ssize(l, &len);
    mp_decref(l);
    if (bad < 0)
        return NULL;
    if (len < 0)
        return mp_err_set_str(&mp_type_ValueError, "length should not be negative");
    intptr_t start, stop, step, n;
    if (mp_slice_indices(self, len, &start, &stop, &step, &n) < 0)
        return NULL;
    mp_obj a = mp_int_from_ssize(start), b = mp_int_from_ssize(stop), c = mp_int_from_ssize(step);
    mp_obj r = (a && b && c) ? mp_tuple_pack(3, a, b, c) : NULL;
    mp_xdecref(a);
    mp_xdecref(b);
    mp_xdecref(c);
    return r;
}

static const mp_method_def slice_methods[] = {
    {"indices", (void (*)(void))slice_indices_meth, MP_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\n"
     "Assuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\n"
     "S. Out of bounds indices are clipped in a manner consistent with the\n"
     "handling of normal slices."},
    {NULL},
};

static const mp_member_def slice_members[] = {
    {"start", MP_MEMBER_OBJ, offsetof(mp_slice, start), 1, NULL},
    {"stop", MP_MEMBER_OBJ, offsetof(mp_slice, stop), 1, NULL},
    {"step", MP_MEMBER_OBJ, offsetof(mp_slice, step), 1, NULL},
    {NULL},
};

mp_type mp_type_slice = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "slice",
    .basicsize = sizeof(mp_slice),
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = slice_richcompare,
    .getattro = mp_obj_generic_getattr,
    .new_ = slice_new_slot,
    .methods = slice_methods,
    .members = slice_members,
};

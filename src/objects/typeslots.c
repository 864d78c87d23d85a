/* Dunder methods and type slots (typeslots.h), both ways:
 *  - a built-in type's slots show up as slot wrappers (int.__add__), made
 *    from the table below when the type is readied;
 *  - a class's dunders fill its slots with the slot_* functions here,
 *    which look the dunder up on the type and call it, so that the VM's
 *    fast paths (which call slots) reach Python code.
 * (CPython's slotdefs in Objects/typeobject.c.) */
#include <stddef.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/int.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/typeslots.h"

/* ---- calling a dunder from a slot ----------------------------------------------------- */

/* Looks name up on type(self) and calls it with self first.  Returns
 * NULL without an exception when the type has no such attribute (the
 * caller decides: NotImplemented, TypeError, ...). */
static mp_obj call_dunder(mp_obj self, mp_obj name, mp_obj const *args, size_t nargs, int *found)
{
    mp_type *t = mp_type_of(self);
    mp_obj f = mp_type_lookup(t, name);
    *found = f != NULL;
    if (!f)
        return NULL;
    mp_incref(f);
    mp_obj r;
    mp_type *ft = mp_type_of(f);
    if (ft->flags & MP_TPFLAGS_METHOD_DESCRIPTOR) {
        /* Plain functions and method descriptors: self goes in front. */
        mp_obj stack[nargs + 1];
        stack[0] = self;
        for (size_t i = 0; i < nargs; i++)
            stack[i + 1] = args[i];
        r = mp_call(f, stack, nargs + 1, NULL);
    } else {
        mp_obj bound = ft->descr_get ? ft->descr_get(f, self, (mp_obj)t) : mp_newref(f);
        r = bound ? mp_call(bound, args, nargs, NULL) : NULL;
        mp_xdecref(bound);
    }
    mp_decref(f);
    return r;
}

static mp_obj call0(mp_obj self, mp_obj name, int *found) { return call_dunder(self, name, NULL, 0, found); }
static mp_obj call1(mp_obj self, mp_obj name, mp_obj a, int *found) { return call_dunder(self, name, &a, 1, found); }

/* A dunder that must exist (the slot was filled because it does). */
static mp_obj call_required(mp_obj self, mp_obj name, mp_obj const *args, size_t nargs)
{
    int found;
    mp_obj r = call_dunder(self, name, args, nargs, &found);
    if (!found && !mp_err_occurred()) {
        /* CPython's lookup_method: the bare name is the message. */
        mp_err_set_object(&mp_type_AttributeError, name);
        return NULL;
    }
    return r;
}

/* ---- slot functions of classes ---------------------------------------------------------- */

static mp_obj slot_repr(mp_obj self) { return call_required(self, MP_NAME(__repr__), NULL, 0); }
static mp_obj slot_str(mp_obj self) { return call_required(self, MP_NAME(__str__), NULL, 0); }

static mp_hash_t slot_hash(mp_obj self)
{
    mp_obj f = mp_type_lookup(mp_type_of(self), MP_NAME(__hash__));
    if (!f || f == mp_none)
        return mp_obj_hash_not_implemented(self);
    mp_obj r = call_required(self, MP_NAME(__hash__), NULL, 0);
    if (!r)
        return -1;
    if (!mp_int_check(r)) {
        mp_decref(r);
        mp_err_set_str(&mp_type_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* As CPython's slot_tp_hash: a result that fits a machine word is the
     * hash (-1 becomes -2); only bigger ones are reduced, as hash(int). */
    intptr_t v;
    mp_hash_t h;
    if (mp_int_as_ssize(r, &v) == 0) {
        h = v == -1 ? -2 : v;
    } else {
        mp_err_clear();
        h = mp_int_hash(r);
    }
    mp_decref(r);
    return h;
}

static mp_obj slot_richcompare(mp_obj self, mp_obj other, int op)
{
    static mp_obj names[6];
    if (!names[0]) {
        names[MP_LT] = MP_NAME(__lt__);
        names[MP_LE] = MP_NAME(__le__);
        names[MP_EQ] = MP_NAME(__eq__);
        names[MP_NE] = MP_NAME(__ne__);
        names[MP_GT] = MP_NAME(__gt__);
        names[MP_GE] = MP_NAME(__ge__);
    }
    int found;
    mp_obj r = call1(self, names[op], other, &found);
    if (!found)
        MP_RETURN_NOTIMPLEMENTED;
    return r;
}

static mp_obj slot_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj f = mp_type_lookup(mp_type_of(self), MP_NAME(__call__));
    if (!f)
        return mp_err_format(&mp_type_TypeError, "'%s' object is not callable", mp_type_of(self)->name);
    mp_incref(f);
    size_t total = nargs + (kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0);
    mp_obj r;
    if (mp_type_of(f)->flags & MP_TPFLAGS_METHOD_DESCRIPTOR) {
        mp_obj stack[total + 1];
        stack[0] = self;
        for (size_t i = 0; i < total; i++)
            stack[i + 1] = args[i];
        r = mp_call(f, stack, nargs + 1, kwnames);
    } else {
        mp_descrgetfunc get = mp_type_of(f)->descr_get;
        mp_obj bound = get ? get(f, self, (mp_obj)mp_type_of(self)) : mp_newref(f);
        r = bound ? mp_call(bound, args, nargs, kwnames) : NULL;
        mp_xdecref(bound);
    }
    mp_decref(f);
    return r;
}

static mp_obj slot_iter(mp_obj self)
{
    mp_obj f = mp_type_lookup(mp_type_of(self), MP_NAME(__iter__));
    if (f == mp_none)
        return mp_err_format(&mp_type_TypeError, "'%s' object is not iterable", mp_type_of(self)->name);
    return call_required(self, MP_NAME(__iter__), NULL, 0);
}

/* __next__: StopIteration means the end (NULL without an exception). */
static mp_obj slot_iternext(mp_obj self)
{
    mp_obj r = call_required(self, MP_NAME(__next__), NULL, 0);
    if (!r && mp_err_matches(&mp_type_StopIteration))
        mp_err_clear();
    return r;
}

/* __getattribute__ and __getattr__: the second only when the first raises
 * AttributeError. */
static mp_obj slot_getattro(mp_obj self, mp_obj name)
{
    mp_type *t = mp_type_of(self);
    mp_obj getattribute = mp_type_lookup(t, MP_NAME(__getattribute__));
    mp_obj r;
    if (!getattribute || (mp_type_of(getattribute) == &mp_type_wrapper_descr &&
                          ((mp_descr *)getattribute)->wrapped == (void *)mp_obj_generic_getattr))
        r = mp_obj_generic_getattr(self, name);
    else
        r = call_required(self, MP_NAME(__getattribute__), &name, 1);
    if (r || !mp_err_matches(&mp_type_AttributeError))
        return r;
    if (!mp_type_lookup(t, MP_NAME(__getattr__)))
        return NULL;
    mp_err_clear();
    return call_required(self, MP_NAME(__getattr__), &name, 1);
}

static int slot_setattro(mp_obj self, mp_obj name, mp_obj value)
{
    mp_obj r;
    if (value) {
        mp_obj args[2] = {name, value};
        r = call_required(self, MP_NAME(__setattr__), args, 2);
    } else {
        r = call_required(self, MP_NAME(__delattr__), &name, 1);
    }
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

static mp_obj slot_descr_get(mp_obj self, mp_obj obj, mp_obj type)
{
    mp_obj args[2] = {obj ? obj : mp_none, type ? type : mp_none};
    return call_required(self, MP_NAME(__get__), args, 2);
}

static int slot_descr_set(mp_obj self, mp_obj obj, mp_obj value)
{
    mp_obj r;
    if (value) {
        mp_obj args[2] = {obj, value};
        r = call_required(self, MP_NAME(__set__), args, 2);
    } else {
        r = call_required(self, MP_NAME(__delete__), &obj, 1);
    }
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

static int slot_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_type *t = mp_type_of(self);
    mp_obj f = mp_type_lookup(t, MP_NAME(__init__));
    if (!f)
        return 0;
    mp_incref(f);
    size_t total = nargs + (kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0);
    mp_obj stack[total + 1];
    stack[0] = self;
    for (size_t i = 0; i < total; i++)
        stack[i + 1] = args[i];
    mp_obj r;
    if (mp_type_of(f)->flags & MP_TPFLAGS_METHOD_DESCRIPTOR) {
        r = mp_call(f, stack, nargs + 1, kwnames);
    } else {
        mp_descrgetfunc get = mp_type_of(f)->descr_get;
        mp_obj bound = get ? get(f, self, (mp_obj)t) : mp_newref(f);
        r = bound ? mp_call(bound, args, nargs, kwnames) : NULL;
        mp_xdecref(bound);
    }
    mp_decref(f);
    if (!r)
        return -1;
    if (r != mp_none) {
        mp_err_format(&mp_type_TypeError, "__init__() should return None, not '%s'",
                      mp_type_of(r)->name);
        mp_decref(r);
        return -1;
    }
    mp_decref(r);
    return 0;
}

/* __new__ is a static method: called with the class first. */
static mp_obj slot_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj f = mp_obj_getattr((mp_obj)type, MP_NAME(__new__));
    if (!f)
        return NULL;
    size_t total = nargs + (kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0);
    mp_obj stack[total + 1];
    stack[0] = (mp_obj)type;
    for (size_t i = 0; i < total; i++)
        stack[i + 1] = args[i];
    mp_obj r = mp_call(f, stack, nargs + 1, kwnames);
    mp_decref(f);
    return r;
}

/* __del__: runs when the count reaches zero; its errors are reported and
 * swallowed, as CPython does. */
static void slot_finalize(mp_obj self)
{
    mp_obj saved = mp_err_fetch();
    mp_obj del = mp_type_lookup(mp_type_of(self), MP_NAME(__del__));
    if (del) {
        int found;
        mp_obj r = call0(self, MP_NAME(__del__), &found);
        if (r)
            mp_decref(r);
        else if (found)
            mp_err_write_unraisable(del);
    }
    mp_err_restore(saved);
}

/* ---- number slots ---- */

/* Whether type t's slot at offset (in as_number) is the class slot fn. */
static int has_slot(mp_type *t, size_t offset, void *fn)
{
    return t->as_number && *(void **)((char *)t->as_number + offset) == fn;
}

/* a op b for classes: a.__op__(b), else b.__rop__(a), with CPython's rule
 * that a subclass overriding __rop__ goes first. */
static mp_obj binop(mp_obj self, mp_obj other, size_t offset, void *fn, mp_obj name, mp_obj rname)
{
    mp_type *ts = mp_type_of(self), *to = mp_type_of(other);
    int do_other = ts != to && has_slot(to, offset, fn) && rname;
    int found;
    mp_obj r;
    if (has_slot(ts, offset, fn)) {
        if (do_other && mp_type_is_subtype(to, ts)) {
            mp_obj mine = mp_type_lookup(ts, rname), theirs = mp_type_lookup(to, rname);
            if (theirs && theirs != mine) {
                r = call1(other, rname, self, &found);
                if (found && r != mp_notimplemented)
                    return r;
                mp_xdecref(r);
                if (found && !r)
                    return NULL;
                do_other = 0;
            }
        }
        r = call1(self, name, other, &found);
        if (found && (r != mp_notimplemented || to == ts))
            return r;
        if (found && !r)
            return NULL;
        mp_xdecref(r);
    }
    if (do_other) {
        r = call1(other, rname, self, &found);
        if (found)
            return r;
        if (mp_err_occurred())
            return NULL;
    }
    MP_RETURN_NOTIMPLEMENTED;
}

#define BINSLOT(fname, slot, dname, rdname)                                    \
    static mp_obj fname(mp_obj a, mp_obj b)                                    \
    {                                                                          \
        return binop(a, b, offsetof(mp_number_methods, slot), (void *)fname,   \
                     MP_NAME(dname), MP_NAME(rdname));                         \
    }
#define IBINSLOT(fname, dname)                                                 \
    static mp_obj fname(mp_obj a, mp_obj b)                                    \
    {                                                                          \
        int found;                                                             \
        mp_obj r = call1(a, MP_NAME(dname), b, &found);                        \
        if (!found && !mp_err_occurred())                                      \
            MP_RETURN_NOTIMPLEMENTED;                                          \
        return r;                                                              \
    }
#define UNSLOT(fname, dname)                                                   \
    static mp_obj fname(mp_obj a) { return call_required(a, MP_NAME(dname), NULL, 0); }

BINSLOT(slot_add, add, __add__, __radd__)
BINSLOT(slot_sub, subtract, __sub__, __rsub__)
BINSLOT(slot_mul, multiply, __mul__, __rmul__)
BINSLOT(slot_mod, remainder, __mod__, __rmod__)
BINSLOT(slot_divmod, divmod, __divmod__, __rdivmod__)
BINSLOT(slot_lshift, lshift, __lshift__, __rlshift__)
BINSLOT(slot_rshift, rshift, __rshift__, __rrshift__)
BINSLOT(slot_and, and_, __and__, __rand__)
BINSLOT(slot_xor, xor_, __xor__, __rxor__)
BINSLOT(slot_or, or_, __or__, __ror__)
BINSLOT(slot_floordiv, floor_divide, __floordiv__, __rfloordiv__)
BINSLOT(slot_truediv, true_divide, __truediv__, __rtruediv__)
BINSLOT(slot_matmul, matrix_multiply, __matmul__, __rmatmul__)
IBINSLOT(slot_iadd, __iadd__)
IBINSLOT(slot_isub, __isub__)
IBINSLOT(slot_imul, __imul__)
IBINSLOT(slot_imod, __imod__)
IBINSLOT(slot_ilshift, __ilshift__)
IBINSLOT(slot_irshift, __irshift__)
IBINSLOT(slot_iand, __iand__)
IBINSLOT(slot_ixor, __ixor__)
IBINSLOT(slot_ior, __ior__)
IBINSLOT(slot_ifloordiv, __ifloordiv__)
IBINSLOT(slot_itruediv, __itruediv__)
IBINSLOT(slot_imatmul, __imatmul__)
UNSLOT(slot_neg, __neg__)
UNSLOT(slot_pos, __pos__)
UNSLOT(slot_abs, __abs__)
UNSLOT(slot_invert, __invert__)
UNSLOT(slot_int, __int__)
UNSLOT(slot_float, __float__)
UNSLOT(slot_index, __index__)

static mp_obj slot_pow(mp_obj a, mp_obj b, mp_obj mod)
{
    if (mod == mp_none || !mod)
        return binop(a, b, offsetof(mp_number_methods, power), (void *)slot_pow,
                     MP_NAME(__pow__), MP_NAME(__rpow__));
    mp_obj args[2] = {b, mod};
    int found;
    mp_obj r = call_dunder(a, MP_NAME(__pow__), args, 2, &found);
    if (!found && !mp_err_occurred())
        MP_RETURN_NOTIMPLEMENTED;
    return r;
}

static mp_obj slot_ipow(mp_obj a, mp_obj b, mp_obj mod)
{
    int found;
    mp_obj r = call1(a, MP_NAME(__ipow__), b, &found);
    if (!found && !mp_err_occurred())
        MP_RETURN_NOTIMPLEMENTED;
    return r;
}

/* __bool__, falling back on __len__. */
static int slot_bool(mp_obj self)
{
    int found;
    mp_obj r = call0(self, MP_NAME(__bool__), &found);
    if (found) {
        if (!r)
            return -1;
        if (r != mp_true && r != mp_false) {
            mp_err_format(&mp_type_TypeError, "__bool__ should return bool, returned %s",
                          mp_type_of(r)->name);
            mp_decref(r);
            return -1;
        }
        int t = r == mp_true;
        mp_decref(r);
        return t;
    }
    if (mp_err_occurred())
        return -1;
    r = call0(self, MP_NAME(__len__), &found);
    if (!found)
        return mp_err_occurred() ? -1 : 1;
    if (!r)
        return -1;
    intptr_t n;
    int bad = mp_int_as_ssize(r, &n) < 0;
    mp_decref(r);
    return bad ? -1 : n != 0;
}

/* ---- sequence and mapping slots ---- */

static intptr_t slot_len(mp_obj self)
{
    mp_obj r = call_required(self, MP_NAME(__len__), NULL, 0);
    if (!r)
        return -1;
    if (!mp_int_check(r)) {
        mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                      mp_type_of(r)->name);
        mp_decref(r);
        return -1;
    }
    intptr_t n = mp_number_as_ssize(r, &mp_type_OverflowError);
    int bad = n == -1 && mp_err_occurred();
    mp_decref(r);
    if (bad)
        return -1;
    if (n < 0) {
        mp_err_set_str(&mp_type_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static mp_obj slot_getitem(mp_obj self, mp_obj key)
{
    return call_required(self, MP_NAME(__getitem__), &key, 1);
}

static int slot_setitem(mp_obj self, mp_obj key, mp_obj value)
{
    mp_obj r;
    if (value) {
        mp_obj args[2] = {key, value};
        r = call_required(self, MP_NAME(__setitem__), args, 2);
    } else {
        r = call_required(self, MP_NAME(__delitem__), &key, 1);
    }
    if (!r)
        return -1;
    mp_decref(r);
    return 0;
}

static int slot_contains(mp_obj self, mp_obj value)
{
    int found;
    mp_obj r = call1(self, MP_NAME(__contains__), value, &found);
    if (!found) {
        if (mp_err_occurred())
            return -1;
        /* No __contains__: iterate, as CPython's _PySequence_IterSearch. */
        mp_obj it = mp_obj_getiter(self);
        if (!it)
            return -1;
        mp_obj x;
        int result = 0;
        while ((x = mp_iter_next(it))) {
            int eq = mp_obj_richcompare_bool(x, value, MP_EQ);
            mp_decref(x);
            if (eq) {
                result = eq;
                break;
            }
        }
        mp_decref(it);
        return result == 0 && mp_err_occurred() ? -1 : result;
    }
    if (!r)
        return -1;
    int t = mp_obj_is_true(r);
    mp_decref(r);
    return t;
}

/* ---- wrappers: a Python call reaching a built-in slot ---------------------------------------- */

static int want(const char *name, size_t nargs, size_t n)
{
    if (nargs == n)
        return 0;
    mp_err_format(&mp_type_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s",
                  nargs);
    (void)name;
    return -1;
}

static mp_obj wrap_unary(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 0) < 0)
        return NULL;
    return ((mp_unaryfunc)w)(self);
}

static mp_obj wrap_next(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 0) < 0)
        return NULL;
    mp_obj r = ((mp_unaryfunc)w)(self);
    if (!r && !mp_err_occurred())
        mp_err_set_object(&mp_type_StopIteration, NULL);
    return r;
}

static mp_obj wrap_binary(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    return ((mp_binaryfunc)w)(self, args[0]);
}

static mp_obj wrap_binary_r(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    return ((mp_binaryfunc)w)(args[0], self);
}

static mp_obj wrap_ternary(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (mp_arg_check_count("expected", nargs, 1, 2) < 0)
        return NULL;
    return ((mp_ternaryfunc)w)(self, args[0], nargs == 2 ? args[1] : mp_none);
}

static mp_obj wrap_ternary_r(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (mp_arg_check_count("expected", nargs, 1, 2) < 0)
        return NULL;
    return ((mp_ternaryfunc)w)(args[0], self, nargs == 2 ? args[1] : mp_none);
}

static mp_obj wrap_inquiry(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 0) < 0)
        return NULL;
    int r = ((mp_inquiry)w)(self);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj wrap_len(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 0) < 0)
        return NULL;
    intptr_t n = ((mp_lenfunc)w)(self);
    return n < 0 ? NULL : mp_int_from_ssize(n);
}

static mp_obj wrap_contains(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    int r = ((mp_objobjproc)w)(self, args[0]);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj wrap_sq_item(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    intptr_t i = mp_number_as_ssize(args[0], &mp_type_IndexError);
    if (i == -1 && mp_err_occurred())
        return NULL;
    if (i < 0) {
        intptr_t n = mp_obj_len(self);
        if (n < 0)
            return NULL;
        i += n;
    }
    return ((mp_ssizeargfunc)w)(self, i);
}

/* seq * n: the count is an index. */
static mp_obj wrap_indexarg(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    if (!mp_index_check(args[0]))
        MP_RETURN_NOTIMPLEMENTED;
    intptr_t n = mp_number_as_ssize(args[0], &mp_type_OverflowError);
    if (n == -1 && mp_err_occurred())
        return NULL;
    return ((mp_ssizeargfunc)w)(self, n);
}

static mp_obj wrap_setitem(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 2) < 0)
        return NULL;
    if (((mp_objobjargproc)w)(self, args[0], args[1]) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_delitem(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    if (((mp_objobjargproc)w)(self, args[0], NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_hash(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 0) < 0)
        return NULL;
    mp_hash_t h = ((mp_hashfunc)w)(self);
    return h == -1 && mp_err_occurred() ? NULL : mp_int_from_ssize(h);
}

static mp_obj wrap_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    return ((mp_callfunc)w)(self, args, nargs, kw);
}

static mp_obj wrap_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (((mp_initfunc)w)(self, args, nargs, kw) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_getattr(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    if (!mp_str_check(args[0]))
        return mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                             mp_type_of(args[0])->name);
    return ((mp_getattrfunc)w)(self, args[0]);
}

static mp_obj wrap_setattr(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 2) < 0)
        return NULL;
    if (!mp_str_check(args[0]))
        return mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                             mp_type_of(args[0])->name);
    if (((mp_setattrfunc)w)(self, args[0], args[1]) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_delattr(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    if (!mp_str_check(args[0]))
        return mp_err_format(&mp_type_TypeError, "attribute name must be string, not '%s'",
                             mp_type_of(args[0])->name);
    if (((mp_setattrfunc)w)(self, args[0], NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_descr_get(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (mp_arg_check_count("__get__", nargs, 1, 2) < 0)
        return NULL;
    mp_obj obj = args[0] == mp_none ? NULL : args[0];
    mp_obj type = nargs == 2 && args[1] != mp_none ? args[1] : NULL;
    if (!obj && !type)
        return mp_err_set_str(&mp_type_TypeError, "__get__(None, None) is invalid");
    return ((mp_descrgetfunc)w)(self, obj, type);
}

static mp_obj wrap_descr_set(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 2) < 0)
        return NULL;
    if (((mp_descrsetfunc)w)(self, args[0], args[1]) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_descr_delete(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 1) < 0)
        return NULL;
    if (((mp_descrsetfunc)w)(self, args[0], NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj wrap_del(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w)
{
    if (want("", nargs, 0) < 0)
        return NULL;
    ((mp_destructor)w)(self);
    if (mp_err_occurred())
        return NULL;
    MP_RETURN_NONE;
}

#define RICHCMP_WRAP(fname, op)                                                \
    static mp_obj fname(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kw, void *w) \
    {                                                                          \
        if (want("", nargs, 1) < 0)                                            \
            return NULL;                                                       \
        return ((mp_richcmpfunc)w)(self, args[0], op);                         \
    }
RICHCMP_WRAP(wrap_lt, MP_LT)
RICHCMP_WRAP(wrap_le, MP_LE)
RICHCMP_WRAP(wrap_eq, MP_EQ)
RICHCMP_WRAP(wrap_ne, MP_NE)
RICHCMP_WRAP(wrap_gt, MP_GT)
RICHCMP_WRAP(wrap_ge, MP_GE)

/* ---- the table ---------------------------------------------------------------------------------- */

#define TP(name, slot, fn, wrap, doc)                                          \
    {name, MP_SLOT_TYPE, offsetof(mp_type, slot), (void *)fn, wrap, doc, 0}
#define TPK(name, slot, fn, wrap, doc)                                         \
    {name, MP_SLOT_TYPE, offsetof(mp_type, slot), (void *)fn, wrap, doc, MP_SLOT_KEYWORDS}
#define NB(name, slot, fn, wrap, doc)                                          \
    {name, MP_SLOT_NUMBER, offsetof(mp_number_methods, slot), (void *)fn, wrap, doc, 0}
#define SQ(name, slot, fn, wrap, doc)                                          \
    {name, MP_SLOT_SEQUENCE, offsetof(mp_sequence_methods, slot), (void *)fn, wrap, doc, 0}
#define MP(name, slot, fn, wrap, doc)                                          \
    {name, MP_SLOT_MAPPING, offsetof(mp_mapping_methods, slot), (void *)fn, wrap, doc, 0}

static const mp_slotdef slotdefs[] = {
    TP("__getattribute__", getattro, slot_getattro, wrap_getattr, "Return getattr(self, name)."),
    TP("__getattr__", getattro, slot_getattro, NULL, NULL),
    TP("__setattr__", setattro, slot_setattro, wrap_setattr, "Implement setattr(self, name, value)."),
    TP("__delattr__", setattro, slot_setattro, wrap_delattr, "Implement delattr(self, name)."),
    TP("__repr__", repr, slot_repr, wrap_unary, "Return repr(self)."),
    TP("__hash__", hash, slot_hash, wrap_hash, "Return hash(self)."),
    TPK("__call__", call, slot_call, wrap_call, "Call self as a function."),
    TP("__str__", str, slot_str, wrap_unary, "Return str(self)."),
    TP("__lt__", richcompare, slot_richcompare, wrap_lt, "Return self<value."),
    TP("__le__", richcompare, slot_richcompare, wrap_le, "Return self<=value."),
    TP("__eq__", richcompare, slot_richcompare, wrap_eq, "Return self==value."),
    TP("__ne__", richcompare, slot_richcompare, wrap_ne, "Return self!=value."),
    TP("__gt__", richcompare, slot_richcompare, wrap_gt, "Return self>value."),
    TP("__ge__", richcompare, slot_richcompare, wrap_ge, "Return self>=value."),
    TP("__iter__", iter, slot_iter, wrap_unary, "Implement iter(self)."),
    TP("__next__", iternext, slot_iternext, wrap_next, "Implement next(self)."),
    TP("__get__", descr_get, slot_descr_get, wrap_descr_get, "Return an attribute of instance, which is of type owner."),
    TP("__set__", descr_set, slot_descr_set, wrap_descr_set, "Set an attribute of instance to value."),
    TP("__delete__", descr_set, slot_descr_set, wrap_descr_delete, "Delete an attribute of instance."),
    TPK("__init__", init, slot_init, wrap_init, "Initialize self.  See help(type(self)) for accurate signature."),
    TP("__new__", new_, slot_new, NULL, NULL),
    TP("__del__", finalize, slot_finalize, wrap_del, "Called when the instance is about to be destroyed."),
    NB("__add__", add, slot_add, wrap_binary, "Return self+value."),
    NB("__radd__", add, slot_add, wrap_binary_r, "Return value+self."),
    NB("__sub__", subtract, slot_sub, wrap_binary, "Return self-value."),
    NB("__rsub__", subtract, slot_sub, wrap_binary_r, "Return value-self."),
    NB("__mul__", multiply, slot_mul, wrap_binary, "Return self*value."),
    NB("__rmul__", multiply, slot_mul, wrap_binary_r, "Return value*self."),
    NB("__mod__", remainder, slot_mod, wrap_binary, "Return self%value."),
    NB("__rmod__", remainder, slot_mod, wrap_binary_r, "Return value%self."),
    NB("__divmod__", divmod, slot_divmod, wrap_binary, "Return divmod(self, value)."),
    NB("__rdivmod__", divmod, slot_divmod, wrap_binary_r, "Return divmod(value, self)."),
    NB("__pow__", power, slot_pow, wrap_ternary, "Return pow(self, value, mod)."),
    NB("__rpow__", power, slot_pow, wrap_ternary_r, "Return pow(value, self, mod)."),
    NB("__neg__", negative, slot_neg, wrap_unary, "-self"),
    NB("__pos__", positive, slot_pos, wrap_unary, "+self"),
    NB("__abs__", absolute, slot_abs, wrap_unary, "abs(self)"),
    NB("__bool__", bool_, slot_bool, wrap_inquiry, "True if self else False"),
    NB("__invert__", invert, slot_invert, wrap_unary, "~self"),
    NB("__lshift__", lshift, slot_lshift, wrap_binary, "Return self<<value."),
    NB("__rlshift__", lshift, slot_lshift, wrap_binary_r, "Return value<<self."),
    NB("__rshift__", rshift, slot_rshift, wrap_binary, "Return self>>value."),
    NB("__rrshift__", rshift, slot_rshift, wrap_binary_r, "Return value>>self."),
    NB("__and__", and_, slot_and, wrap_binary, "Return self&value."),
    NB("__rand__", and_, slot_and, wrap_binary_r, "Return value&self."),
    NB("__xor__", xor_, slot_xor, wrap_binary, "Return self^value."),
    NB("__rxor__", xor_, slot_xor, wrap_binary_r, "Return value^self."),
    NB("__or__", or_, slot_or, wrap_binary, "Return self|value."),
    NB("__ror__", or_, slot_or, wrap_binary_r, "Return value|self."),
    NB("__int__", int_, slot_int, wrap_unary, "int(self)"),
    NB("__float__", float_, slot_float, wrap_unary, "float(self)"),
    NB("__iadd__", inplace_add, slot_iadd, wrap_binary, "Return self+=value."),
    NB("__isub__", inplace_subtract, slot_isub, wrap_binary, "Return self-=value."),
    NB("__imul__", inplace_multiply, slot_imul, wrap_binary, "Return self*=value."),
    NB("__imod__", inplace_remainder, slot_imod, wrap_binary, "Return self%=value."),
    NB("__ipow__", inplace_power, slot_ipow, wrap_ternary, "Return self**=value."),
    NB("__ilshift__", inplace_lshift, slot_ilshift, wrap_binary, "Return self<<=value."),
    NB("__irshift__", inplace_rshift, slot_irshift, wrap_binary, "Return self>>=value."),
    NB("__iand__", inplace_and, slot_iand, wrap_binary, "Return self&=value."),
    NB("__ixor__", inplace_xor, slot_ixor, wrap_binary, "Return self^=value."),
    NB("__ior__", inplace_or, slot_ior, wrap_binary, "Return self|=value."),
    NB("__floordiv__", floor_divide, slot_floordiv, wrap_binary, "Return self//value."),
    NB("__rfloordiv__", floor_divide, slot_floordiv, wrap_binary_r, "Return value//self."),
    NB("__truediv__", true_divide, slot_truediv, wrap_binary, "Return self/value."),
    NB("__rtruediv__", true_divide, slot_truediv, wrap_binary_r, "Return value/self."),
    NB("__ifloordiv__", inplace_floor_divide, slot_ifloordiv, wrap_binary, "Return self//=value."),
    NB("__itruediv__", inplace_true_divide, slot_itruediv, wrap_binary, "Return self/=value."),
    NB("__index__", index, slot_index, wrap_unary, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    NB("__matmul__", matrix_multiply, slot_matmul, wrap_binary, "Return self@value."),
    NB("__rmatmul__", matrix_multiply, slot_matmul, wrap_binary_r, "Return value@self."),
    NB("__imatmul__", inplace_matrix_multiply, slot_imatmul, wrap_binary, "Return self@=value."),
    MP("__len__", length, slot_len, wrap_len, "Return len(self)."),
    MP("__getitem__", subscript, slot_getitem, wrap_binary, "Return self[key]."),
    MP("__setitem__", ass_subscript, slot_setitem, wrap_setitem, "Set self[key] to value."),
    MP("__delitem__", ass_subscript, slot_setitem, wrap_delitem, "Delete self[key]."),
    SQ("__len__", length, slot_len, wrap_len, "Return len(self)."),
    SQ("__add__", concat, NULL, wrap_binary, "Return self+value."),
    SQ("__mul__", repeat, NULL, wrap_indexarg, "Return self*value."),
    SQ("__rmul__", repeat, NULL, wrap_indexarg, "Return value*self."),
    SQ("__getitem__", item, NULL, wrap_sq_item, "Return self[key]."),
    SQ("__contains__", contains, slot_contains, wrap_contains, "Return key in self."),
    SQ("__iadd__", inplace_concat, NULL, wrap_binary, "Implement self+=value."),
    SQ("__imul__", inplace_repeat, NULL, wrap_indexarg, "Implement self*=value."),
    {NULL},
};

/* The address of a slot of type t, in the struct the slotdef names; NULL
 * when t has no such struct. */
static void **slot_ptr(mp_type *t, const mp_slotdef *s)
{
    char *base;
    switch (s->table) {
    case MP_SLOT_TYPE: base = (char *)t; break;
    case MP_SLOT_NUMBER: base = (char *)t->as_number; break;
    case MP_SLOT_SEQUENCE: base = (char *)t->as_sequence; break;
    default: base = (char *)t->as_mapping; break;
    }
    return base ? (void **)(base + s->offset) : NULL;
}

/* A tp_new wrapper: `int.__new__(cls, ...)`, a built-in method bound to
 * the type, checking that cls is a subtype of it. */
static mp_obj tp_new_wrapper(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_type *type = (mp_type *)self;
    if (nargs < 1)
        return mp_err_format(&mp_type_TypeError, "%s.__new__(): not enough arguments", type->name);
    mp_obj arg0 = args[0];
    if (!(mp_type_of(arg0)->flags & MP_TPFLAGS_TYPE_SUBCLASS))
        return mp_err_format(&mp_type_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             type->name, mp_type_of(arg0)->name);
    mp_type *sub = (mp_type *)arg0;
    if (!mp_type_is_subtype(sub, type))
        return mp_err_format(&mp_type_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             type->name, sub->name, sub->name, type->name);
    /* The most derived static base of sub must use this __new__ (or be
     * compatible with it): object.__new__(int) is refused. */
    mp_type *staticbase = sub;
    while (staticbase && (staticbase->flags & MP_TPFLAGS_HEAPTYPE))
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != type->new_ && type != &mp_type_object)
        return mp_err_format(&mp_type_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             type->name, sub->name, staticbase->name);
    if (staticbase && type == &mp_type_object && staticbase->new_ != mp_object_new &&
        !(staticbase->flags & MP_TPFLAGS_BASE_EXC_SUBCLASS))
        return mp_err_format(&mp_type_TypeError, "object.__new__(%s) is not safe, use %s.__new__()",
                             sub->name, staticbase->name);
    return type->new_(sub, args + 1, nargs - 1, kwnames);
}

static const mp_method_def tp_new_def = {
    "__new__", (void (*)(void))tp_new_wrapper, MP_METH_FASTCALL | MP_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."};

int mp_typeslots_add_wrappers(mp_type *t)
{
    if (t->flags & MP_TPFLAGS_HEAPTYPE)
        return 0;
    for (const mp_slotdef *s = slotdefs; s->name; s++) {
        if (!s->wrapper)
            continue;
        void **p = slot_ptr(t, s);
        if (!p || !*p)
            continue;
        /* Only the slots this type defines itself, not inherited ones. */
        if (t->base) {
            void **bp = slot_ptr(t->base, s);
            if (bp && *bp == *p && s->table != MP_SLOT_TYPE)
                continue;
            if (s->table == MP_SLOT_TYPE && bp && *bp == *p)
                continue;
        }
        mp_obj name = mp_str_intern(s->name);
        if (!name)
            return -1;
        if (mp_dict_getitem(t->dict, name))
            continue;
        /* __hash__ of an unhashable type is None, not a wrapper. */
        if (s->offset == offsetof(mp_type, hash) && s->table == MP_SLOT_TYPE &&
            *p == (void *)mp_obj_hash_not_implemented)
            continue;
        mp_obj d = mp_wrapper_descr_new(t, s, *p);
        if (!d || mp_dict_setitem(t->dict, name, d) < 0) {
            mp_xdecref(d);
            return -1;
        }
        mp_decref(d);
    }
    if (t->new_ && (!t->base || t->new_ != t->base->new_)) {
        mp_obj name = MP_NAME(__new__);
        if (!mp_dict_getitem(t->dict, name)) {
            mp_obj f = mp_builtin_func_new(&tp_new_def, (mp_obj)t, NULL);
            if (!f || mp_dict_setitem(t->dict, name, f) < 0) {
                mp_xdecref(f);
                return -1;
            }
            mp_decref(f);
        }
    }
    return 0;
}

/* Sets one slot of a class from the dunders that map to it (several may:
 * __getattribute__ and __getattr__, __setattr__ and __delattr__, the six
 * comparisons, __add__ and __radd__).  If any of them is Python code, the
 * slot gets the slot function that dispatches to the dunders; if all are
 * one built-in's wrappers, the slot is that built-in's own function.
 * `first` is the first table entry of the group. */
static void update_slot(mp_type *t, const mp_slotdef *first)
{
    void **p = slot_ptr(t, first);
    if (!p)
        return;
    void *builtin = NULL, *function = NULL;
    int python = 0, any = 0, none_hash = 0;
    for (const mp_slotdef *s = slotdefs; s->name; s++) {
        if (s->table != first->table || s->offset != first->offset)
            continue;
        if (s->function)
            function = s->function;
        mp_obj name = mp_str_intern(s->name);
        mp_obj found = name ? mp_type_lookup(t, name) : NULL;
        if (!found)
            continue;
        any = 1;
        if (mp_type_of(found) == &mp_type_wrapper_descr) {
            const mp_slotdef *ds = ((mp_descr *)found)->def;
            if (ds->table == s->table && ds->offset == s->offset) {
                builtin = ((mp_descr *)found)->wrapped;
                continue;
            }
        }
        if (s->table == MP_SLOT_TYPE && s->offset == offsetof(mp_type, hash) && found == mp_none) {
            none_hash = 1;
            continue;
        }
        if (s->table == MP_SLOT_TYPE && s->offset == offsetof(mp_type, new_) &&
            mp_type_of(found) == &mp_type_builtin_function &&
            ((mp_builtin_func *)found)->def == &tp_new_def && ((mp_builtin_func *)found)->self) {
            builtin = (void *)((mp_type *)((mp_builtin_func *)found)->self)->new_;
            continue;
        }
        python = 1;
    }
    if (!any)
        return;
    if (none_hash && !python)
        *p = (void *)mp_obj_hash_not_implemented;
    else if (python && function)
        *p = function;
    else if (builtin)
        *p = builtin;
}

static int is_group_first(const mp_slotdef *s)
{
    for (const mp_slotdef *e = slotdefs; e < s; e++)
        if (e->table == s->table && e->offset == s->offset)
            return 0;
    return 1;
}

int mp_typeslots_fill(mp_type *t)
{
    for (const mp_slotdef *s = slotdefs; s->name; s++)
        if (is_group_first(s))
            update_slot(t, s);
    return 0;
}

int mp_typeslots_update(mp_type *t, mp_obj name)
{
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE))
        return 0;
    const char *n = mp_str_utf8(name);
    if (n[0] != '_' || n[1] != '_')
        return 0;
    for (const mp_slotdef *s = slotdefs; s->name; s++)
        if (strcmp(s->name, n) == 0)
            update_slot(t, s);
    /* Subclasses that inherit the slot see the change too. */
    return 0;
}

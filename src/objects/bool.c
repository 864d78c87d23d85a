/* bool: the subclass of int with two instances, True and False.  They are
 * static mp_int objects whose mpz is a read-only view of a constant limb,
 * so they need no set-up and are never freed.  bool keeps int's arithmetic
 * (True + True == 2) but & | ^ of two bools give a bool.
 * (CPython's Objects/boolobject.c.) */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/int.h"
#include "minipy/singletons.h"
#include "minipy/str.h"

static const mp_limb_t one_limb = 1;

mp_int mp_true_struct = {{MP_IMMORTAL_REFCNT, &mp_type_bool},
                         MPZ_ROINIT_N((mp_limb_t *)&one_limb, 1)};
mp_int mp_false_struct = {{MP_IMMORTAL_REFCNT, &mp_type_bool},
                          MPZ_ROINIT_N((mp_limb_t *)&one_limb, 0)};

static mp_obj bool_repr(mp_obj self)
{
    return mp_newref(mp_str_intern(self == mp_true ? "True" : "False"));
}

static mp_obj bool_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("bool", kwnames) < 0 || mp_arg_check_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return mp_bool(0);
    int t = mp_obj_is_true(args[0]);
    return t < 0 ? NULL : mp_bool(t);
}

static int is_bool(mp_obj o) { return o == mp_true || o == mp_false; }

static mp_obj bool_and(mp_obj a, mp_obj b)
{
    if (is_bool(a) && is_bool(b))
        return mp_bool(a == mp_true && b == mp_true);
    return mp_int_and(a, b);
}

static mp_obj bool_or(mp_obj a, mp_obj b)
{
    if (is_bool(a) && is_bool(b))
        return mp_bool(a == mp_true || b == mp_true);
    return mp_int_or(a, b);
}

static mp_obj bool_xor(mp_obj a, mp_obj b)
{
    if (is_bool(a) && is_bool(b))
        return mp_bool(a != b);
    return mp_int_xor(a, b);
}

static void bool_dealloc(mp_obj self)
{
    /* Unreachable: True and False are immortal. */
    self->refcnt = MP_IMMORTAL_REFCNT;
}

static const mp_number_methods bool_as_number = {
    .add = mp_int_add,
    .subtract = mp_int_subtract,
    .multiply = mp_int_multiply,
    .remainder = mp_int_remainder,
    .divmod = mp_int_divmod,
    .power = mp_int_power,
    .negative = mp_int_negative,
    .positive = mp_int_positive,
    .absolute = mp_int_absolute,
    .bool_ = mp_int_bool,
    .invert = mp_int_invert,
    .lshift = mp_int_lshift,
    .rshift = mp_int_rshift,
    .and_ = bool_and,
    .xor_ = bool_xor,
    .or_ = bool_or,
    .int_ = mp_int_int,
    .float_ = mp_int_float,
    .floor_divide = mp_int_floor_divide,
    .true_divide = mp_int_true_divide,
    .index = mp_int_int,
};

mp_type mp_type_bool = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "bool",
    .basicsize = sizeof(mp_int),
    .flags = MP_TPFLAGS_INT_SUBCLASS | MP_TPFLAGS_MATCH_SELF, /* not BASETYPE: bool cannot be subclassed */
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .getattro = mp_obj_generic_getattr,
    .new_ = bool_new,
    .as_number = &bool_as_number,
    .base = &mp_type_int,
};

/* The _weakref module: weak reference counts and lists, and the types the
 * Python-level weakref module (lib/weakref.py) imports, proxies among
 * them. */
#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/bytes.h"
#include "minipy/iter.h"
#include "minipy/opcodes.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/structseq.h"
#include "minipy/weakref.h"

#define FN(f) ((void (*)(void))(f))

/* Calls visit on each live weak reference to o, in list order; stops
 * early when visit returns nonzero (and returns that). */
static int each_ref(mp_obj o, int (*visit)(mp_obj ref, void *arg), void *arg)
{
    mp_obj first = mp_weakref_first(o);
    int r = 0;
    for (mp_weakref *w = first == mp_none ? NULL : (mp_weakref *)first; w && !r; w = w->next)
        r = visit((mp_obj)w, arg);
    mp_decref(first);
    return r;
}

static int count_ref(mp_obj ref, void *arg)
{
    (*(intptr_t *)arg)++;
    return 0;
}

static mp_obj weakref_getweakrefcount(mp_obj self, mp_obj o)
{
    intptr_t n = 0;
    each_ref(o, count_ref, &n);
    return mp_int_from_ssize(n);
}

static int list_ref(mp_obj ref, void *arg) { return mp_list_append((mp_obj)arg, ref) < 0; }

static mp_obj weakref_getweakrefs(mp_obj self, mp_obj o)
{
    mp_obj l = mp_list_new(0);
    if (l && each_ref(o, list_ref, l))
        MP_CLEAR(l);
    return l;
}

/* _remove_dead_weakref(dct, key): del dct[key] if it holds a dead weak
 * reference (the WeakValueDictionary callbacks' step). */
static mp_obj weakref_remove_dead(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    mp_obj d = args[0], key = args[1];
    if (!mp_dict_check(d))
        return mp_err_format(&mp_type_TypeError,
                             "_remove_dead_weakref() argument 1 must be dict, not %s",
                             mp_type_of(d)->name);
    mp_obj v = mp_dict_getitem(d, key);
    if (!v) {
        if (mp_err_occurred())
            return NULL;
        MP_RETURN_NONE;
    }
    if (!mp_obj_type_check(v, &mp_type_weakref))
        return mp_err_set_str(&mp_type_TypeError, "not a weakref");
    if (mp_weakref_get(v) == mp_none && mp_dict_pop(d, key, NULL) < 0)
        return NULL;
    MP_RETURN_NONE;
}

/* ---- proxies ----------------------------------------------------------------------------
 * A proxy is a weak reference (the same struct, in the referent's list)
 * that stands for its object: every operation on it is the operation on
 * the object, or ReferenceError once the object is gone.  The callable
 * kind, for callable objects, also forwards calls. */

mp_type mp_type_weakproxy, mp_type_weakcallableproxy;

static int is_proxy(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t == &mp_type_weakproxy || t == &mp_type_weakcallableproxy;
}

/* The object behind o if o is a proxy (borrowed), else o; NULL with
 * ReferenceError for a dead proxy. */
static mp_obj unwrap(mp_obj o)
{
    if (!is_proxy(o))
        return o;
    mp_obj r = ((mp_weakref *)o)->object;
    if (!r)
        return mp_err_set_str(&mp_type_ReferenceError, "weakly-referenced object no longer exists");
    return r;
}

static mp_obj weakref_proxy(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("proxy", nargs, 1, 2) < 0)
        return NULL;
    mp_obj o = args[0];
    mp_obj callback = nargs > 1 && args[1] != mp_none ? args[1] : NULL;
    mp_type *type = mp_callable(o) ? &mp_type_weakcallableproxy : &mp_type_weakproxy;
    /* Proxies without a callback are shared, as plain refs are. */
    if (!callback) {
        mp_obj first = mp_weakref_first(o);
        for (mp_weakref *w = first == mp_none ? NULL : (mp_weakref *)first; w; w = w->next) {
            if (!w->callback && mp_type_of((mp_obj)w) == type) {
                mp_decref(first);
                return mp_newref((mp_obj)w);
            }
        }
        mp_decref(first);
    }
    return mp_weakref_new(type, o, callback);
}

static mp_obj proxy_repr(mp_obj self)
{
    mp_obj o = mp_weakref_get(self);
    return mp_str_from_format("<weakproxy at %p to %s at %p>", (void *)self, mp_type_of(o)->name,
                              (void *)o);
}

static mp_obj proxy_str(mp_obj self)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_str(o) : NULL;
}

static mp_obj proxy_getattro(mp_obj self, mp_obj name)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_getattr(o, name) : NULL;
}

static int proxy_setattro(mp_obj self, mp_obj name, mp_obj value)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_setattr(o, name, value) : -1;
}

static mp_obj proxy_richcompare(mp_obj a, mp_obj b, int op)
{
    mp_obj x = unwrap(a), y = x ? unwrap(b) : NULL;
    return y ? mp_obj_richcompare(x, y, op) : NULL;
}

static mp_obj proxy_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_obj o = unwrap(self);
    return o ? mp_call(o, args, nargs, kwnames) : NULL;
}

static mp_obj proxy_iter(mp_obj self)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_getiter(o) : NULL;
}

static mp_obj proxy_iternext(mp_obj self)
{
    mp_obj o = unwrap(self);
    if (!o)
        return NULL;
    if (!mp_iter_check(o))
        return mp_err_format(&mp_type_TypeError,
                             "Weakref proxy referenced a non-iterator '%s' object",
                             mp_type_of(o)->name);
    return mp_type_of(o)->iternext(o);
}

/* The referent stays alive during each call: it may drop its last other
 * reference while running. */
#define PROXY_UNARY(fname, call)                                                            \
    static mp_obj fname(mp_obj self)                                                       \
    {                                                                                      \
        mp_obj o = unwrap(self);                                                           \
        if (!o)                                                                            \
            return NULL;                                                                   \
        mp_incref(o);                                                                      \
        mp_obj r = call(o);                                                                \
        mp_decref(o);                                                                      \
        return r;                                                                          \
    }

PROXY_UNARY(proxy_neg, mp_number_negative)
PROXY_UNARY(proxy_pos, mp_number_positive)
PROXY_UNARY(proxy_abs, mp_number_absolute)
PROXY_UNARY(proxy_invert, mp_number_invert)
PROXY_UNARY(proxy_int, mp_number_long)
PROXY_UNARY(proxy_float, mp_number_float)
PROXY_UNARY(proxy_index, mp_number_index)

static mp_obj binop(mp_obj a, mp_obj b, int op)
{
    mp_obj x = unwrap(a), y = x ? unwrap(b) : NULL;
    if (!y)
        return NULL;
    mp_incref(x);
    mp_incref(y);
    mp_obj r = mp_number_binary_op(x, y, op);
    mp_decref(x);
    mp_decref(y);
    return r;
}

#define PROXY_BINARY(name, op)                                                              \
    static mp_obj proxy_##name(mp_obj a, mp_obj b) { return binop(a, b, MP_NB_##op); }       \
    static mp_obj proxy_i##name(mp_obj a, mp_obj b)                                          \
    {                                                                                       \
        return binop(a, b, MP_NB_##op + MP_NB_INPLACE);                                     \
    }

PROXY_BINARY(add, ADD)
PROXY_BINARY(sub, SUBTRACT)
PROXY_BINARY(mul, MULTIPLY)
PROXY_BINARY(mod, REMAINDER)
PROXY_BINARY(lshift, LSHIFT)
PROXY_BINARY(rshift, RSHIFT)
PROXY_BINARY(and, AND)
PROXY_BINARY(xor, XOR)
PROXY_BINARY(or, OR)
PROXY_BINARY(floordiv, FLOOR_DIVIDE)
PROXY_BINARY(truediv, TRUE_DIVIDE)
PROXY_BINARY(matmul, MATRIX_MULTIPLY)

static mp_obj proxy_divmod(mp_obj a, mp_obj b)
{
    mp_obj x = unwrap(a), y = x ? unwrap(b) : NULL;
    return y ? mp_number_divmod(x, y) : NULL;
}

static mp_obj proxy_pow(mp_obj a, mp_obj b, mp_obj mod)
{
    mp_obj x = unwrap(a), y = x ? unwrap(b) : NULL, m = y && mod ? unwrap(mod) : mod;
    return y && (m || !mod) ? mp_number_power(x, y, m) : NULL;
}

static mp_obj proxy_ipow(mp_obj a, mp_obj b, mp_obj mod)
{
    return binop(a, b, MP_NB_POWER + MP_NB_INPLACE);
}

static int proxy_bool(mp_obj self)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_is_true(o) : -1;
}

static const mp_number_methods proxy_as_number = {
    .add = proxy_add, .subtract = proxy_sub, .multiply = proxy_mul, .remainder = proxy_mod,
    .divmod = proxy_divmod, .power = proxy_pow, .negative = proxy_neg, .positive = proxy_pos,
    .absolute = proxy_abs, .bool_ = proxy_bool, .invert = proxy_invert,
    .lshift = proxy_lshift, .rshift = proxy_rshift, .and_ = proxy_and, .xor_ = proxy_xor,
    .or_ = proxy_or, .int_ = proxy_int, .float_ = proxy_float,
    .inplace_add = proxy_iadd, .inplace_subtract = proxy_isub,
    .inplace_multiply = proxy_imul, .inplace_remainder = proxy_imod,
    .inplace_power = proxy_ipow, .inplace_lshift = proxy_ilshift,
    .inplace_rshift = proxy_irshift, .inplace_and = proxy_iand, .inplace_xor = proxy_ixor,
    .inplace_or = proxy_ior, .floor_divide = proxy_floordiv, .true_divide = proxy_truediv,
    .inplace_floor_divide = proxy_ifloordiv, .inplace_true_divide = proxy_itruediv,
    .index = proxy_index, .matrix_multiply = proxy_matmul,
    .inplace_matrix_multiply = proxy_imatmul,
};

static intptr_t proxy_length(mp_obj self)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_len(o) : -1;
}

static int proxy_contains(mp_obj self, mp_obj item)
{
    mp_obj o = unwrap(self);
    return o ? mp_sequence_contains(o, item) : -1;
}

static mp_obj proxy_getitem(mp_obj self, mp_obj key)
{
    mp_obj o = unwrap(self);
    return o ? mp_obj_getitem(o, key) : NULL;
}

static int proxy_setitem(mp_obj self, mp_obj key, mp_obj value)
{
    mp_obj o = unwrap(self);
    if (!o)
        return -1;
    return value ? mp_obj_setitem(o, key, value) : mp_obj_delitem(o, key);
}

static const mp_sequence_methods proxy_as_sequence = {
    .contains = proxy_contains,
};

static const mp_mapping_methods proxy_as_mapping = {
    .length = proxy_length,
    .subscript = proxy_getitem,
    .ass_subscript = proxy_setitem,
};

static mp_obj proxy_bytes(mp_obj self)
{
    mp_obj o = unwrap(self);
    return o ? mp_call1((mp_obj)&mp_type_bytes, o) : NULL;
}

static mp_obj proxy_reversed(mp_obj self)
{
    mp_obj o = unwrap(self);
    return o ? mp_call1((mp_obj)&mp_type_reversed, o) : NULL;
}

static const mp_method_def proxy_methods[] = {
    {"__bytes__", FN(proxy_bytes), MP_METH_NOARGS, NULL},
    {"__reversed__", FN(proxy_reversed), MP_METH_NOARGS, NULL},
    {NULL},
};

/* dealloc, traverse and clear are the weak reference's (set at import,
 * from mp_type_weakref: a proxy is one). */
#define PROXY_TYPE(tname, callfn)                                                           \
    {                                                                                       \
        .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},                                     \
        .name = tname,                                                                      \
        .basicsize = sizeof(mp_weakref),                                                    \
        .flags = MP_TPFLAGS_GC,                                                             \
        .repr = proxy_repr,                                                                 \
        .str = proxy_str,                                                                   \
        .hash = mp_obj_hash_not_implemented,                                                \
        .richcompare = proxy_richcompare,                                                   \
        .call = callfn,                                                                     \
        .getattro = proxy_getattro,                                                         \
        .setattro = proxy_setattro,                                                         \
        .iter = proxy_iter,                                                                 \
        .iternext = proxy_iternext,                                                         \
        .new_ = mp_structseq_no_new,                                                        \
        .as_number = &proxy_as_number,                                                      \
        .as_sequence = &proxy_as_sequence,                                                  \
        .as_mapping = &proxy_as_mapping,                                                    \
        .methods = proxy_methods,                                                           \
    }

mp_type mp_type_weakproxy = PROXY_TYPE("weakref.ProxyType", NULL);
mp_type mp_type_weakcallableproxy = PROXY_TYPE("weakref.CallableProxyType", proxy_call);

static const mp_method_def weakref_methods[] = {
    {"getweakrefcount", FN(weakref_getweakrefcount), MP_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", FN(weakref_getweakrefs), MP_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", FN(weakref_remove_dead), MP_METH_FASTCALL,
     "Atomically remove key from dict if it points to a dead weakref."},
    {"proxy", FN(weakref_proxy), MP_METH_FASTCALL,
     "Create a proxy object that weakly references 'object'.\n\n"
     "'callback', if given, is called with a reference to the\n"
     "proxy when 'object' is about to be finalized."},
    {NULL},
};

static int weakref_exec(mp_obj m)
{
    mp_type_weakproxy.dealloc = mp_type_weakcallableproxy.dealloc = mp_type_weakref.dealloc;
    mp_type_weakproxy.traverse = mp_type_weakcallableproxy.traverse = mp_type_weakref.traverse;
    mp_type_weakproxy.clear = mp_type_weakcallableproxy.clear = mp_type_weakref.clear;
    if (mp_type_ready(&mp_type_weakproxy) < 0 || mp_type_ready(&mp_type_weakcallableproxy) < 0)
        return -1;
    if (mp_module_add(m, "ref", (mp_obj)&mp_type_weakref) < 0 ||
        mp_module_add(m, "ReferenceType", (mp_obj)&mp_type_weakref) < 0 ||
        mp_module_add(m, "ProxyType", (mp_obj)&mp_type_weakproxy) < 0 ||
        mp_module_add(m, "CallableProxyType", (mp_obj)&mp_type_weakcallableproxy) < 0)
        return -1;
    return 0;
}

const mp_module_def mp_module_weakref = {
    "_weakref",
    "Weak-reference support module.",
    weakref_methods,
    weakref_exec,
};

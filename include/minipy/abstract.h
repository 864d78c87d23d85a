/* The object protocols: what the VM and built-ins do with any value,
 * dispatching through type slots as CPython's Objects/abstract.c and
 * Objects/object.c do (including reflected operands, NotImplemented, and
 * CPython's TypeError messages).  (objects/abstract.c, objects/object.c)
 *
 * All return new references or NULL/-1 with an exception set, unless a
 * comment says otherwise.
 */
#ifndef MINIPY_ABSTRACT_H
#define MINIPY_ABSTRACT_H

#include "minipy/object.h"

/* ---- the basics ---------------------------------------------------------- */
mp_obj mp_obj_repr(mp_obj o);
mp_obj mp_obj_str(mp_obj o);
mp_obj mp_obj_ascii(mp_obj o);
mp_hash_t mp_obj_hash(mp_obj o);              /* -1 on error */
mp_hash_t mp_obj_hash_not_implemented(mp_obj o); /* "unhashable type: 'list'" */
int mp_obj_is_true(mp_obj o);                 /* 1, 0, or -1 */
int mp_obj_not(mp_obj o);                     /* 1, 0, or -1 */
mp_obj mp_obj_richcompare(mp_obj a, mp_obj b, int op);
int mp_obj_richcompare_bool(mp_obj a, mp_obj b, int op); /* identity implies EQ */
mp_obj mp_obj_format(mp_obj o, mp_obj spec);  /* format(o, spec); spec may be NULL */
mp_obj mp_obj_dir(mp_obj o);                  /* dir(o) as a sorted list */

/* ---- attributes -----------------------------------------------------------
 * name is a str object; the *_s forms take a C string (and intern it). */
mp_obj mp_obj_getattr(mp_obj o, mp_obj name);
mp_obj mp_obj_getattr_s(mp_obj o, const char *name);
/* Like getattr but a missing attribute is not an error: returns 1 and sets
 * *result, 0 with *result NULL when absent (AttributeError cleared), -1 on
 * other errors. */
int mp_obj_lookup_attr(mp_obj o, mp_obj name, mp_obj *result);
int mp_obj_setattr(mp_obj o, mp_obj name, mp_obj value); /* value NULL: delete */
int mp_obj_setattr_s(mp_obj o, const char *name, mp_obj value);
int mp_obj_hasattr(mp_obj o, mp_obj name);    /* 1 or 0; never fails */
/* object.__getattribute__ / __setattr__: descriptors, instance __dict__. */
mp_obj mp_obj_generic_getattr(mp_obj o, mp_obj name);
int mp_obj_generic_setattr(mp_obj o, mp_obj name, mp_obj value);
/* For LOAD_METHOD: if o.name is a plain function found on the type (one that
 * would bind o), stores it in *method (new reference) and returns 1, so the
 * call can pass o as the first argument without making a bound method;
 * otherwise stores the attribute's value and returns 0; -1 on error. */
int mp_obj_get_method(mp_obj o, mp_obj name, mp_obj *method);
/* The instance dict of o (borrowed), created on demand, or NULL without an
 * exception if o's type has none. */
mp_obj *mp_obj_dict_ptr(mp_obj o);
/* Classes of variable-size objects (tuple, str, bytes) keep the instance
 * dict and __slots__ after the items, one word each from the first word
 * boundary (the "tail"); their offsets are negative, -8 for the first
 * word, as CPython's negative tp_dictoffset.  basicsize counts the tail
 * words plus MP_VAR_TAIL_SLACK bytes for the rounding (class.c). */
#define MP_VAR_TAIL_SLACK (sizeof(mp_obj) - 1)
char *mp_obj_var_tail(mp_obj o);
/* The address of a dict or slot at offset (negative: in the tail). */
static inline char *mp_obj_member_addr(mp_obj o, intptr_t offset)
{
    if (offset < 0)
        return mp_obj_var_tail(o) + (-offset - (intptr_t)sizeof(mp_obj));
    return (char *)o + offset;
}

/* ---- calls ------------------------------------------------------------------
 * See object.h for the convention (args array, nargs, kwnames tuple). */
mp_obj mp_call(mp_obj callable, mp_obj const *args, size_t nargs, mp_obj kwnames);
mp_obj mp_call0(mp_obj callable);
mp_obj mp_call1(mp_obj callable, mp_obj a);
mp_obj mp_call2(mp_obj callable, mp_obj a, mp_obj b);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
mp_obj mp_call_tuple_dict(mp_obj callable, mp_obj args, mp_obj kwargs);
/* o.name(*args) */
mp_obj mp_call_method(mp_obj o, const char *name, mp_obj const *args, size_t nargs);
int mp_callable(mp_obj o);

/* ---- numbers -----------------------------------------------------------------
 * op is BINARY_OP's argument (MP_NB_ADD ... and the in-place forms, see
 * opcodes.h): tries a's slot, then b's reflected one, subclasses first, and
 * raises "unsupported operand type(s) for +: 'A' and 'B'". */
mp_obj mp_number_binary_op(mp_obj a, mp_obj b, int op);
mp_obj mp_number_add(mp_obj a, mp_obj b);
mp_obj mp_number_subtract(mp_obj a, mp_obj b);
mp_obj mp_number_multiply(mp_obj a, mp_obj b);
mp_obj mp_number_power(mp_obj a, mp_obj b, mp_obj mod /* NULL or None */);
mp_obj mp_number_negative(mp_obj o);
mp_obj mp_number_positive(mp_obj o);
mp_obj mp_number_invert(mp_obj o);
mp_obj mp_number_absolute(mp_obj o);
mp_obj mp_number_divmod(mp_obj a, mp_obj b);
mp_obj mp_number_index(mp_obj o);             /* operator.index(o): an int */
mp_obj mp_number_long(mp_obj o);              /* int(o) */
mp_obj mp_number_float(mp_obj o);             /* float(o) */
/* o as a C integer for indexing: index(o), clipped or raising as CPython's
 * PyNumber_AsSsize_t with exc = IndexError or OverflowError (NULL: clip). */
intptr_t mp_number_as_ssize(mp_obj o, mp_type *exc);
int mp_index_check(mp_obj o);                 /* has __index__ */

/* ---- containers -------------------------------------------------------------- */
intptr_t mp_obj_len(mp_obj o);                /* -1 on error */
/* len(o) if it has one, else __length_hint__, else dflt; -1 on error. */
intptr_t mp_obj_length_hint(mp_obj o, intptr_t dflt);
mp_obj mp_obj_getitem(mp_obj o, mp_obj key);
int mp_obj_setitem(mp_obj o, mp_obj key, mp_obj value);
int mp_obj_delitem(mp_obj o, mp_obj key);
int mp_sequence_contains(mp_obj container, mp_obj item); /* `in`: 1, 0, -1 */
mp_obj mp_sequence_tuple(mp_obj iterable);    /* tuple(iterable) */
mp_obj mp_sequence_list(mp_obj iterable);     /* list(iterable) */

/* ---- iteration -------------------------------------------------------------- */
mp_obj mp_obj_getiter(mp_obj o);              /* iter(o) */
/* next(it): NULL at the end with no exception set (StopIteration cleared),
 * NULL with an exception on error. */
mp_obj mp_iter_next(mp_obj it);
int mp_iter_check(mp_obj o);                  /* has __next__ */

/* ---- types -------------------------------------------------------------------- */
int mp_obj_isinstance(mp_obj o, mp_obj cls);  /* isinstance(): 1, 0, -1 */
int mp_obj_issubclass(mp_obj derived, mp_obj cls);
static inline int mp_obj_type_check(mp_obj o, mp_type *t)
{
    return mp_type_of(o) == t || mp_type_is_subtype(mp_type_of(o), t);
}
/* Looks name up along type's MRO: borrowed reference or NULL, no
 * exception either way. */
mp_obj mp_type_lookup(mp_type *type, mp_obj name);
/* The version tag of a type, for the inline caches of vm/eval.c (and the
 * attribute cache of objects/type.c): while t->version still equals a tag
 * got earlier and that tag is not below mp_type_lowest_tag, every lookup
 * on t finds what it found then.  0 when no tag can be given. */
unsigned int mp_type_tag(mp_type *t);
extern unsigned int mp_type_lowest_tag;
static inline int mp_type_tag_valid(mp_type *t, unsigned int tag)
{
    return t->version == tag && tag >= mp_type_lowest_tag;
}

#endif

/* The immortal singletons: None, NotImplemented, Ellipsis, True, False.
 * They are never freed, so they may be returned without a count change
 * where a comment says "borrowed"; mp_newref() them otherwise. */
#ifndef MINIPY_SINGLETONS_H
#define MINIPY_SINGLETONS_H

#include "minipy/object.h"

extern mp_object mp_none_struct, mp_notimplemented_struct, mp_ellipsis_struct;
extern mp_type mp_type_none, mp_type_notimplemented, mp_type_ellipsis, mp_type_bool;

#define mp_none (&mp_none_struct)
#define mp_notimplemented (&mp_notimplemented_struct)
#define mp_ellipsis (&mp_ellipsis_struct)

/* True and False are bool instances (objects/bool.c); their layout is an
 * int's (int.h) with the value 1 or 0. */
extern struct mp_int mp_true_struct, mp_false_struct;
#define mp_true ((mp_obj)&mp_true_struct)
#define mp_false ((mp_obj)&mp_false_struct)

static inline mp_obj mp_bool(int b) { return mp_newref(b ? mp_true : mp_false); }

#define MP_RETURN_NONE return mp_newref(mp_none)
#define MP_RETURN_NOTIMPLEMENTED return mp_newref(mp_notimplemented)

#endif

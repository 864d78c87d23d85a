/* The table tying dunder names to type slots (objects/typeslots.c), as
 * CPython's slotdefs: it gives built-in types their slot wrappers
 * (int.__add__) and gives classes slot functions that call their dunders
 * (a class defining __add__ gets an as_number->add that calls it). */
#ifndef MINIPY_TYPESLOTS_H
#define MINIPY_TYPESLOTS_H

#include "minipy/object.h"

/* Calls the slot function `wrapped` with a Python-level call's arguments. */
typedef mp_obj (*mp_wrapperfunc)(mp_obj self, mp_obj const *args, size_t nargs,
                                 mp_obj kwnames, void *wrapped);

enum { MP_SLOT_TYPE, MP_SLOT_NUMBER, MP_SLOT_SEQUENCE, MP_SLOT_MAPPING };
enum { MP_SLOT_KEYWORDS = 1 };

typedef struct mp_slotdef {
    const char *name;        /* "__add__" */
    int table;               /* which struct holds the slot */
    size_t offset;           /* the slot's offset in that struct */
    void *function;          /* the slot function classes get for this dunder */
    mp_wrapperfunc wrapper;  /* how a Python call reaches the slot */
    const char *doc;
    int flags;
} mp_slotdef;

mp_obj mp_wrapper_descr_new(mp_type *owner, const mp_slotdef *slot, void *wrapped);

#endif

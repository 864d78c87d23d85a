/* Weak references (objects/weakref.c). */
#ifndef MINIPY_WEAKREF_H
#define MINIPY_WEAKREF_H

#include "minipy/object.h"

typedef struct mp_weakref {
    mp_object ob;
    mp_obj object;            /* the referent (not counted), NULL once dead */
    mp_obj callback;
    mp_hash_t hash;
    struct mp_weakref *prev, *next; /* the referent's list */
} mp_weakref;

extern mp_type mp_type_weakref;

mp_obj mp_weakref_new(mp_type *type, mp_obj object, mp_obj callback);
/* The referent, borrowed, or None once it is dead. */
mp_obj mp_weakref_get(mp_obj ref);
/* The first weak reference to o (obj.__weakref__), or None. */
mp_obj mp_weakref_first(mp_obj o);
/* Kills every weak reference to o and runs their callbacks (as o dies). */
void mp_weakref_clear_refs(mp_obj o);

#endif

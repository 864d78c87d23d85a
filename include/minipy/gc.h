/* The cycle collector's view of objects (gc/gc.c).  Objects of types with
 * MP_TPFLAGS_GC have this header just before their mp_object; the
 * allocator (object.c) links them into the collector's list. */
#ifndef MINIPY_GC_H
#define MINIPY_GC_H

#include "minipy/object.h"

typedef struct mp_gc_head {
    struct mp_gc_head *next, *prev;
    intptr_t refs;            /* working count during a collection */
    intptr_t finalized;       /* __del__ has run: the collector won't again */
} mp_gc_head;

#define MP_GC_HEAD(o) ((mp_gc_head *)(o) - 1)
#define MP_GC_OBJ(g) ((mp_obj)((mp_gc_head *)(g) + 1))

static inline int mp_type_is_gc(mp_type *t) { return (t->flags & MP_TPFLAGS_GC) != 0; }

/* Whether o carries a GC header: instances of GC types do, except the
 * static types (whose type, `type`, is a GC type for the sake of
 * classes). */
static inline int mp_obj_is_gc(mp_obj o)
{
    mp_type *t = o->type;
    if (!(t->flags & MP_TPFLAGS_GC))
        return 0;
    if (t->flags & MP_TPFLAGS_TYPE_SUBCLASS)
        return (((mp_type *)o)->flags & MP_TPFLAGS_HEAPTYPE) != 0;
    return 1;
}

/* Start and stop tracking a container (new GC objects start tracked). */
void mp_gc_track(mp_obj o);
void mp_gc_untrack(mp_obj o);
int mp_gc_is_tracked(mp_obj o);
/* Collects if enough containers were made since the last collection. */
void mp_gc_maybe_collect(void);
/* Runs a full collection; returns the number of unreachable objects found. */
intptr_t mp_gc_collect(void);
void mp_gc_set_enabled(int on);
int mp_gc_is_enabled(void);
void mp_gc_set_threshold(intptr_t t);
intptr_t mp_gc_get_threshold(void);
intptr_t mp_gc_get_count(void);
int mp_gc_for_each(int (*visit)(mp_obj, void *), void *arg);
extern intptr_t mp_gc_collections;

#endif

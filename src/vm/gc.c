/* The cycle collector (gc.h): reference counting frees everything not in
 * a cycle; this finds the rest, by CPython's trial deletion.  For every
 * tracked container, count the references that come from other tracked
 * containers; an object with more references than those is reachable from
 * outside (a variable, the frame stack, C code) and so is everything it
 * reaches.  What remains is garbage: its finalisers run (__del__), then
 * each object's clear() drops its references, which breaks the cycles and
 * lets reference counting free them.  One generation, collected when
 * container allocations outnumber frees by the threshold. */
#include <stddef.h>

#include "minipy/gc.h"
#include "minipy/state.h"

/* A circular list with a sentinel head. */
static mp_gc_head all = {&all, &all, 0, 0};
static intptr_t alloc_count;
static intptr_t threshold = 700;
static int enabled = 1, collecting;
intptr_t mp_gc_collections;

static void list_remove(mp_gc_head *g)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = g->prev = NULL;
}

static void list_append(mp_gc_head *list, mp_gc_head *g)
{
    g->prev = list->prev;
    g->next = list;
    list->prev->next = g;
    list->prev = g;
}

static void list_init(mp_gc_head *list) { list->next = list->prev = list; }
static int list_empty(mp_gc_head *list) { return list->next == list; }

/* Moves everything in from to the end of to. */
static void list_merge(mp_gc_head *from, mp_gc_head *to)
{
    if (list_empty(from))
        return;
    mp_gc_head *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    list_init(from);
}

void mp_gc_track(mp_obj o)
{
    mp_gc_head *g = MP_GC_HEAD(o);
    if (g->next)
        return;
    list_append(&all, g);
    alloc_count++;
}

/* Called before a container is allocated (object.c), so that a collection
 * never sees the new object half made. */
void mp_gc_maybe_collect(void)
{
    if (alloc_count > threshold && enabled && !collecting && threshold > 0 && mp_ts())
        mp_gc_collect();
}

void mp_gc_untrack(mp_obj o)
{
    mp_gc_head *g = MP_GC_HEAD(o);
    if (!g->next)
        return;
    list_remove(g);
    if (alloc_count > 0)
        alloc_count--;
}

int mp_gc_is_tracked(mp_obj o)
{
    return MP_GC_HEAD(o)->next != NULL;
}

/* refs < 0 marks "being collected"; a tracked referent of a collected
 * object has refs >= 0 during the subtraction pass. */
static int subtract_refs(mp_obj o, void *arg)
{
    /* A field not yet filled in (the collector can run while an object is
     * being built) is NULL: nothing to visit. */
    if (o && !mp_is_small(o) && mp_obj_is_gc(o)) {
        mp_gc_head *g = MP_GC_HEAD(o);
        if (g->next && g->refs > 0)
            g->refs--;
    }
    return 0;
}

/* Moves a referent found from a reachable object back to reachable. */
static int move_reachable(mp_obj o, void *arg)
{
    if (!o || mp_is_small(o) || !mp_obj_is_gc(o))
        return 0;
    mp_gc_head *g = MP_GC_HEAD(o);
    if (!g->next)
        return 0;
    if (g->refs == 0) {
        /* Still tentatively unreachable: it is reachable after all, and
         * gets visited when the scan reaches it in its new place. */
        g->refs = 1;
        list_remove(g);
        list_append((mp_gc_head *)arg, g);
    }
    return 0;
}

/* Splits young into reachable (left in young) and unreachable. */
static void find_unreachable(mp_gc_head *young, mp_gc_head *unreachable)
{
    for (mp_gc_head *g = young->next; g != young; g = g->next)
        g->refs = MP_GC_OBJ(g)->refcnt;
    for (mp_gc_head *g = young->next; g != young; g = g->next) {
        mp_obj o = MP_GC_OBJ(g);
        if (o->type->traverse)
            o->type->traverse(o, subtract_refs, NULL);
    }
    /* Objects with refs 0 go to unreachable for now; a scan of the
     * reachable ones brings back whatever they reach. */
    mp_gc_head *g = young->next;
    while (g != young) {
        mp_gc_head *next = g->next;
        if (g->refs == 0) {
            list_remove(g);
            list_append(unreachable, g);
        }
        g = next;
    }
    for (g = young->next; g != young; g = g->next) {
        mp_obj o = MP_GC_OBJ(g);
        if (o->type->traverse)
            o->type->traverse(o, move_reachable, young);
    }
}

intptr_t mp_gc_collect(void)
{
    if (collecting)
        return 0;
    collecting = 1;
    mp_gc_collections++;
    mp_gc_head young, unreachable;
    list_init(&young);
    list_init(&unreachable);
    list_merge(&all, &young);
    find_unreachable(&young, &unreachable);
    intptr_t found = 0;
    for (mp_gc_head *g = unreachable.next; g != &unreachable; g = g->next)
        found++;
    if (found) {
        /* Keep everything alive while finalisers and clears run. */
        for (mp_gc_head *g = unreachable.next; g != &unreachable; g = g->next)
            mp_incref(MP_GC_OBJ(g));
        for (mp_gc_head *g = unreachable.next; g != &unreachable; g = g->next) {
            mp_obj o = MP_GC_OBJ(g);
            if (o->type->finalize && !MP_GC_HEAD(o)->finalized) {
                MP_GC_HEAD(o)->finalized = 1;
                o->type->finalize(o);
            }
        }
        /* A finaliser may have resurrected some: look again.  Those now
         * reachable (in still) lose the reference we took, and live on. */
        mp_gc_head still;
        list_init(&still);
        list_merge(&unreachable, &still);
        for (mp_gc_head *g = still.next; g != &still; g = g->next)
            MP_GC_OBJ(g)->refcnt--;
        find_unreachable(&still, &unreachable);
        for (mp_gc_head *g = still.next; g != &still; g = g->next)
            MP_GC_OBJ(g)->refcnt++;
        for (mp_gc_head *g = unreachable.next; g != &unreachable; g = g->next)
            MP_GC_OBJ(g)->refcnt++;
        while (!list_empty(&still)) {
            mp_gc_head *g = still.next;
            list_remove(g);
            list_append(&young, g);
            mp_decref(MP_GC_OBJ(g));
        }
        /* Break the cycles.  Each object is taken off the list first, so
         * that the clears it triggers don't touch it there. */
        while (!list_empty(&unreachable)) {
            mp_gc_head *g = unreachable.next;
            mp_obj o = MP_GC_OBJ(g);
            list_remove(g);
            list_append(&young, g);
            if (o->type->clear)
                o->type->clear(o);
            mp_decref(o);
        }
    }
    list_merge(&young, &all);
    alloc_count = 0;
    collecting = 0;
    return found;
}

void mp_gc_set_enabled(int on) { enabled = on; }
int mp_gc_is_enabled(void) { return enabled; }
void mp_gc_set_threshold(intptr_t t) { threshold = t; }
intptr_t mp_gc_get_threshold(void) { return threshold; }
intptr_t mp_gc_get_count(void) { return alloc_count; }

/* Calls visit on every tracked object (gc.get_objects, debugging). */
int mp_gc_for_each(int (*visit)(mp_obj, void *), void *arg)
{
    for (mp_gc_head *g = all.next; g != &all; g = g->next)
        if (visit(MP_GC_OBJ(g), arg))
            return 1;
    return 0;
}

/* The cycle collector (gc.h): reference counting frees everything not in
 * a cycle; this finds the rest, by CPython's trial deletion.  For every
 * tracked container, count the references that come from other tracked
 * containers; an object with more references than those is reachable from
 * outside (a variable, the frame stack, C code) and so is everything it
 * reaches.  What remains is garbage: the weak references to it die (and
 * their callbacks run), its finalisers run (__del__), then
 * each object's clear() drops its references, which breaks the cycles and
 * lets reference counting free them.  One generation, collected when
 * container allocations outnumber frees by the threshold, and by a
 * quarter of the containers that survived the last collection: as
 * CPython's rule for its full collections, this keeps the collector's
 * work linear in the allocations when a program holds many containers
 * (scanning all of them every 700 allocations would be quadratic). */
#include <stddef.h>

#include "minipy/abstract.h"
#include "minipy/dict.h"
#include "minipy/gc.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/weakref.h"

/* A circular list with a sentinel head. */
static mp_gc_head all = {&all, &all, 0, 0};
static intptr_t alloc_count;
static intptr_t tracked;      /* objects in all */
static intptr_t long_lived;   /* of those, the survivors of the last collection */
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
    tracked++;
}

/* Called before a container is allocated (object.c), so that a collection
 * never sees the new object half made. */
void mp_gc_maybe_collect(void)
{
    if (alloc_count > threshold && alloc_count > long_lived / 4 && enabled && !collecting &&
        threshold > 0 && mp_ts())
        mp_gc_collect();
}

void mp_gc_untrack(mp_obj o)
{
    mp_gc_head *g = MP_GC_HEAD(o);
    if (!g->next)
        return;
    list_remove(g);
    tracked--;
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

/* The working count of the objects of the unreachable list while their
 * weak references are handled and they are counted. */
#define UNREACHABLE ((intptr_t)-1)

static int is_unreachable(mp_obj o)
{
    return mp_obj_is_gc(o) && MP_GC_HEAD(o)->next && MP_GC_HEAD(o)->refs == UNREACHABLE;
}

static void mark_unreachable(mp_gc_head *unreachable)
{
    for (mp_gc_head *g = unreachable->next; g != unreachable; g = g->next)
        g->refs = UNREACHABLE;
}

/* A weak reference whose callback is to be called, or dropped. */
typedef struct {
    mp_weakref *ref;  /* a reference we hold */
    mp_obj callback;  /* taken out of the weakref */
    int call;
} pending_callback;

/* As CPython's handle_weakrefs, before any finaliser runs: every weak
 * reference to an unreachable object dies, so that no finaliser or
 * callback can reach the garbage through one.  Then the callbacks run,
 * except those of weak references that are garbage themselves (they go
 * with their references).  All references are cleared before the first
 * callback runs.  Returns how many of the weak references were freed
 * right after their callbacks: CPython counts them in gc.collect(). */
static intptr_t handle_weakrefs(mp_gc_head *unreachable)
{
    pending_callback *todo = NULL;
    size_t n = 0, cap = 0;
    for (mp_gc_head *g = unreachable->next; g != unreachable; g = g->next) {
        mp_obj o = MP_GC_OBJ(g);
        if (!o->type->weaklistoffset)
            continue;
        mp_obj first = mp_weakref_first(o);
        for (mp_weakref *r = first == mp_none ? NULL : (mp_weakref *)first; r; r = r->next) {
            if (!r->callback)
                continue;
            if (n == cap) {
                size_t ncap = cap ? 2 * cap : 16;
                pending_callback *t = mp_realloc(todo, ncap * sizeof *t);
                if (!t)
                    break; /* out of memory: this callback runs as the object dies */
                todo = t;
                cap = ncap;
            }
            todo[n].ref = (mp_weakref *)mp_newref((mp_obj)r);
            todo[n].callback = r->callback;
            todo[n].call = !is_unreachable((mp_obj)r);
            r->callback = NULL;
            n++;
        }
        mp_decref(first);
        /* No callbacks are left on them: this runs no Python code. */
        mp_weakref_clear_refs(o);
    }
    intptr_t freed = 0;
    for (size_t i = 0; i < n; i++) {
        mp_weakref *r = todo[i].ref;
        if (todo[i].call) {
            mp_obj res = mp_call1(todo[i].callback, (mp_obj)r);
            if (res)
                mp_decref(res);
            else
                mp_err_write_unraisable(todo[i].callback);
            if (r->ob.refcnt == 1)
                freed++;
        }
        mp_decref(todo[i].callback);
        mp_decref((mp_obj)r);
    }
    mp_free(todo);
    return freed;
}

/* How many objects of the final unreachable list CPython 3.11 would count
 * in gc.collect()'s result: all, but the __dict__ of an instance of a
 * class, which CPython keeps inside the instance (it has no dict object
 * until someone asks for __dict__). */
static intptr_t count_garbage(mp_gc_head *unreachable)
{
    intptr_t n = 0;
    mark_unreachable(unreachable);
    for (mp_gc_head *g = unreachable->next; g != unreachable; g = g->next) {
        mp_obj o = MP_GC_OBJ(g);
        n++;
        if (!(o->type->flags & MP_TPFLAGS_HEAPTYPE) || mp_dict_check(o))
            continue;
        mp_obj *dictp = mp_obj_dict_ptr(o);
        if (dictp && *dictp && mp_type_of(*dictp) == &mp_type_dict && is_unreachable(*dictp))
            n--;
    }
    return n;
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
    if (!list_empty(&unreachable)) {
        /* Keep everything alive while callbacks, finalisers and clears
         * run. */
        for (mp_gc_head *g = unreachable.next; g != &unreachable; g = g->next)
            mp_incref(MP_GC_OBJ(g));
        mark_unreachable(&unreachable);
        mp_obj saved = mp_err_fetch();
        found += handle_weakrefs(&unreachable);
        for (mp_gc_head *g = unreachable.next; g != &unreachable; g = g->next) {
            mp_obj o = MP_GC_OBJ(g);
            if (o->type->finalize && !MP_GC_HEAD(o)->finalized) {
                MP_GC_HEAD(o)->finalized = 1;
                o->type->finalize(o);
            }
        }
        /* A callback or finaliser may have resurrected some: look again.
         * Those now reachable (in still) lose the reference we took, and
         * live on. */
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
        found += count_garbage(&unreachable);
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
        mp_err_restore(saved);
    }
    list_merge(&young, &all);
    alloc_count = 0;
    long_lived = tracked;
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

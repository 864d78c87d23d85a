/* list (objects/list.c), over-allocating as CPython does so that
 * sys.getsizeof agrees with it. */
#ifndef MINIPY_LIST_H
#define MINIPY_LIST_H

#include "minipy/object.h"

typedef struct mp_list {
    mp_varobject ob;    /* ob.size: number of items */
    mp_obj *items;
    intptr_t allocated;
} mp_list;

extern mp_type mp_type_list, mp_type_list_iterator, mp_type_list_reverseiterator;

static inline int mp_list_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_LIST_SUBCLASS);
}
#define MP_LIST_LEN(l) (((mp_list *)(l))->ob.size)
#define MP_LIST_ITEMS(l) (((mp_list *)(l))->items)
#define MP_LIST_GET(l, i) (((mp_list *)(l))->items[(i)])

/* A list of n items, all NULL: the caller fills them (stealing). */
mp_obj mp_list_new(intptr_t n);
int mp_list_append(mp_obj list, mp_obj item);          /* item not stolen */
int mp_list_extend(mp_obj list, mp_obj iterable);
int mp_list_insert(mp_obj list, intptr_t i, mp_obj item);
int mp_list_sort(mp_obj list, mp_obj key, int reverse);
int mp_list_reverse(mp_obj list);
mp_obj mp_list_as_tuple(mp_obj list);
/* list[lo:hi] as a new list (indices clipped). */
mp_obj mp_list_slice(mp_obj list, intptr_t lo, intptr_t hi);
/* The item at index i (negative counts from the end) as a new reference;
 * IndexError "list index out of range". */
mp_obj mp_list_getitem(mp_obj list, intptr_t i);
/* Stores item (stolen) at 0 <= i < len, dropping the old one. */
int mp_list_setitem(mp_obj list, intptr_t i, mp_obj item);
/* Appends item, stealing the reference (LIST_APPEND). */
int mp_list_append_steal(mp_obj list, mp_obj item);

/* Guards against infinite recursion in the repr of self-containing
 * containers (CPython's Py_ReprEnter/Py_ReprLeave): enter returns 0 when
 * o was not being repr'd (and marks it), 1 when it already is (print
 * "[...]"), -1 on error; leave unmarks it. */
int mp_repr_enter(mp_obj o);
void mp_repr_leave(mp_obj o);

#endif

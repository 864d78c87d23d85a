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

extern mp_type mp_type_list;

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

#endif

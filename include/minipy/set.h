/* set and frozenset: open addressing with CPython's probe sequence and
 * growth policy, so that iteration order (and thus printing) matches
 * CPython's for ints.  (objects/set.c) */
#ifndef MINIPY_SET_H
#define MINIPY_SET_H

#include "minipy/object.h"

typedef struct mp_set_entry {
    mp_obj key;     /* NULL: empty; a dummy marker: deleted */
    mp_hash_t hash;
} mp_set_entry;

#define MP_SET_MINSIZE 8

typedef struct mp_set {
    mp_object ob;
    intptr_t fill;          /* active + dummy entries */
    intptr_t used;          /* active entries */
    intptr_t mask;          /* table size - 1 */
    mp_set_entry *table;
    mp_hash_t hash;         /* frozenset: -1 until computed */
    intptr_t finger;        /* set.pop() search start */
    mp_set_entry smalltable[MP_SET_MINSIZE];
    mp_obj weakreflist;
} mp_set;

extern mp_type mp_type_set, mp_type_frozenset, mp_type_set_iterator;

int mp_set_check(mp_obj o);      /* set or frozenset, or a subclass */
mp_obj mp_set_new(mp_obj iterable /* or NULL */);
mp_obj mp_frozenset_new(mp_obj iterable /* or NULL */);
int mp_set_add(mp_obj set, mp_obj key);
int mp_set_discard(mp_obj set, mp_obj key);   /* 1 found, 0 not, -1 error */
int mp_set_contains(mp_obj set, mp_obj key);  /* 1, 0, -1 */
int mp_set_update(mp_obj set, mp_obj iterable);
/* Iterates as mp_dict_next does; borrowed *key. */
int mp_set_next(mp_obj set, intptr_t *pos, mp_obj *key, mp_hash_t *hash);
#define MP_SET_LEN(s) (((mp_set *)(s))->used)

#endif

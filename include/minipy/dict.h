/* dict: insertion-ordered, compact layout (a hash index over an array of
 * entries), as CPython's.  (objects/dict.c) */
#ifndef MINIPY_DICT_H
#define MINIPY_DICT_H

#include "minipy/object.h"

typedef struct mp_dict_entry {
    mp_hash_t hash;
    mp_obj key;     /* NULL for a deleted entry */
    mp_obj value;
} mp_dict_entry;

typedef struct mp_dict_table mp_dict_table;

typedef struct mp_dict {
    mp_object ob;
    intptr_t used;          /* number of live items */
    mp_dict_table *table;   /* index and entries */
    uint64_t version;       /* changes on every mutation (global caches) */
} mp_dict;

extern mp_type mp_type_dict;

static inline int mp_dict_check(mp_obj o)
{
    return !mp_is_small(o) && (o->type->flags & MP_TPFLAGS_DICT_SUBCLASS);
}
#define MP_DICT_LEN(d) (((mp_dict *)(d))->used)

mp_obj mp_dict_new(void);
/* Borrowed value for key, or NULL: absent (no exception) or an error in
 * hashing/comparing (exception set: check mp_err_occurred()). */
mp_obj mp_dict_getitem(mp_obj d, mp_obj key);
mp_obj mp_dict_getitem_str(mp_obj d, const char *key);
/* Same, with the key's hash already known. */
mp_obj mp_dict_getitem_hash(mp_obj d, mp_obj key, mp_hash_t hash);
int mp_dict_setitem(mp_obj d, mp_obj key, mp_obj value);   /* neither stolen */
int mp_dict_setitem_str(mp_obj d, const char *key, mp_obj value);
int mp_dict_delitem(mp_obj d, mp_obj key);                 /* KeyError if absent */
/* Removes key if present: 1 removed (and *value holds it, a new reference,
 * if value is not NULL), 0 absent, -1 error. */
int mp_dict_pop(mp_obj d, mp_obj key, mp_obj *value);
int mp_dict_contains(mp_obj d, mp_obj key);                /* 1, 0, -1 */
/* Iterates: start with *pos = 0; returns 1 with borrowed *key and *value while
 * there are items, 0 at the end.  The dict must not change meanwhile. */
int mp_dict_next(mp_obj d, intptr_t *pos, mp_obj *key, mp_obj *value);
void mp_dict_clear(mp_obj d);
mp_obj mp_dict_copy(mp_obj d);
/* d.update(other): other is a mapping or an iterable of pairs.  With
 * override 0 existing keys are kept; with 2 a repeated key raises
 * TypeError (DICT_MERGE, for f(**a, **b)). */
int mp_dict_merge(mp_obj d, mp_obj other, int override);
mp_obj mp_dict_keys(mp_obj d);    /* a list */
mp_obj mp_dict_values(mp_obj d);  /* a list */
mp_obj mp_dict_items(mp_obj d);   /* a list of pairs */

#endif

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

/* The index and the entries of a dict (objects/dict.c's business: it is
 * here so that the hint reader below can be inline in the eval loop). */
typedef struct mp_dict_table {
    intptr_t size;        /* index slots: a power of two */
    intptr_t usable;      /* entries that may still be appended */
    intptr_t nentries;    /* entries appended (live and deleted) */
    uint8_t log2_size;
    uint8_t index_bytes;  /* 1, 2, 4 or 8 */
    uint8_t unicode;      /* every key is an exact str: CPython then uses
                             16-byte entries, which __sizeof__ reports */
    _Alignas(8) char indices[]; /* size * index_bytes, then the entries */
} mp_dict_table;

static inline mp_dict_entry *mp_dict_table_entries(mp_dict_table *t)
{
    return (mp_dict_entry *)(t->indices + t->size * t->index_bytes);
}

typedef struct mp_dict {
    mp_object ob;
    intptr_t used;          /* number of live items */
    mp_dict_table *table;   /* index and entries */
    uint64_t version;       /* changes on every mutation (global caches) */
} mp_dict;

extern mp_type mp_type_dict;

/* A watched dict is one whose items a cache elsewhere remembers (the dicts
 * of types, for the type attribute cache in objects/type.c): every change
 * to a watched dict, however it is made, calls mp_dict_watched_changed
 * (type.c), and the cache forgets what it saw before. */
void mp_dict_watch(mp_obj d);
void mp_dict_watched_changed(void);
/* Watches d or stops (the owner reporting its own changes more precisely,
 * as type.__setattr__ does); returns whether d was watched. */
int mp_dict_set_watched(mp_obj d, int watched);

/* Hints, for the inline caches of vm/eval.c: the index of the entry whose
 * key is key itself (an exact str: compared by identity, so nothing runs
 * and nothing fails), or -1.  The value at entry `hint` if that entry's key
 * is key, else NULL (borrowed).  Replacing it: 0, or -1 when the hint is
 * wrong, nothing done. */
intptr_t mp_dict_hint_of(mp_obj d, mp_obj key);
static inline mp_obj mp_dict_value_at_hint(mp_obj d, mp_obj key, intptr_t hint)
{
    mp_dict_table *t = ((mp_dict *)d)->table;
    if (!t || hint >= t->nentries)
        return NULL;
    mp_dict_entry *ep = &mp_dict_table_entries(t)[hint];
    return ep->key == key ? ep->value : NULL;
}
int mp_dict_replace_at_hint(mp_obj d, mp_obj key, intptr_t hint, mp_obj value);
/* The views (dict_views.c) and the iterators (dict.c). */
extern mp_type mp_type_dict_keys, mp_type_dict_values, mp_type_dict_items,
    mp_type_dict_keyiterator, mp_type_dict_valueiterator, mp_type_dict_itemiterator,
    mp_type_dict_reversekeyiterator, mp_type_dict_reversevalueiterator,
    mp_type_dict_reverseitemiterator;

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
/* Merges the mapping other into d (CPython's PyDict_Merge: other is a
 * dict or anything with keys() and __getitem__).  override 1 replaces
 * existing keys, 0 keeps them, 2 raises KeyError(key) for the first key
 * already in d: DICT_MERGE (f(**a, **b)) catches that KeyError and reports
 * "f() got multiple values for keyword argument 'key'" with its key. */
int mp_dict_merge(mp_obj d, mp_obj other, int override);
mp_obj mp_dict_keys(mp_obj d);    /* a list */
mp_obj mp_dict_values(mp_obj d);  /* a list */
mp_obj mp_dict_items(mp_obj d);   /* a list of pairs */

/* d.update(other): a mapping (keys()) or an iterable of pairs, with
 * CPython's errors ("dictionary update sequence element #0 has length 1;
 * 2 is required"). */
int mp_dict_update(mp_obj d, mp_obj other);
/* An empty dict with room for n items (BUILD_MAP), sized as CPython's
 * dict_new_presized; unicode: all the keys will be exact strs. */
mp_obj mp_dict_new_presized(intptr_t n, int unicode);
/* A dict of n items: keys[i * keys_step] -> values[i * values_step]
 * (BUILD_MAP reads the stack with steps of 2, BUILD_CONST_KEY_MAP a
 * tuple and the stack with steps of 1). */
mp_obj mp_dict_from_items(mp_obj const *keys, intptr_t keys_step, mp_obj const *values,
                          intptr_t values_step, intptr_t n);
/* The forms with the hash already known. */
int mp_dict_setitem_hash(mp_obj d, mp_obj key, mp_hash_t hash, mp_obj value);
int mp_dict_contains_hash(mp_obj d, mp_obj key, mp_hash_t hash);
/* mp_dict_next that also gives the stored hash; any out pointer may be NULL. */
int mp_dict_next_hash(mp_obj d, intptr_t *pos, mp_obj *key, mp_obj *value, mp_hash_t *hash);

/* d.keys(), d.values(), d.items(): the view objects (dict_views.c). */
mp_obj mp_dict_keys_view(mp_obj d);
mp_obj mp_dict_values_view(mp_obj d);
mp_obj mp_dict_items_view(mp_obj d);
/* An iterator over d's keys, values or items, forward or reversed. */
enum { MP_DICT_ITER_KEYS, MP_DICT_ITER_VALUES, MP_DICT_ITER_ITEMS };
mp_obj mp_dict_iter_new(mp_obj d, int kind, int reversed);

#endif

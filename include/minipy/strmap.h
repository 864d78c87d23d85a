/* A map from C strings to ints that remembers insertion order: the symbol
 * table's scopes and sets, and the compiler's name tables (co_names,
 * co_varnames, cells, free variables), which CPython keeps in dicts.
 *
 * Keys are borrowed: the caller keeps them alive (they live in an arena or
 * in the syntax tree) for as long as the map.  Removing a key leaves a
 * hole in the order; iteration skips it.  No allocation happens until the
 * first insertion. */
#ifndef MINIPY_STRMAP_H
#define MINIPY_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct mp_strmap_entry {
    const char *key; /* NULL: removed */
    uint32_t hash;
    int value;
} mp_strmap_entry;

typedef struct mp_strmap {
    mp_strmap_entry *entries; /* in insertion order */
    int nentries, capentries;
    int count;                /* live entries */
    int *index;               /* open addressing: entry + 1, or 0 */
    int nindex;               /* a power of two, or 0 */
} mp_strmap;

#define MP_STRMAP_INIT {NULL, 0, 0, 0, NULL, 0}

uint32_t mp_strhash(const char *s);

/* The entry for key, or NULL. */
mp_strmap_entry *mp_strmap_find(const mp_strmap *m, const char *key);
mp_strmap_entry *mp_strmap_find_h(const mp_strmap *m, const char *key, uint32_t hash);
/* Looks key up; returns its value or dflt. */
int mp_strmap_get(const mp_strmap *m, const char *key, int dflt);
/* Sets key to value (adding it at the end if new).  Returns the entry, or
 * NULL when memory runs out. */
mp_strmap_entry *mp_strmap_put(mp_strmap *m, const char *key, int value);
/* Adds key with value if absent; returns its entry either way (NULL on
 * allocation failure).  *added tells which. */
mp_strmap_entry *mp_strmap_add(mp_strmap *m, const char *key, int value, int *added);
/* Removes key; returns 1 if it was there. */
int mp_strmap_remove(mp_strmap *m, const char *key);
/* Adds to dst every key of src it lacks (with src's value): a set union.
 * 0 or -1. */
int mp_strmap_update(mp_strmap *dst, const mp_strmap *src);
void mp_strmap_clear(mp_strmap *m);

#define MP_STRMAP_LEN(m) ((m)->count)

#endif

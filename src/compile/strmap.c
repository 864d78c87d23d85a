/* Insertion-ordered string maps for the symbol table and the compiler
 * (see strmap.h). */
#include <string.h>

#include "minipy/mem.h"
#include "minipy/strmap.h"

uint32_t mp_strhash(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

mp_strmap_entry *mp_strmap_find_h(const mp_strmap *m, const char *key, uint32_t hash)
{
    if (!m->nindex)
        return NULL;
    size_t mask = (size_t)m->nindex - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        int slot = m->index[i];
        if (!slot)
            return NULL;
        mp_strmap_entry *e = &m->entries[slot - 1];
        if (e->hash == hash && e->key && (e->key == key || strcmp(e->key, key) == 0))
            return e;
    }
}

mp_strmap_entry *mp_strmap_find(const mp_strmap *m, const char *key)
{
    return m->nindex ? mp_strmap_find_h(m, key, mp_strhash(key)) : NULL;
}

int mp_strmap_get(const mp_strmap *m, const char *key, int dflt)
{
    mp_strmap_entry *e = mp_strmap_find(m, key);
    return e ? e->value : dflt;
}

/* Rebuilds the index with room for at least n entries, dropping removed
 * entries from the order. */
static int rebuild(mp_strmap *m, int n)
{
    int nindex = 8;
    while (nindex < n * 2)
        nindex *= 2;
    int *index = mp_calloc((size_t)nindex, sizeof(int));
    if (!index)
        return -1;
    int live = 0;
    for (int i = 0; i < m->nentries; i++)
        if (m->entries[i].key)
            m->entries[live++] = m->entries[i];
    m->nentries = live;
    size_t mask = (size_t)nindex - 1;
    for (int i = 0; i < live; i++) {
        size_t j = m->entries[i].hash & mask;
        while (index[j])
            j = (j + 1) & mask;
        index[j] = i + 1;
    }
    mp_free(m->index);
    m->index = index;
    m->nindex = nindex;
    return 0;
}

static mp_strmap_entry *append(mp_strmap *m, const char *key, uint32_t hash, int value)
{
    if (m->nentries == m->capentries) {
        if (m->count < m->nentries / 2 && m->nentries >= 8) {
            if (rebuild(m, m->nentries) < 0)
                return NULL;
        } else {
            int cap = m->capentries ? m->capentries * 2 : 8;
            mp_strmap_entry *e = mp_realloc(m->entries, (size_t)cap * sizeof *e);
            if (!e)
                return NULL;
            m->entries = e;
            m->capentries = cap;
        }
    }
    if ((m->nentries + 1) * 2 > m->nindex && rebuild(m, m->nentries + 1) < 0)
        return NULL;
    mp_strmap_entry *e = &m->entries[m->nentries++];
    e->key = key;
    e->hash = hash;
    e->value = value;
    m->count++;
    size_t mask = (size_t)m->nindex - 1;
    size_t j = hash & mask;
    while (m->index[j])
        j = (j + 1) & mask;
    m->index[j] = m->nentries;
    return e;
}

mp_strmap_entry *mp_strmap_add(mp_strmap *m, const char *key, int value, int *added)
{
    uint32_t hash = mp_strhash(key);
    mp_strmap_entry *e = mp_strmap_find_h(m, key, hash);
    if (added)
        *added = e == NULL;
    return e ? e : append(m, key, hash, value);
}

mp_strmap_entry *mp_strmap_put(mp_strmap *m, const char *key, int value)
{
    int added;
    mp_strmap_entry *e = mp_strmap_add(m, key, value, &added);
    if (e)
        e->value = value;
    return e;
}

int mp_strmap_remove(mp_strmap *m, const char *key)
{
    mp_strmap_entry *e = mp_strmap_find(m, key);
    if (!e)
        return 0;
    /* The index keeps pointing at the dead entry, so that probe chains
     * through it stay intact; find() skips it. */
    e->key = NULL;
    m->count--;
    return 1;
}

int mp_strmap_update(mp_strmap *dst, const mp_strmap *src)
{
    for (int i = 0; i < src->nentries; i++) {
        const mp_strmap_entry *s = &src->entries[i];
        if (!s->key || mp_strmap_find_h(dst, s->key, s->hash))
            continue;
        if (!append(dst, s->key, s->hash, s->value))
            return -1;
    }
    return 0;
}

void mp_strmap_clear(mp_strmap *m)
{
    mp_free(m->entries);
    mp_free(m->index);
    memset(m, 0, sizeof *m);
}

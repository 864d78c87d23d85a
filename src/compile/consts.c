/* Tables of constants for the compiler (co_consts, and the cache that
 * merges equal constants across a compilation): constants are the same
 * when mp_code_const_equal (code.c) says so. */
#include <string.h>

#include "compile_internal.h"
#include "minipy/bytes.h"
#include "minipy/float.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/set.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

static int lookup(const mp_consts *t, mp_obj o, uint64_t h)
{
    if (!t->nindex)
        return -1;
    size_t mask = (size_t)t->nindex - 1;
    for (size_t j = h & mask; t->index[j]; j = (j + 1) & mask) {
        mp_obj item = t->items[t->index[j] - 1];
        if (mp_code_const_equal(item, o))
            return t->index[j] - 1;
    }
    return -1;
}

static int reindex(mp_consts *t)
{
    int n = t->nindex ? t->nindex * 2 : 16;
    int *index = mp_calloc((size_t)n, sizeof(int));
    if (!index)
        return -1;
    for (int i = 0; i < t->n; i++) {
        size_t j = mp_code_const_hash(t->items[i]) & (size_t)(n - 1);
        while (index[j])
            j = (j + 1) & (size_t)(n - 1);
        index[j] = i + 1;
    }
    mp_free(t->index);
    t->index = index;
    t->nindex = n;
    return 0;
}

mp_obj mp_consts_find(const mp_consts *t, mp_obj o)
{
    int i = lookup(t, o, mp_code_const_hash(o));
    return i >= 0 ? t->items[i] : NULL;
}

int mp_consts_add(mp_consts *t, mp_obj o)
{
    uint64_t h = mp_code_const_hash(o);
    int i = lookup(t, o, h);
    if (i >= 0)
        return i;
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        mp_obj *items = mp_realloc(t->items, (size_t)cap * sizeof *items);
        if (!items) {
            mp_err_no_memory();
            return -1;
        }
        t->items = items;
        t->cap = cap;
    }
    t->items[t->n++] = mp_newref(o);
    if (t->n * 2 > t->nindex) {
        if (reindex(t) < 0) {
            mp_err_no_memory();
            return -1;
        }
    } else {
        size_t mask = (size_t)t->nindex - 1;
        size_t j = h & mask;
        while (t->index[j])
            j = (j + 1) & mask;
        t->index[j] = t->n;
    }
    return t->n - 1;
}

void mp_consts_clear(mp_consts *t)
{
    for (int i = 0; i < t->n; i++)
        mp_decref(t->items[i]);
    mp_free(t->items);
    mp_free(t->index);
    memset(t, 0, sizeof *t);
}

/* dict: CPython 3.11's compact, insertion-ordered layout: an index table
 * (1, 2, 4 or 8 bytes a slot, probed with CPython's perturbation) over an
 * array of entries in insertion order.  The sizes follow CPython's rules
 * (growth, presizing, copies) so that __sizeof__ agrees with it.  Also the
 * dict iterators; the views are in dict_views.c.
 * (CPython's Objects/dictobject.c.) */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/buf.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/gc.h"
#include "minipy/genericalias.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/names.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define DICT(o) ((mp_dict *)(o))

/* struct mp_dict_table is in dict.h. */

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define IX_ERROR (-3)
#define LOG_MINSIZE 3
#define PERTURB_SHIFT 5
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->used * 3)

/* Versions are even numbers from one counter, so that no two states of
 * any dicts share one; the low bit marks a watched dict (dict.h), whose
 * changes are reported. */
static uint64_t dict_version_counter;

static inline void bump(mp_dict *d)
{
    uint64_t watched = d->version & 1;
    d->version = (dict_version_counter += 2) | watched;
    if (MP_UNLIKELY(watched))
        mp_dict_watched_changed();
}

void mp_dict_watch(mp_obj d)
{
    DICT(d)->version |= 1;
}

int mp_dict_set_watched(mp_obj d, int watched)
{
    int was = (int)(DICT(d)->version & 1);
    DICT(d)->version = (DICT(d)->version & ~(uint64_t)1) | (watched ? 1 : 0);
    return was;
}

static inline mp_dict_entry *entries_of(mp_dict_table *t)
{
    return mp_dict_table_entries(t);
}

static inline intptr_t get_index(mp_dict_table *t, size_t i)
{
    switch (t->index_bytes) {
    case 1: return ((int8_t *)t->indices)[i];
    case 2: return ((int16_t *)t->indices)[i];
    case 4: return ((int32_t *)t->indices)[i];
    default: return ((int64_t *)t->indices)[i];
    }
}

static inline void set_index(mp_dict_table *t, size_t i, intptr_t ix)
{
    switch (t->index_bytes) {
    case 1: ((int8_t *)t->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)t->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)t->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)t->indices)[i] = (int64_t)ix; break;
    }
}

/* CPython's calculate_log2_keysize, quirks included: any nonzero
 * minsize below 8 gives 16 slots. */
static uint8_t log2_keysize(intptr_t minsize)
{
    uint64_t m = ((uint64_t)minsize | 8) - 1;
    m |= 7;
    return (uint8_t)(64 - __builtin_clzll(m));
}

static uint8_t estimate_log2_keysize(intptr_t n)
{
    return log2_keysize((n * 3 + 1) / 2);
}

static mp_dict_table *new_table(uint8_t log2_size, int unicode)
{
    intptr_t size = (intptr_t)1 << log2_size;
    intptr_t usable = USABLE_FRACTION(size);
    uint8_t ib = log2_size < 8 ? 1 : log2_size < 16 ? 2 : log2_size < 32 ? 4 : 8;
    size_t bytes = sizeof(mp_dict_table) + (size_t)size * ib + (size_t)usable * sizeof(mp_dict_entry);
    mp_dict_table *t = mp_malloc(bytes);
    if (!t) {
        mp_err_no_memory();
        return NULL;
    }
    t->size = size;
    t->usable = usable;
    t->nentries = 0;
    t->log2_size = log2_size;
    t->index_bytes = ib;
    t->unicode = (uint8_t)unicode;
    memset(t->indices, 0xff, (size_t)size * ib);
    return t;
}

static inline mp_hash_t key_hash(mp_obj key)
{
    if (mp_str_check_exact(key)) {
        mp_hash_t h = ((mp_str *)key)->hash;
        return h != -1 ? h : mp_str_hash(key);
    }
    return mp_obj_hash(key);
}

/* ---- lookup ------------------------------------------------------------------------------
 * The entry index of key, IX_EMPTY when absent, IX_ERROR when a
 * comparison failed.  *slot gets the index slot that refers to it.  A
 * comparison may change the dict; the lookup then starts again. */
static intptr_t lookup(mp_dict *d, mp_obj key, mp_hash_t hash, size_t *slot)
{
    int str_key = mp_str_check_exact(key);
restart:;
    mp_dict_table *t = d->table;
    if (!t)
        return IX_EMPTY;
    size_t mask = (size_t)t->size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    mp_dict_entry *ep0 = entries_of(t);
    for (;;) {
        intptr_t ix = get_index(t, i);
        if (ix == IX_EMPTY)
            return IX_EMPTY;
        if (ix >= 0) {
            mp_dict_entry *ep = &ep0[ix];
            mp_obj sk = ep->key;
            if (sk == key) {
                *slot = i;
                return ix;
            }
            if (ep->hash == hash) {
                if (str_key && mp_str_check_exact(sk)) {
                    if (mp_str_eq(sk, key)) {
                        *slot = i;
                        return ix;
                    }
                } else if (!(mp_is_small(sk) && mp_is_small(key))) {
                    mp_incref(sk);
                    int cmp = mp_obj_richcompare_bool(sk, key, MP_EQ);
                    mp_decref(sk);
                    if (cmp < 0)
                        return IX_ERROR;
                    if (t != d->table || ep->key != sk)
                        goto restart;
                    if (cmp) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The first slot that holds no live entry, for a hash known absent. */
static size_t find_empty_slot(mp_dict_table *t, mp_hash_t hash)
{
    size_t mask = (size_t)t->size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (get_index(t, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table at 2**log2 slots, compacting out deleted entries. */
static int dict_resize(mp_dict *d, uint8_t log2, int unicode)
{
    mp_dict_table *old = d->table;
    if (old && !old->unicode)
        unicode = 0;
    mp_dict_table *t = new_table(log2, unicode);
    if (!t)
        return -1;
    if (old) {
        mp_dict_entry *src = entries_of(old), *dst = entries_of(t);
        intptr_t n = 0;
        for (intptr_t i = 0; i < old->nentries; i++)
            if (src[i].key)
                dst[n++] = src[i];
        for (intptr_t i = 0; i < n; i++)
            set_index(t, find_empty_slot(t, dst[i].hash), i);
        t->nentries = n;
        t->usable -= n;
        mp_free(old);
    }
    d->table = t;
    return 0;
}

/* Appends a key known to be absent (both references stolen). */
static void append_entry(mp_dict *d, mp_obj key, mp_hash_t hash, mp_obj value)
{
    mp_dict_table *t = d->table;
    intptr_t ix = t->nentries;
    mp_dict_entry *ep = &entries_of(t)[ix];
    ep->key = key;
    ep->hash = hash;
    ep->value = value;
    set_index(t, find_empty_slot(t, hash), ix);
    t->nentries++;
    t->usable--;
    d->used++;
    bump(d);
}

/* d[key] = value with the hash known; steals neither. */
static int insert(mp_dict *d, mp_obj key, mp_hash_t hash, mp_obj value)
{
    int str_key = mp_str_check_exact(key);
    if (!d->table) {
        if (!(d->table = new_table(LOG_MINSIZE, str_key)))
            return -1;
    } else if (d->table->unicode && !str_key) {
        if (dict_resize(d, log2_keysize(GROWTH_RATE(d)), 0) < 0)
            return -1;
    }
    size_t slot;
    intptr_t ix = lookup(d, key, hash, &slot);
    if (ix == IX_ERROR)
        return -1;
    if (ix >= 0) {
        mp_dict_entry *ep = &entries_of(d->table)[ix];
        mp_obj old = ep->value;
        ep->value = mp_newref(value);
        bump(d);
        mp_decref(old);
        return 0;
    }
    if (d->table->usable <= 0 && dict_resize(d, log2_keysize(GROWTH_RATE(d)), 1) < 0)
        return -1;
    append_entry(d, mp_newref(key), hash, mp_newref(value));
    return 0;
}

/* ---- the C API ----------------------------------------------------------------------------------- */

mp_obj mp_dict_new(void)
{
    return mp_obj_alloc(&mp_type_dict);
}

mp_obj mp_dict_new_presized(intptr_t n, int unicode)
{
    mp_obj d = mp_dict_new();
    if (!d || n <= USABLE_FRACTION(8))
        return d;
    uint8_t log2 = n > USABLE_FRACTION((intptr_t)1 << 17) ? 17 : estimate_log2_keysize(n);
    if (!(DICT(d)->table = new_table(log2, unicode))) {
        mp_decref(d);
        return NULL;
    }
    return d;
}

mp_obj mp_dict_from_items(mp_obj const *keys, intptr_t keys_step, mp_obj const *values,
                          intptr_t values_step, intptr_t n)
{
    int unicode = 1;
    for (intptr_t i = 0; i < n && unicode; i++)
        unicode = mp_str_check_exact(keys[i * keys_step]);
    mp_obj d = mp_dict_new_presized(n, unicode);
    if (!d)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        if (mp_dict_setitem(d, keys[i * keys_step], values[i * values_step]) < 0) {
            mp_decref(d);
            return NULL;
        }
    }
    return d;
}

mp_obj mp_dict_getitem_hash(mp_obj d, mp_obj key, mp_hash_t hash)
{
    size_t slot;
    intptr_t ix = lookup(DICT(d), key, hash, &slot);
    if (ix < 0)
        return NULL;
    return entries_of(DICT(d)->table)[ix].value;
}

mp_obj mp_dict_getitem(mp_obj d, mp_obj key)
{
    mp_hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    return mp_dict_getitem_hash(d, key, h);
}

mp_obj mp_dict_getitem_str(mp_obj d, const char *key)
{
    mp_obj k = mp_str_intern(key);
    if (!k)
        return NULL;
    return mp_dict_getitem(d, k);
}

int mp_dict_setitem(mp_obj d, mp_obj key, mp_obj value)
{
    mp_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    return insert(DICT(d), key, h, value);
}

int mp_dict_setitem_hash(mp_obj d, mp_obj key, mp_hash_t hash, mp_obj value)
{
    return insert(DICT(d), key, hash, value);
}

int mp_dict_setitem_str(mp_obj d, const char *key, mp_obj value)
{
    mp_obj k = mp_str_intern(key);
    if (!k)
        return -1;
    return mp_dict_setitem(d, k, value);
}

/* ---- hints for the inline caches (vm/eval.c) ---------------------------------------------
 * An instruction that reads or writes one name of a dict remembers the
 * index of the entry where it found the name, and checks next time that
 * the entry still holds that very key.  Keys are unique in a dict, so the
 * entry's value is then the value of the name. */

intptr_t mp_dict_hint_of(mp_obj d, mp_obj key)
{
    mp_dict_table *t = DICT(d)->table;
    if (!t || !mp_str_check_exact(key))
        return -1;
    /* Compares by identity only: no code runs, nothing can fail. */
    mp_hash_t hash = ((mp_str *)key)->hash;
    if (hash == -1)
        return -1;
    size_t mask = (size_t)t->size - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    mp_dict_entry *ep0 = entries_of(t);
    for (;;) {
        intptr_t ix = get_index(t, i);
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0 && ep0[ix].key == key)
            return ix;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int mp_dict_replace_at_hint(mp_obj d, mp_obj key, intptr_t hint, mp_obj value)
{
    mp_dict_table *t = DICT(d)->table;
    if (!t || hint >= t->nentries)
        return -1;
    mp_dict_entry *ep = &entries_of(t)[hint];
    if (ep->key != key)
        return -1;
    /* As insert() replaces a value: the old one goes last (its __del__
     * sees the dict as it now is). */
    mp_obj old = ep->value;
    ep->value = mp_newref(value);
    bump(DICT(d));
    mp_decref(old);
    return 0;
}

/* Takes entry ix (at index slot `slot`) out; returns its key and value
 * (references passed to the caller). */
static void remove_entry(mp_dict *d, size_t slot, intptr_t ix, mp_obj *key, mp_obj *value)
{
    mp_dict_entry *ep = &entries_of(d->table)[ix];
    set_index(d->table, slot, IX_DUMMY);
    *key = ep->key;
    *value = ep->value;
    ep->key = NULL;
    ep->value = NULL;
    d->used--;
    bump(d);
}

int mp_dict_pop(mp_obj d, mp_obj key, mp_obj *value)
{
    if (value)
        *value = NULL;
    if (MP_DICT_LEN(d) == 0)
        return 0;
    mp_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    size_t slot;
    intptr_t ix = lookup(DICT(d), key, h, &slot);
    if (ix == IX_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    mp_obj k, v;
    remove_entry(DICT(d), slot, ix, &k, &v);
    mp_decref(k);
    if (value)
        *value = v;
    else
        mp_decref(v);
    return 1;
}

int mp_dict_delitem(mp_obj d, mp_obj key)
{
    int r = mp_dict_pop(d, key, NULL);
    if (r == 0) {
        mp_err_set_object(&mp_type_KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int mp_dict_contains(mp_obj d, mp_obj key)
{
    mp_hash_t h = key_hash(key);
    if (h == -1)
        return -1;
    size_t slot;
    intptr_t ix = lookup(DICT(d), key, h, &slot);
    return ix == IX_ERROR ? -1 : ix >= 0;
}

int mp_dict_contains_hash(mp_obj d, mp_obj key, mp_hash_t hash)
{
    size_t slot;
    intptr_t ix = lookup(DICT(d), key, hash, &slot);
    return ix == IX_ERROR ? -1 : ix >= 0;
}

int mp_dict_next_hash(mp_obj d, intptr_t *pos, mp_obj *key, mp_obj *value, mp_hash_t *hash)
{
    mp_dict_table *t = DICT(d)->table;
    if (!t)
        return 0;
    mp_dict_entry *ep = entries_of(t);
    intptr_t i = *pos;
    while (i < t->nentries && !ep[i].key)
        i++;
    if (i >= t->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = ep[i].key;
    if (value)
        *value = ep[i].value;
    if (hash)
        *hash = ep[i].hash;
    return 1;
}

int mp_dict_next(mp_obj d, intptr_t *pos, mp_obj *key, mp_obj *value)
{
    return mp_dict_next_hash(d, pos, key, value, NULL);
}

/* Drops every item; the dict is empty before any __del__ runs. */
void mp_dict_clear(mp_obj d)
{
    mp_dict_table *t = DICT(d)->table;
    if (!t)
        return;
    DICT(d)->table = NULL;
    DICT(d)->used = 0;
    bump(DICT(d));
    mp_dict_entry *ep = entries_of(t);
    for (intptr_t i = 0; i < t->nentries; i++) {
        if (ep[i].key) {
            mp_decref(ep[i].key);
            mp_decref(ep[i].value);
        }
    }
    mp_free(t);
}

/* An exact copy of a table, deleted entries and all (CPython's
 * clone_combined_dict_keys). */
static mp_dict_table *clone_table(mp_dict_table *t)
{
    size_t bytes = sizeof(mp_dict_table) + (size_t)t->size * t->index_bytes +
                   (size_t)USABLE_FRACTION(t->size) * sizeof(mp_dict_entry);
    mp_dict_table *c = mp_malloc(bytes);
    if (!c) {
        mp_err_no_memory();
        return NULL;
    }
    memcpy(c, t, sizeof(mp_dict_table) + (size_t)t->size * t->index_bytes +
                     (size_t)t->nentries * sizeof(mp_dict_entry));
    mp_dict_entry *ep = entries_of(c);
    for (intptr_t i = 0; i < c->nentries; i++) {
        if (ep[i].key) {
            mp_incref(ep[i].key);
            mp_incref(ep[i].value);
        }
    }
    return c;
}

mp_obj mp_dict_copy(mp_obj d)
{
    mp_dict *src = DICT(d);
    mp_obj r = mp_dict_new();
    if (!r || src->used == 0)
        return r;
    if (mp_type_of(d)->iter == mp_type_dict.iter && src->used >= (src->table->nentries * 2) / 3) {
        if (!(DICT(r)->table = clone_table(src->table))) {
            mp_decref(r);
            return NULL;
        }
        DICT(r)->used = src->used;
        bump(DICT(r));
        return r;
    }
    if (mp_dict_merge(r, d, 1) < 0) {
        mp_decref(r);
        return NULL;
    }
    return r;
}

/* Merges dict b into a (b's iteration is the dict's own). */
static int merge_dict(mp_dict *a, mp_dict *b, int override)
{
    if (a == b || b->used == 0)
        return 0;
    if (a->used == 0) {
        override = 1;
        mp_dict_table *bt = b->table;
        if (b->used == bt->nentries &&
            (bt->log2_size == LOG_MINSIZE || USABLE_FRACTION(bt->size / 2) < b->used)) {
            mp_dict_table *c = clone_table(bt);
            if (!c)
                return -1;
            mp_dict_table *old = a->table;
            a->table = c;
            a->used = b->used;
            bump(a);
            mp_free(old); /* empty: nothing to release */
            return 0;
        }
    }
    intptr_t asize = a->table ? a->table->size : 1;
    if (USABLE_FRACTION(asize) < b->used &&
        dict_resize(a, estimate_log2_keysize(a->used + b->used), b->table->unicode) < 0)
        return -1;
    intptr_t orig = b->table->nentries, pos = 0;
    mp_obj key, value;
    mp_hash_t hash;
    while (mp_dict_next_hash((mp_obj)b, &pos, &key, &value, &hash)) {
        int err = 0;
        mp_incref(key);
        mp_incref(value);
        if (override == 1) {
            err = insert(a, key, hash, value);
        } else {
            err = mp_dict_contains_hash((mp_obj)a, key, hash);
            if (err == 0) {
                err = insert(a, key, hash, value);
            } else if (err > 0) {
                if (override != 0) {
                    mp_err_set_object(&mp_type_KeyError, key);
                    err = -1;
                } else {
                    err = 0;
                }
            }
        }
        mp_decref(value);
        mp_decref(key);
        if (err != 0)
            return -1;
        if (!b->table || orig != b->table->nentries) {
            mp_err_set_str(&mp_type_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* Merges any mapping: keys() then b[key] for each. */
static int merge_mapping(mp_obj a, mp_obj b, int override)
{
    mp_obj keys = mp_call_method(b, "keys", NULL, 0);
    if (!keys)
        return -1;
    mp_obj it = mp_obj_getiter(keys);
    mp_decref(keys);
    if (!it)
        return -1;
    mp_obj key;
    while ((key = mp_iter_next(it))) {
        if (override != 1) {
            int st = mp_dict_contains(a, key);
            if (st != 0) {
                if (st > 0 && override == 0) {
                    mp_decref(key);
                    continue;
                }
                if (st > 0)
                    mp_err_set_object(&mp_type_KeyError, key);
                mp_decref(key);
                mp_decref(it);
                return -1;
            }
        }
        mp_obj value = mp_obj_getitem(b, key);
        int st = value ? mp_dict_setitem(a, key, value) : -1;
        mp_xdecref(value);
        mp_decref(key);
        if (st < 0) {
            mp_decref(it);
            return -1;
        }
    }
    mp_decref(it);
    return mp_err_occurred() ? -1 : 0;
}

int mp_dict_merge(mp_obj a, mp_obj b, int override)
{
    if (mp_dict_check(b) && mp_type_of(b)->iter == mp_type_dict.iter)
        return merge_dict(DICT(a), DICT(b), override);
    return merge_mapping(a, b, override);
}

/* d.update(seq2) from an iterable of pairs (CPython's
 * PyDict_MergeFromSeq2). */
static int merge_from_seq2(mp_obj d, mp_obj seq2, int override)
{
    mp_obj it = mp_obj_getiter(seq2);
    if (!it)
        return -1;
    mp_obj item;
    for (intptr_t i = 0; (item = mp_iter_next(it)); i++) {
        mp_obj fast;
        if (mp_type_of(item) == &mp_type_list || mp_type_of(item) == &mp_type_tuple) {
            fast = mp_newref(item);
        } else {
            mp_obj iit = mp_obj_getiter(item);
            fast = iit ? mp_sequence_list(iit) : NULL;
            mp_xdecref(iit);
            if (!fast && mp_err_matches(&mp_type_TypeError))
                mp_err_format(&mp_type_TypeError,
                              "cannot convert dictionary update sequence element #%zd to a sequence",
                              (size_t)i);
        }
        mp_decref(item);
        if (!fast)
            goto fail;
        int is_tuple = mp_type_of(fast) == &mp_type_tuple;
        intptr_t n = is_tuple ? MP_TUPLE_LEN(fast) : MP_LIST_LEN(fast);
        if (n != 2) {
            mp_err_format(&mp_type_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required",
                          (size_t)i, (size_t)n);
            mp_decref(fast);
            goto fail;
        }
        mp_obj *kv = is_tuple ? MP_TUPLE_ITEMS(fast) : MP_LIST_ITEMS(fast);
        mp_obj key = mp_newref(kv[0]), value = mp_newref(kv[1]);
        mp_decref(fast);
        int st = 0;
        if (override)
            st = mp_dict_setitem(d, key, value);
        else if ((st = mp_dict_contains(d, key)) == 0)
            st = mp_dict_setitem(d, key, value);
        mp_decref(key);
        mp_decref(value);
        if (st < 0)
            goto fail;
    }
    mp_decref(it);
    return mp_err_occurred() ? -1 : 0;
fail:
    mp_decref(it);
    return -1;
}

int mp_dict_update(mp_obj d, mp_obj other)
{
    if (mp_type_of(other) == &mp_type_dict)
        return mp_dict_merge(d, other, 1);
    mp_obj keys;
    int has = mp_obj_lookup_attr(other, MP_NAME(keys), &keys);
    if (has < 0)
        return -1;
    if (has) {
        mp_decref(keys);
        return mp_dict_merge(d, other, 1);
    }
    return merge_from_seq2(d, other, 1);
}

static mp_obj dict_list(mp_obj d, int what)
{
    mp_obj l = mp_list_new(MP_DICT_LEN(d));
    if (!l)
        return NULL;
    intptr_t pos = 0, i = 0;
    mp_obj k, v;
    while (mp_dict_next(d, &pos, &k, &v)) {
        mp_obj x = what == 0 ? mp_newref(k) : what == 1 ? mp_newref(v) : mp_tuple_pack(2, k, v);
        if (!x) {
            mp_decref(l);
            return NULL;
        }
        MP_LIST_ITEMS(l)[i++] = x;
    }
    return l;
}

mp_obj mp_dict_keys(mp_obj d) { return dict_list(d, 0); }
mp_obj mp_dict_values(mp_obj d) { return dict_list(d, 1); }
mp_obj mp_dict_items(mp_obj d) { return dict_list(d, 2); }

/* ---- slots ----------------------------------------------------------------------------------------- */

static void dict_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_dict_clear(self);
    mp_obj_free(self);
}

static int dict_gc_clear(mp_obj self)
{
    mp_dict_clear(self);
    return 0;
}

static int dict_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    intptr_t pos = 0;
    mp_obj k, v;
    while (mp_dict_next(self, &pos, &k, &v))
        if (visit(k, arg) || visit(v, arg))
            return 1;
    return 0;
}

static intptr_t dict_length(mp_obj self) { return MP_DICT_LEN(self); }

/* d[key], calling __missing__ for subclasses that define it. */
static mp_obj dict_subscript(mp_obj self, mp_obj key)
{
    mp_hash_t h = key_hash(key);
    if (h == -1)
        return NULL;
    mp_obj v = mp_dict_getitem_hash(self, key, h);
    if (v)
        return mp_newref(v);
    if (mp_err_occurred())
        return NULL;
    if (mp_type_of(self) != &mp_type_dict) {
        mp_obj missing = mp_type_lookup(mp_type_of(self), MP_NAME(__missing__));
        if (missing) {
            mp_descrgetfunc get = mp_type_of(missing)->descr_get;
            mp_obj bound = get ? get(missing, self, (mp_obj)mp_type_of(self)) : mp_newref(missing);
            if (!bound)
                return NULL;
            mp_obj r = mp_call1(bound, key);
            mp_decref(bound);
            return r;
        }
    }
    return mp_err_set_object(&mp_type_KeyError, key);
}

static int dict_ass_subscript(mp_obj self, mp_obj key, mp_obj value)
{
    if (value)
        return mp_dict_setitem(self, key, value);
    return mp_dict_delitem(self, key);
}

static int dict_sq_contains(mp_obj self, mp_obj key) { return mp_dict_contains(self, key); }

static mp_obj dict_repr(mp_obj self)
{
    int rec = mp_repr_enter(self);
    if (rec != 0)
        return rec < 0 ? NULL : mp_str_new("{...}", 5);
    if (MP_DICT_LEN(self) == 0) {
        mp_repr_leave(self);
        return mp_str_new("{}", 2);
    }
    mp_buf b = MP_BUF_INIT;
    mp_buf_putc(&b, '{');
    intptr_t pos = 0;
    mp_obj k, v;
    int first = 1;
    while (mp_dict_next(self, &pos, &k, &v)) {
        mp_incref(k);
        mp_incref(v);
        if (!first)
            mp_buf_append(&b, ", ", 2);
        first = 0;
        mp_obj kr = mp_obj_repr(k);
        mp_obj vr = kr ? mp_obj_repr(v) : NULL;
        mp_decref(k);
        mp_decref(v);
        if (!vr) {
            mp_xdecref(kr);
            mp_buf_free(&b);
            mp_repr_leave(self);
            return NULL;
        }
        mp_buf_append(&b, mp_str_utf8(kr), mp_str_nbytes(kr));
        mp_buf_append(&b, ": ", 2);
        mp_buf_append(&b, mp_str_utf8(vr), mp_str_nbytes(vr));
        mp_decref(kr);
        mp_decref(vr);
    }
    mp_buf_putc(&b, '}');
    mp_repr_leave(self);
    return mp_str_from_buf(&b);
}

/* 1 if a and b hold equal items, 0 if not, -1 on error. */
static int dict_equal(mp_obj a, mp_obj b)
{
    if (MP_DICT_LEN(a) != MP_DICT_LEN(b))
        return 0;
    for (intptr_t i = 0; DICT(a)->table && i < DICT(a)->table->nentries; i++) {
        mp_dict_entry *ep = &entries_of(DICT(a)->table)[i];
        if (!ep->key)
            continue;
        mp_obj key = mp_newref(ep->key), aval = mp_newref(ep->value);
        mp_obj bval = mp_dict_getitem_hash(b, key, ep->hash);
        if (!bval) {
            mp_decref(key);
            mp_decref(aval);
            return mp_err_occurred() ? -1 : 0;
        }
        mp_incref(bval);
        int cmp = mp_obj_richcompare_bool(aval, bval, MP_EQ);
        mp_decref(key);
        mp_decref(aval);
        mp_decref(bval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static mp_obj dict_richcompare(mp_obj a, mp_obj b, int op)
{
    if (!mp_dict_check(a) || !mp_dict_check(b) || (op != MP_EQ && op != MP_NE))
        MP_RETURN_NOTIMPLEMENTED;
    int eq = dict_equal(a, b);
    if (eq < 0)
        return NULL;
    return mp_bool(op == MP_EQ ? eq : !eq);
}

static mp_obj dict_or(mp_obj a, mp_obj b)
{
    if (!mp_dict_check(a) || !mp_dict_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    mp_obj r = mp_dict_copy(a);
    if (r && mp_dict_update(r, b) < 0) {
        mp_decref(r);
        return NULL;
    }
    return r;
}

static mp_obj dict_ior(mp_obj a, mp_obj b)
{
    if (mp_dict_update(a, b) < 0)
        return NULL;
    return mp_newref(a);
}

/* ---- methods --------------------------------------------------------------------------------------- */

static mp_obj dict_get_meth(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("get", nargs, 1, 2) < 0)
        return NULL;
    mp_obj v = mp_dict_getitem(self, args[0]);
    if (v)
        return mp_newref(v);
    if (mp_err_occurred())
        return NULL;
    return mp_newref(nargs > 1 ? args[1] : mp_none);
}

static mp_obj dict_setdefault_meth(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("setdefault", nargs, 1, 2) < 0)
        return NULL;
    mp_obj dflt = nargs > 1 ? args[1] : mp_none;
    mp_obj v = mp_dict_getitem(self, args[0]);
    if (v)
        return mp_newref(v);
    if (mp_err_occurred() || mp_dict_setitem(self, args[0], dflt) < 0)
        return NULL;
    return mp_newref(dflt);
}

static mp_obj dict_pop_meth(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("pop", nargs, 1, 2) < 0)
        return NULL;
    mp_obj v;
    int r = mp_dict_pop(self, args[0], &v);
    if (r < 0)
        return NULL;
    if (r)
        return v;
    if (nargs > 1)
        return mp_newref(args[1]);
    return mp_err_set_object(&mp_type_KeyError, args[0]);
}

static mp_obj dict_popitem_meth(mp_obj self)
{
    mp_dict *d = DICT(self);
    if (d->used == 0)
        return mp_err_set_str(&mp_type_KeyError, "popitem(): dictionary is empty");
    mp_obj res = mp_tuple_new(2);
    if (!res)
        return NULL;
    mp_dict_table *t = d->table;
    mp_dict_entry *ep0 = entries_of(t);
    intptr_t i = t->nentries - 1;
    while (i >= 0 && !ep0[i].key)
        i--;
    /* The index slot that refers to entry i. */
    size_t mask = (size_t)t->size - 1, perturb = (size_t)ep0[i].hash;
    size_t j = (size_t)ep0[i].hash & mask;
    while (get_index(t, j) != i) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    mp_obj k, v;
    remove_entry(d, j, i, &k, &v);
    t->nentries = i;
    MP_TUPLE_ITEMS(res)[0] = k;
    MP_TUPLE_ITEMS(res)[1] = v;
    return res;
}

/* The argument of update() and dict(): a mapping or pairs. */
static int update_common(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames,
                         const char *fname)
{
    if (mp_arg_check_count(fname, nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1 && mp_dict_update(self, args[0]) < 0)
        return -1;
    intptr_t nkw = kwnames ? MP_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++)
        if (mp_dict_setitem(self, MP_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0)
            return -1;
    return 0;
}

static mp_obj dict_update_meth(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (update_common(self, args, nargs, kwnames, "update") < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj dict_clear_meth(mp_obj self)
{
    mp_dict_clear(self);
    MP_RETURN_NONE;
}

static mp_obj dict_copy_meth(mp_obj self) { return mp_dict_copy(self); }

static mp_obj dict_fromkeys_meth(mp_obj cls, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    mp_obj iterable = args[0], value = nargs > 1 ? args[1] : mp_none;
    mp_obj d = mp_call0(cls);
    if (!d)
        return NULL;
    int exact = mp_type_of(d) == &mp_type_dict;
    mp_type *it_type = mp_type_of(iterable);
    if (exact && (it_type == &mp_type_dict || it_type == &mp_type_set ||
                  it_type == &mp_type_frozenset)) {
        int is_dict = it_type == &mp_type_dict;
        intptr_t n = is_dict ? MP_DICT_LEN(iterable) : MP_SET_LEN(iterable);
        int unicode = is_dict && DICT(iterable)->table ? DICT(iterable)->table->unicode : 0;
        if (dict_resize(DICT(d), estimate_log2_keysize(n), unicode) < 0)
            goto fail;
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t hash;
        while (is_dict ? mp_dict_next_hash(iterable, &pos, &key, NULL, &hash)
                       : mp_set_next(iterable, &pos, &key, &hash))
            if (insert(DICT(d), key, hash, value) < 0)
                goto fail;
        return d;
    }
    mp_obj it = mp_obj_getiter(iterable);
    if (!it)
        goto fail;
    mp_obj key;
    while ((key = mp_iter_next(it))) {
        int st = exact ? mp_dict_setitem(d, key, value) : mp_obj_setitem(d, key, value);
        mp_decref(key);
        if (st < 0) {
            mp_decref(it);
            goto fail;
        }
    }
    mp_decref(it);
    if (mp_err_occurred())
        goto fail;
    return d;
fail:
    mp_decref(d);
    return NULL;
}

static mp_obj dict_contains_meth(mp_obj self, mp_obj key)
{
    int r = mp_dict_contains(self, key);
    return r < 0 ? NULL : mp_bool(r);
}

static mp_obj dict_getitem_meth(mp_obj self, mp_obj key) { return dict_subscript(self, key); }

/* CPython's sizes: a 48-byte dict header, plus the keys object (32
 * bytes, the index, and usable entries of 24 bytes, or 16 when every key
 * is a str). */
static mp_obj dict_sizeof_meth(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    intptr_t res = 48 + (intptr_t)(t->basicsize - sizeof(mp_dict));
    mp_dict_table *tb = DICT(self)->table;
    if (tb)
        res += 32 + tb->size * tb->index_bytes +
               USABLE_FRACTION(tb->size) * (tb->unicode ? 16 : 24);
    return mp_int_from_ssize(res);
}

static mp_obj dict_reversed_meth(mp_obj self) { return mp_dict_iter_new(self, MP_DICT_ITER_KEYS, 1); }

static const mp_method_def dict_methods[] = {
    {"__contains__", (void (*)(void))dict_contains_meth, MP_METH_O,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", (void (*)(void))dict_getitem_meth, MP_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", (void (*)(void))dict_sizeof_meth, MP_METH_NOARGS,
     "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", (void (*)(void))dict_get_meth, MP_METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", (void (*)(void))dict_setdefault_meth, MP_METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", (void (*)(void))dict_pop_meth, MP_METH_FASTCALL,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\n"
     "raise a KeyError."},
    {"popitem", (void (*)(void))dict_popitem_meth, MP_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty."},
    {"keys", (void (*)(void))mp_dict_keys_view, MP_METH_NOARGS,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", (void (*)(void))mp_dict_items_view, MP_METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", (void (*)(void))mp_dict_values_view, MP_METH_NOARGS,
     "D.values() -> an object providing a view on D's values"},
    {"update", (void (*)(void))dict_update_meth, MP_METH_FASTCALL | MP_METH_KEYWORDS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
     "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
     "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
     "In either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", (void (*)(void))dict_fromkeys_meth, MP_METH_FASTCALL | MP_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", (void (*)(void))dict_clear_meth, MP_METH_NOARGS,
     "D.clear() -> None.  Remove all items from D."},
    {"copy", (void (*)(void))dict_copy_meth, MP_METH_NOARGS,
     "D.copy() -> a shallow copy of D"},
    {"__reversed__", (void (*)(void))dict_reversed_meth, MP_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

/* ---- construction ------------------------------------------------------------------------------------ */

static mp_obj dict_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_obj_alloc(type);
}

static int dict_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return update_common(self, args, nargs, kwnames, "dict");
}

static mp_obj dict_iter(mp_obj self) { return mp_dict_iter_new(self, MP_DICT_ITER_KEYS, 0); }

static const mp_sequence_methods dict_as_sequence = {
    .contains = dict_sq_contains,
};

static const mp_mapping_methods dict_as_mapping = {
    .length = dict_length,
    .subscript = dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

static const mp_number_methods dict_as_number = {
    .or_ = dict_or,
    .inplace_or = dict_ior,
};

mp_type mp_type_dict = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "dict",
    .basicsize = sizeof(mp_dict),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_DICT_SUBCLASS | MP_TPFLAGS_GC |
             MP_TPFLAGS_MAPPING | MP_TPFLAGS_MATCH_SELF,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = dict_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = dict_iter,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .new_ = dict_new_slot,
    .init = dict_init,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .methods = dict_methods,
};

/* ---- iterators ----------------------------------------------------------------------------------------
 * One struct for the six kinds (keys, values, items; forward, reversed).
 * `used` is the dict's size when iteration began: any change in size is
 * an error, and `len` (items still expected) catches a change of keys
 * that keeps the size. */

typedef struct {
    mp_object ob;
    mp_obj dict;          /* NULL when exhausted */
    intptr_t used;
    intptr_t pos;
    intptr_t len;
} dict_iter_obj;

static mp_obj dict_iter_next_common(mp_obj self, int kind, int reversed)
{
    dict_iter_obj *it = (dict_iter_obj *)self;
    mp_obj d = it->dict;
    if (!d)
        return NULL;
    if (it->used != MP_DICT_LEN(d)) {
        mp_err_set_str(&mp_type_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    mp_dict_table *t = DICT(d)->table;
    mp_dict_entry *ep = NULL;
    intptr_t i = it->pos;
    if (t) {
        mp_dict_entry *e0 = entries_of(t);
        if (reversed) {
            while (i >= 0 && i < t->nentries && !e0[i].key)
                i--;
            if (i >= 0 && i < t->nentries)
                ep = &e0[i];
        } else {
            while (i < t->nentries && !e0[i].key)
                i++;
            if (i < t->nentries)
                ep = &e0[i];
        }
    }
    if (!ep)
        goto fail;
    if (!reversed && it->len == 0) {
        mp_err_set_str(&mp_type_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    it->pos = reversed ? i - 1 : i + 1;
    it->len--;
    switch (kind) {
    case MP_DICT_ITER_KEYS: return mp_newref(ep->key);
    case MP_DICT_ITER_VALUES: return mp_newref(ep->value);
    default: return mp_tuple_pack(2, ep->key, ep->value);
    }
fail:
    it->dict = NULL;
    mp_decref(d);
    return NULL;
}

static mp_obj keyiter_next(mp_obj s) { return dict_iter_next_common(s, MP_DICT_ITER_KEYS, 0); }
static mp_obj valueiter_next(mp_obj s) { return dict_iter_next_common(s, MP_DICT_ITER_VALUES, 0); }
static mp_obj itemiter_next(mp_obj s) { return dict_iter_next_common(s, MP_DICT_ITER_ITEMS, 0); }
static mp_obj rkeyiter_next(mp_obj s) { return dict_iter_next_common(s, MP_DICT_ITER_KEYS, 1); }
static mp_obj rvalueiter_next(mp_obj s) { return dict_iter_next_common(s, MP_DICT_ITER_VALUES, 1); }
static mp_obj ritemiter_next(mp_obj s) { return dict_iter_next_common(s, MP_DICT_ITER_ITEMS, 1); }

static void dict_iter_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_xdecref(((dict_iter_obj *)self)->dict);
    mp_obj_free(self);
}

static int dict_iter_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj d = ((dict_iter_obj *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static mp_obj dict_iter_length_hint(mp_obj self)
{
    dict_iter_obj *it = (dict_iter_obj *)self;
    intptr_t n = (it->dict && it->used == MP_DICT_LEN(it->dict)) ? it->len : 0;
    return mp_int_from_ssize(n);
}

static const mp_method_def dict_iter_methods[] = {
    {"__length_hint__", (void (*)(void))dict_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

#define DICT_ITER_TYPE(cname, pyname, next)                                    \
    mp_type cname = {                                                          \
        .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},                        \
        .name = pyname,                                                        \
        .basicsize = sizeof(dict_iter_obj),                                    \
        .flags = MP_TPFLAGS_GC,                                                \
        .dealloc = dict_iter_dealloc,                                          \
        .getattro = mp_obj_generic_getattr,                                    \
        .traverse = dict_iter_traverse,                                        \
        .iter = mp_self_iter,                                                  \
        .iternext = next,                                                      \
        .methods = dict_iter_methods,                                          \
    }

DICT_ITER_TYPE(mp_type_dict_keyiterator, "dict_keyiterator", keyiter_next);
DICT_ITER_TYPE(mp_type_dict_valueiterator, "dict_valueiterator", valueiter_next);
DICT_ITER_TYPE(mp_type_dict_itemiterator, "dict_itemiterator", itemiter_next);
DICT_ITER_TYPE(mp_type_dict_reversekeyiterator, "dict_reversekeyiterator", rkeyiter_next);
DICT_ITER_TYPE(mp_type_dict_reversevalueiterator, "dict_reversevalueiterator", rvalueiter_next);
DICT_ITER_TYPE(mp_type_dict_reverseitemiterator, "dict_reverseitemiterator", ritemiter_next);

mp_obj mp_dict_iter_new(mp_obj d, int kind, int reversed)
{
    static mp_type *const types[2][3] = {
        {&mp_type_dict_keyiterator, &mp_type_dict_valueiterator, &mp_type_dict_itemiterator},
        {&mp_type_dict_reversekeyiterator, &mp_type_dict_reversevalueiterator,
         &mp_type_dict_reverseitemiterator},
    };
    dict_iter_obj *it = (dict_iter_obj *)mp_obj_alloc(types[reversed != 0][kind]);
    if (!it)
        return NULL;
    it->dict = mp_newref(d);
    it->used = MP_DICT_LEN(d);
    it->len = it->used;
    mp_dict_table *t = DICT(d)->table;
    it->pos = reversed ? (t ? t->nentries - 1 : -1) : 0;
    return (mp_obj)it;
}

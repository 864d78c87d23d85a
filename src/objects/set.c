/* set and frozenset: CPython 3.11's setobject.c algorithm, step for step
 * (open addressing with 9 linear probes then perturbation, fill/used
 * counts, the same resize policy, the same order of insertion in every
 * operation), so that iteration, and so printing, follows CPython's order.
 * (CPython's Objects/setobject.c.) */
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
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

#define SET(o) ((mp_set *)(o))
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The marker of a deleted entry (with hash -1). */
static mp_object dummy_struct = {MP_IMMORTAL_REFCNT, &mp_type_none};
#define DUMMY (&dummy_struct)

int mp_set_check(mp_obj o)
{
    if (mp_is_small(o))
        return 0;
    mp_type *t = o->type;
    return t == &mp_type_set || t == &mp_type_frozenset ||
           mp_type_is_subtype(t, &mp_type_set) || mp_type_is_subtype(t, &mp_type_frozenset);
}

static int is_set_exact_or_sub(mp_obj o)
{
    return !mp_is_small(o) && (o->type == &mp_type_set || mp_type_is_subtype(o->type, &mp_type_set));
}

static inline mp_hash_t hash_of(mp_obj key)
{
    if (mp_str_check_exact(key)) {
        mp_hash_t h = ((mp_str *)key)->hash;
        return h != -1 ? h : mp_str_hash(key);
    }
    return mp_obj_hash(key);
}

/* ---- the table ------------------------------------------------------------------------------ */

static int table_resize(mp_set *so, intptr_t minused);

/* Adds key (a borrowed reference) with its hash. */
static int add_entry(mp_set *so, mp_obj key, mp_hash_t hash)
{
    mp_set_entry *freeslot, *entry;
    mp_incref(key);
restart:;
    size_t mask = (size_t)so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    freeslot = NULL;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                mp_obj startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (mp_str_check_exact(startkey) && mp_str_check_exact(key) &&
                    mp_str_eq(startkey, key))
                    goto found_active;
                if (!(mp_is_small(startkey) && mp_is_small(key))) {
                    mp_set_entry *table = so->table;
                    mp_incref(startkey);
                    int cmp = mp_obj_richcompare_bool(startkey, key, MP_EQ);
                    mp_decref(startkey);
                    if (cmp > 0)
                        goto found_active;
                    if (cmp < 0) {
                        mp_decref(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                /* CPython 3.11 keeps the last deleted slot seen before an
                 * empty one (not the first): the order of a set after
                 * removals depends on it. */
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    mp_decref(key);
    return 0;
}

/* Inserts into a table known to hold no dummies and not the key. */
static void insert_clean(mp_set_entry *table, size_t mask, mp_obj key, mp_hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    mp_set_entry *entry;
    for (;;) {
        entry = &table[i];
        if (!entry->key)
            goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (!entry->key)
                    goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

static int table_resize(mp_set *so, intptr_t minused)
{
    mp_set_entry *oldtable = so->table, small_copy[MP_SET_MINSIZE];
    size_t oldmask = (size_t)so->mask;
    size_t newsize = MP_SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    mp_set_entry *newtable;
    int is_oldtable_malloced = oldtable != so->smalltable;
    if (newsize == MP_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0; /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = mp_malloc(newsize * sizeof(mp_set_entry));
        if (!newtable) {
            mp_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(mp_set_entry));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    size_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key)
                insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key && oldtable[i].key != DUMMY)
                insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
    }
    if (is_oldtable_malloced)
        mp_free(oldtable);
    return 0;
}

/* The entry holding key, or the empty entry where it would go; NULL on
 * error. */
static mp_set_entry *lookkey(mp_set *so, mp_obj key, mp_hash_t hash)
{
restart:;
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    for (;;) {
        mp_set_entry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                mp_obj startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (mp_str_check_exact(startkey) && mp_str_check_exact(key) &&
                    mp_str_eq(startkey, key))
                    return entry;
                if (!(mp_is_small(startkey) && mp_is_small(key))) {
                    mp_set_entry *table = so->table;
                    mp_incref(startkey);
                    int cmp = mp_obj_richcompare_bool(startkey, key, MP_EQ);
                    mp_decref(startkey);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != startkey)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int contains_entry(mp_set *so, mp_obj key, mp_hash_t hash)
{
    mp_set_entry *e = lookkey(so, key, hash);
    if (!e)
        return -1;
    return e->key != NULL;
}

/* 1 found (and removed), 0 not found, -1 error. */
static int discard_entry(mp_set *so, mp_obj key, mp_hash_t hash)
{
    mp_set_entry *e = lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    mp_obj old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    mp_decref(old);
    return 1;
}

static int add_key(mp_set *so, mp_obj key)
{
    mp_hash_t h = hash_of(key);
    return h == -1 ? -1 : add_entry(so, key, h);
}

static int set_next_entry(mp_set *so, intptr_t *pos, mp_set_entry **out)
{
    intptr_t i = *pos;
    mp_set_entry *e = &so->table[i];
    while (i <= so->mask && (!e->key || e->key == DUMMY)) {
        i++;
        e++;
    }
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *out = e;
    return 1;
}

int mp_set_next(mp_obj set, intptr_t *pos, mp_obj *key, mp_hash_t *hash)
{
    mp_set_entry *e;
    if (!set_next_entry(SET(set), pos, &e))
        return 0;
    *key = e->key;
    if (hash)
        *hash = e->hash;
    return 1;
}

/* Empties the set; the references are dropped after it is consistent. */
static void clear_internal(mp_set *so)
{
    mp_set_entry *table = so->table, small_copy[MP_SET_MINSIZE];
    intptr_t fill = so->fill;
    size_t mask = (size_t)so->mask;
    int malloced = table != so->smalltable;
    if (!malloced) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = MP_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    for (size_t i = 0; fill > 0 && i <= mask; i++) {
        if (table[i].key) {
            fill--;
            if (table[i].key != DUMMY)
                mp_decref(table[i].key);
        }
    }
    if (malloced)
        mp_free(table);
}

static int set_merge(mp_set *so, mp_set *other)
{
    if (so == other || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    mp_set_entry *se = so->table, *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++, se++, oe++) {
            if (oe->key) {
                se->key = mp_newref(oe->key);
                se->hash = oe->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++, oe++)
            if (oe->key && oe->key != DUMMY)
                insert_clean(so->table, (size_t)so->mask, mp_newref(oe->key), oe->hash);
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        oe = &other->table[i];
        if (oe->key && oe->key != DUMMY && add_entry(so, oe->key, oe->hash) < 0)
            return -1;
    }
    return 0;
}

static int update_internal(mp_set *so, mp_obj other)
{
    if (mp_set_check(other))
        return set_merge(so, SET(other));
    if (mp_type_of(other) == &mp_type_dict) {
        intptr_t n = MP_DICT_LEN(other);
        if ((so->fill + n) * 5 >= so->mask * 3 && table_resize(so, (so->used + n) * 2) < 0)
            return -1;
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t hash;
        while (mp_dict_next_hash(other, &pos, &key, NULL, &hash))
            if (add_entry(so, key, hash) < 0)
                return -1;
        return 0;
    }
    mp_obj it = mp_obj_getiter(other);
    if (!it)
        return -1;
    mp_obj key;
    while ((key = mp_iter_next(it))) {
        int r = add_key(so, key);
        mp_decref(key);
        if (r < 0) {
            mp_decref(it);
            return -1;
        }
    }
    mp_decref(it);
    return mp_err_occurred() ? -1 : 0;
}

static mp_obj make_new_set(mp_type *type, mp_obj iterable)
{
    mp_set *so = (mp_set *)mp_obj_alloc(type);
    if (!so)
        return NULL;
    so->mask = MP_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    if (iterable && update_internal(so, iterable) < 0) {
        mp_decref((mp_obj)so);
        return NULL;
    }
    return (mp_obj)so;
}

/* A set of type's base kind (set or frozenset), for results of
 * operations on subclasses. */
static mp_obj make_new_set_basetype(mp_type *type, mp_obj iterable)
{
    if (type != &mp_type_set && type != &mp_type_frozenset)
        type = mp_type_is_subtype(type, &mp_type_set) ? &mp_type_set : &mp_type_frozenset;
    return make_new_set(type, iterable);
}

/* ---- the C API -------------------------------------------------------------------------------- */

mp_obj mp_set_new(mp_obj iterable) { return make_new_set(&mp_type_set, iterable); }
mp_obj mp_frozenset_new(mp_obj iterable) { return make_new_set(&mp_type_frozenset, iterable); }
int mp_set_add(mp_obj set, mp_obj key) { return add_key(SET(set), key); }
int mp_set_update(mp_obj set, mp_obj iterable) { return update_internal(SET(set), iterable); }

int mp_set_discard(mp_obj set, mp_obj key)
{
    mp_hash_t h = hash_of(key);
    return h == -1 ? -1 : discard_entry(SET(set), key, h);
}

int mp_set_contains(mp_obj set, mp_obj key)
{
    mp_hash_t h = hash_of(key);
    return h == -1 ? -1 : contains_entry(SET(set), key, h);
}

/* `key in s`, where an unhashable set key is looked up as a frozenset. */
static int contains_key_or_frozen(mp_set *so, mp_obj key, int discard)
{
    int rv = discard ? mp_set_discard((mp_obj)so, key) : mp_set_contains((mp_obj)so, key);
    if (rv < 0 && is_set_exact_or_sub(key) && mp_err_matches(&mp_type_TypeError)) {
        mp_err_clear();
        mp_obj tmp = make_new_set(&mp_type_frozenset, key);
        if (!tmp)
            return -1;
        rv = discard ? mp_set_discard((mp_obj)so, tmp) : mp_set_contains((mp_obj)so, tmp);
        mp_decref(tmp);
    }
    return rv;
}

/* ---- slots ------------------------------------------------------------------------------------ */

static void set_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_set *so = SET(self);
    for (intptr_t i = 0, fill = so->fill; fill > 0 && i <= so->mask; i++) {
        mp_obj k = so->table[i].key;
        if (k) {
            fill--;
            if (k != DUMMY)
                mp_decref(k);
        }
    }
    if (so->table != so->smalltable)
        mp_free(so->table);
    mp_obj_free(self);
}

static int set_gc_clear(mp_obj self)
{
    clear_internal(SET(self));
    return 0;
}

static int set_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    intptr_t pos = 0;
    mp_set_entry *e;
    while (set_next_entry(SET(self), &pos, &e))
        if (visit(e->key, arg))
            return 1;
    return 0;
}

static intptr_t set_len(mp_obj self) { return SET(self)->used; }

static int set_sq_contains(mp_obj self, mp_obj key) { return contains_key_or_frozen(SET(self), key, 0); }

static mp_obj set_repr(mp_obj self)
{
    mp_type *t = mp_type_of(self);
    if (SET(self)->used == 0)
        return mp_str_from_format("%s()", t->name);
    int rec = mp_repr_enter(self);
    if (rec != 0)
        return rec < 0 ? NULL : mp_str_from_format("%s(...)", t->name);
    mp_obj keys = mp_sequence_list(self);
    mp_obj r = NULL;
    if (keys) {
        mp_obj lr = mp_obj_repr(keys);
        if (lr) {
            /* The list's repr with braces for brackets. */
            const char *s = mp_str_utf8(lr);
            size_t n = mp_str_nbytes(lr);
            mp_buf b = MP_BUF_INIT;
            if (t != &mp_type_set)
                mp_buf_printf(&b, "%s(", t->name);
            mp_buf_putc(&b, '{');
            mp_buf_append(&b, s + 1, n - 2);
            mp_buf_putc(&b, '}');
            if (t != &mp_type_set)
                mp_buf_putc(&b, ')');
            r = mp_str_from_buf(&b);
            mp_decref(lr);
        }
        mp_decref(keys);
    }
    mp_repr_leave(self);
    return r;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython 3.11's frozenset_hash: order-independent xor of shuffled hashes. */
static mp_hash_t frozenset_hash(mp_obj self)
{
    mp_set *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (intptr_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (mp_hash_t)hash;
    return so->hash;
}

/* ---- operations ---------------------------------------------------------------------------------- */

static mp_obj set_copy(mp_obj self)
{
    return make_new_set_basetype(mp_type_of(self), self);
}

static mp_obj set_intersection(mp_set *so, mp_obj other)
{
    if ((mp_obj)so == other)
        return set_copy(other);
    mp_set *result = (mp_set *)make_new_set_basetype(mp_type_of((mp_obj)so), NULL);
    if (!result)
        return NULL;
    if (mp_set_check(other)) {
        mp_set *a = so, *b = SET(other);
        if (b->used > a->used) {
            mp_set *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        mp_set_entry *e;
        while (set_next_entry(b, &pos, &e)) {
            mp_obj key = mp_newref(e->key);
            mp_hash_t hash = e->hash;
            int rv = contains_entry(a, key, hash);
            if (rv > 0)
                rv = add_entry(result, key, hash);
            mp_decref(key);
            if (rv < 0)
                goto fail;
        }
        return (mp_obj)result;
    }
    mp_obj it = mp_obj_getiter(other);
    if (!it)
        goto fail;
    mp_obj key;
    while ((key = mp_iter_next(it))) {
        mp_hash_t hash = hash_of(key);
        int rv = hash == -1 ? -1 : contains_entry(so, key, hash);
        if (rv > 0)
            rv = add_entry(result, key, hash);
        mp_decref(key);
        if (rv < 0) {
            mp_decref(it);
            goto fail;
        }
    }
    mp_decref(it);
    if (mp_err_occurred())
        goto fail;
    return (mp_obj)result;
fail:
    mp_decref((mp_obj)result);
    return NULL;
}

/* Exchanges the contents of a and b (not their types or fingers), as
 * CPython's set_swap_bodies; frozensets keep the hash of their contents. */
static void swap_bodies(mp_set *a, mp_set *b)
{
    intptr_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    mp_set_entry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        mp_set_entry tab[MP_SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (mp_type_is_subtype(mp_type_of((mp_obj)a), &mp_type_frozenset) &&
        mp_type_is_subtype(mp_type_of((mp_obj)b), &mp_type_frozenset)) {
        mp_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static int intersection_update(mp_set *so, mp_obj other)
{
    mp_obj tmp = set_intersection(so, other);
    if (!tmp)
        return -1;
    swap_bodies(so, SET(tmp));
    mp_decref(tmp);
    return 0;
}

static int difference_update_internal(mp_set *so, mp_obj other)
{
    if ((mp_obj)so == other) {
        clear_internal(so);
        return 0;
    }
    if (mp_set_check(other)) {
        mp_obj o;
        if ((SET(other)->used >> 3) > so->used) {
            if (!(o = set_intersection(so, other)))
                return -1;
        } else {
            o = mp_newref(other);
        }
        intptr_t pos = 0;
        mp_set_entry *e;
        while (set_next_entry(SET(o), &pos, &e)) {
            mp_obj key = mp_newref(e->key);
            int r = discard_entry(so, key, e->hash);
            mp_decref(key);
            if (r < 0) {
                mp_decref(o);
                return -1;
            }
        }
        mp_decref(o);
    } else {
        mp_obj it = mp_obj_getiter(other);
        if (!it)
            return -1;
        mp_obj key;
        while ((key = mp_iter_next(it))) {
            int r = mp_set_discard((mp_obj)so, key);
            mp_decref(key);
            if (r < 0) {
                mp_decref(it);
                return -1;
            }
        }
        mp_decref(it);
        if (mp_err_occurred())
            return -1;
    }
    /* More than a quarter dummies: resize them away. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static mp_obj copy_and_difference(mp_set *so, mp_obj other)
{
    mp_obj r = set_copy((mp_obj)so);
    if (r && difference_update_internal(SET(r), other) < 0) {
        mp_decref(r);
        return NULL;
    }
    return r;
}

static mp_obj set_difference(mp_set *so, mp_obj other)
{
    intptr_t other_size;
    int other_is_dict = mp_type_of(other) == &mp_type_dict;
    if (mp_set_check(other))
        other_size = SET(other)->used;
    else if (other_is_dict)
        other_size = MP_DICT_LEN(other);
    else
        return copy_and_difference(so, other);
    if ((so->used >> 2) > other_size)
        return copy_and_difference(so, other);
    mp_set *result = (mp_set *)make_new_set_basetype(mp_type_of((mp_obj)so), NULL);
    if (!result)
        return NULL;
    intptr_t pos = 0;
    mp_set_entry *e;
    while (set_next_entry(so, &pos, &e)) {
        mp_obj key = mp_newref(e->key);
        mp_hash_t hash = e->hash;
        int rv = other_is_dict ? mp_dict_contains_hash(other, key, hash)
                               : contains_entry(SET(other), key, hash);
        if (rv == 0)
            rv = add_entry(result, key, hash);
        mp_decref(key);
        if (rv < 0) {
            mp_decref((mp_obj)result);
            return NULL;
        }
    }
    return (mp_obj)result;
}

static int symmetric_difference_update(mp_set *so, mp_obj other)
{
    if ((mp_obj)so == other) {
        clear_internal(so);
        return 0;
    }
    if (mp_type_of(other) == &mp_type_dict) {
        intptr_t pos = 0;
        mp_obj key;
        mp_hash_t hash;
        while (mp_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            mp_incref(key);
            int rv = discard_entry(so, key, hash);
            if (rv == 0)
                rv = add_entry(so, key, hash);
            mp_decref(key);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    mp_obj otherset = mp_set_check(other)
                          ? mp_newref(other)
                          : make_new_set_basetype(mp_type_of((mp_obj)so), other);
    if (!otherset)
        return -1;
    intptr_t pos = 0;
    mp_set_entry *e;
    while (set_next_entry(SET(otherset), &pos, &e)) {
        mp_obj key = mp_newref(e->key);
        mp_hash_t hash = e->hash;
        int rv = discard_entry(so, key, hash);
        if (rv == 0)
            rv = add_entry(so, key, hash);
        mp_decref(key);
        if (rv < 0) {
            mp_decref(otherset);
            return -1;
        }
    }
    mp_decref(otherset);
    return 0;
}

static mp_obj set_symmetric_difference(mp_set *so, mp_obj other)
{
    mp_obj r = make_new_set_basetype(mp_type_of((mp_obj)so), other);
    if (r && symmetric_difference_update(SET(r), (mp_obj)so) < 0) {
        mp_decref(r);
        return NULL;
    }
    return r;
}

/* 1 if so <= other, 0 if not, -1 on error; other is any iterable. */
static int issubset(mp_set *so, mp_obj other)
{
    if (!mp_set_check(other)) {
        mp_obj tmp = mp_set_new(other);
        if (!tmp)
            return -1;
        int r = issubset(so, tmp);
        mp_decref(tmp);
        return r;
    }
    if (so->used > SET(other)->used)
        return 0;
    intptr_t pos = 0;
    mp_set_entry *e;
    while (set_next_entry(so, &pos, &e)) {
        mp_obj key = mp_newref(e->key);
        int rv = contains_entry(SET(other), key, e->hash);
        mp_decref(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int issuperset(mp_set *so, mp_obj other)
{
    if (mp_set_check(other))
        return issubset(SET(other), (mp_obj)so);
    mp_obj it = mp_obj_getiter(other);
    if (!it)
        return -1;
    mp_obj key;
    int r = 1;
    while ((key = mp_iter_next(it))) {
        r = mp_set_contains((mp_obj)so, key);
        mp_decref(key);
        if (r <= 0)
            break;
    }
    mp_decref(it);
    if (r > 0 && mp_err_occurred())
        return -1;
    return r;
}

static int isdisjoint(mp_set *so, mp_obj other)
{
    if ((mp_obj)so == other)
        return so->used == 0;
    if (mp_set_check(other)) {
        mp_set *a = so, *b = SET(other);
        if (b->used > a->used) {
            mp_set *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        mp_set_entry *e;
        while (set_next_entry(b, &pos, &e)) {
            mp_obj key = mp_newref(e->key);
            int rv = contains_entry(a, key, e->hash);
            mp_decref(key);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    mp_obj it = mp_obj_getiter(other);
    if (!it)
        return -1;
    mp_obj key;
    int r = 1;
    while ((key = mp_iter_next(it))) {
        int rv = mp_set_contains((mp_obj)so, key);
        mp_decref(key);
        if (rv != 0) {
            r = rv < 0 ? -1 : 0;
            break;
        }
    }
    mp_decref(it);
    if (r > 0 && mp_err_occurred())
        return -1;
    return r;
}

static mp_obj bool_or_null(int r) { return r < 0 ? NULL : mp_bool(r); }

static mp_obj set_richcompare(mp_obj v, mp_obj w, int op)
{
    if (!mp_set_check(w))
        MP_RETURN_NOTIMPLEMENTED;
    mp_set *a = SET(v), *b = SET(w);
    switch (op) {
    case MP_EQ:
        if (a->used != b->used)
            return mp_bool(0);
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            return mp_bool(0);
        return bool_or_null(issubset(a, w));
    case MP_NE: {
        mp_obj r = set_richcompare(v, w, MP_EQ);
        if (!r)
            return NULL;
        int t = r == mp_true;
        mp_decref(r);
        return mp_bool(!t);
    }
    case MP_LE: return bool_or_null(issubset(a, w));
    case MP_GE: return bool_or_null(issuperset(a, w));
    case MP_LT:
        if (a->used >= b->used)
            return mp_bool(0);
        return bool_or_null(issubset(a, w));
    default:
        if (a->used <= b->used)
            return mp_bool(0);
        return bool_or_null(issuperset(a, w));
    }
}

/* ---- operators ---------------------------------------------------------------------------------- */

static mp_obj set_or(mp_obj a, mp_obj b)
{
    if (!mp_set_check(a) || !mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    mp_obj r = set_copy(a);
    if (r && update_internal(SET(r), b) < 0) {
        mp_decref(r);
        return NULL;
    }
    return r;
}

static mp_obj set_and(mp_obj a, mp_obj b)
{
    if (!mp_set_check(a) || !mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    return set_intersection(SET(a), b);
}

static mp_obj set_sub(mp_obj a, mp_obj b)
{
    if (!mp_set_check(a) || !mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    return set_difference(SET(a), b);
}

static mp_obj set_xor(mp_obj a, mp_obj b)
{
    if (!mp_set_check(a) || !mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference(SET(a), b);
}

static mp_obj set_ior(mp_obj a, mp_obj b)
{
    if (!mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if (update_internal(SET(a), b) < 0)
        return NULL;
    return mp_newref(a);
}

static mp_obj set_iand(mp_obj a, mp_obj b)
{
    if (!mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if (intersection_update(SET(a), b) < 0)
        return NULL;
    return mp_newref(a);
}

static mp_obj set_isub(mp_obj a, mp_obj b)
{
    if (!mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if (difference_update_internal(SET(a), b) < 0)
        return NULL;
    return mp_newref(a);
}

static mp_obj set_ixor(mp_obj a, mp_obj b)
{
    if (!mp_set_check(b))
        MP_RETURN_NOTIMPLEMENTED;
    if (symmetric_difference_update(SET(a), b) < 0)
        return NULL;
    return mp_newref(a);
}

/* ---- methods ----------------------------------------------------------------------------------- */

static mp_obj m_add(mp_obj self, mp_obj key)
{
    if (add_key(SET(self), key) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_clear(mp_obj self)
{
    clear_internal(SET(self));
    MP_RETURN_NONE;
}

static mp_obj m_copy(mp_obj self)
{
    if (mp_type_of(self) == &mp_type_frozenset)
        return mp_newref(self);
    return set_copy(self);
}

static mp_obj m_set_copy(mp_obj self) { return set_copy(self); }

static mp_obj m_discard(mp_obj self, mp_obj key)
{
    if (contains_key_or_frozen(SET(self), key, 1) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_remove(mp_obj self, mp_obj key)
{
    int r = contains_key_or_frozen(SET(self), key, 1);
    if (r < 0)
        return NULL;
    if (r == 0)
        return mp_err_set_object(&mp_type_KeyError, key);
    MP_RETURN_NONE;
}

static mp_obj m_pop(mp_obj self)
{
    mp_set *so = SET(self);
    if (so->used == 0)
        return mp_err_set_str(&mp_type_KeyError, "pop from an empty set");
    mp_set_entry *entry = so->table + (so->finger & so->mask);
    mp_set_entry *limit = so->table + so->mask;
    while (!entry->key || entry->key == DUMMY) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    mp_obj key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static mp_obj m_union(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_obj r = set_copy(self);
    if (!r)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (update_internal(SET(r), args[i]) < 0) {
            mp_decref(r);
            return NULL;
        }
    }
    return r;
}

static mp_obj m_update(mp_obj self, mp_obj const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(SET(self), args[i]) < 0)
            return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_intersection(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    mp_obj result = mp_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        mp_obj r = set_intersection(SET(result), args[i]);
        mp_decref(result);
        if (!r)
            return NULL;
        result = r;
    }
    return result;
}

static mp_obj m_intersection_update(mp_obj self, mp_obj const *args, size_t nargs)
{
    mp_obj tmp = m_intersection(self, args, nargs);
    if (!tmp)
        return NULL;
    swap_bodies(SET(self), SET(tmp));
    mp_decref(tmp);
    MP_RETURN_NONE;
}

static mp_obj m_difference(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    mp_obj r = set_difference(SET(self), args[0]);
    for (size_t i = 1; r && i < nargs; i++) {
        if (difference_update_internal(SET(r), args[i]) < 0) {
            mp_decref(r);
            return NULL;
        }
    }
    return r;
}

static mp_obj m_difference_update(mp_obj self, mp_obj const *args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(SET(self), args[i]) < 0)
            return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_symmetric_difference(mp_obj self, mp_obj other)
{
    return set_symmetric_difference(SET(self), other);
}

static mp_obj m_symmetric_difference_update(mp_obj self, mp_obj other)
{
    if (symmetric_difference_update(SET(self), other) < 0)
        return NULL;
    MP_RETURN_NONE;
}

static mp_obj m_issubset(mp_obj self, mp_obj other) { return bool_or_null(issubset(SET(self), other)); }
static mp_obj m_issuperset(mp_obj self, mp_obj other) { return bool_or_null(issuperset(SET(self), other)); }
static mp_obj m_isdisjoint(mp_obj self, mp_obj other) { return bool_or_null(isdisjoint(SET(self), other)); }

static mp_obj m_contains(mp_obj self, mp_obj key)
{
    return bool_or_null(contains_key_or_frozen(SET(self), key, 0));
}

static mp_obj m_sizeof(mp_obj self)
{
    mp_set *so = SET(self);
    intptr_t res = (intptr_t)mp_type_of(self)->basicsize;
    if (so->table != so->smalltable)
        res += (so->mask + 1) * (intptr_t)sizeof(mp_set_entry);
    return mp_int_from_ssize(res);
}

#define M(name, fn, flags, doc) {name, (void (*)(void))fn, flags, doc}
#define SHARED_METHODS                                                                         \
    M("__contains__", m_contains, MP_METH_O, "x.__contains__(y) <==> y in x."),               \
    M("difference", m_difference, MP_METH_FASTCALL,                                            \
      "Return the difference of two or more sets as a new set.\n\n"                            \
      "(i.e. all elements that are in this set but not the others.)"),                        \
    M("intersection", m_intersection, MP_METH_FASTCALL,                                        \
      "Return the intersection of two sets as a new set.\n\n"                                  \
      "(i.e. all elements that are in both sets.)"),                                           \
    M("isdisjoint", m_isdisjoint, MP_METH_O,                                                   \
      "Return True if two sets have a null intersection."),                                    \
    M("issubset", m_issubset, MP_METH_O, "Report whether another set contains this set."),     \
    M("issuperset", m_issuperset, MP_METH_O, "Report whether this set contains another set."), \
    M("__sizeof__", m_sizeof, MP_METH_NOARGS, "S.__sizeof__() -> size of S in memory, in bytes"), \
    M("symmetric_difference", m_symmetric_difference, MP_METH_O,                               \
      "Return the symmetric difference of two sets as a new set.\n\n"                          \
      "(i.e. all elements that are in exactly one of the sets.)"),                            \
    M("union", m_union, MP_METH_FASTCALL,                                                      \
      "Return the union of sets as a new set.\n\n"                                             \
      "(i.e. all elements that are in either set.)")

static const mp_method_def set_methods[] = {
    M("add", m_add, MP_METH_O, "Add an element to a set.\n\nThis has no effect if the element is already present."),
    M("clear", m_clear, MP_METH_NOARGS, "Remove all elements from this set."),
    M("copy", m_set_copy, MP_METH_NOARGS, "Return a shallow copy of a set."),
    M("discard", m_discard, MP_METH_O,
      "Remove an element from a set if it is a member.\n\n"
      "Unlike set.remove(), the discard() method does not raise\n"
      "an exception when an element is missing from the set."),
    M("difference_update", m_difference_update, MP_METH_FASTCALL,
      "Remove all elements of another set from this set."),
    M("intersection_update", m_intersection_update, MP_METH_FASTCALL,
      "Update a set with the intersection of itself and another."),
    M("pop", m_pop, MP_METH_NOARGS,
      "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."),
    M("remove", m_remove, MP_METH_O,
      "Remove an element from a set; it must be a member.\n\n"
      "If the element is not a member, raise a KeyError."),
    M("symmetric_difference_update", m_symmetric_difference_update, MP_METH_O,
      "Update a set with the symmetric difference of itself and another."),
    M("update", m_update, MP_METH_FASTCALL, "Update a set with the union of itself and others."),
    SHARED_METHODS,
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

static const mp_method_def frozenset_methods[] = {
    M("copy", m_copy, MP_METH_NOARGS, "Return a shallow copy of a set."),
    SHARED_METHODS,
    MP_CLASS_GETITEM_METHOD,
    {NULL},
};

/* ---- construction -------------------------------------------------------------------------------- */

static mp_obj set_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return make_new_set(type, NULL);
}

static int set_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (mp_arg_no_kwargs("set", kwnames) < 0 || mp_arg_check_count("set", nargs, 0, 1) < 0)
        return -1;
    if (SET(self)->fill)
        clear_internal(SET(self));
    SET(self)->hash = -1;
    if (nargs)
        return update_internal(SET(self), args[0]);
    return 0;
}

static mp_obj frozenset_new_slot(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (type == &mp_type_frozenset && mp_arg_no_kwargs("frozenset", kwnames) < 0)
        return NULL;
    if (mp_arg_check_count("frozenset", nargs, 0, 1) < 0)
        return NULL;
    if (type == &mp_type_frozenset && nargs && mp_type_of(args[0]) == &mp_type_frozenset)
        return mp_newref(args[0]);
    return make_new_set(type, nargs ? args[0] : NULL);
}

/* ---- the iterator ------------------------------------------------------------------------------- */

typedef struct {
    mp_object ob;
    mp_obj set;        /* NULL when exhausted */
    intptr_t used;     /* the set's size when iteration began */
    intptr_t pos;
    intptr_t len;
} set_iter;

static mp_obj set_iter_new(mp_obj self)
{
    set_iter *it = (set_iter *)mp_obj_alloc(&mp_type_set_iterator);
    if (!it)
        return NULL;
    it->set = mp_newref(self);
    it->used = SET(self)->used;
    it->len = it->used;
    return (mp_obj)it;
}

static mp_obj set_iter_next(mp_obj self)
{
    set_iter *it = (set_iter *)self;
    mp_obj s = it->set;
    if (!s)
        return NULL;
    if (it->used != SET(s)->used) {
        mp_err_set_str(&mp_type_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    mp_set_entry *e;
    if (it->pos > SET(s)->mask || !set_next_entry(SET(s), &it->pos, &e)) {
        it->set = NULL;
        mp_decref(s);
        return NULL;
    }
    it->len--;
    return mp_newref(e->key);
}

static void set_iter_dealloc(mp_obj self)
{
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_xdecref(((set_iter *)self)->set);
    mp_obj_free(self);
}

static int set_iter_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_obj s = ((set_iter *)self)->set;
    return s ? visit(s, arg) : 0;
}

static mp_obj set_iter_length_hint(mp_obj self)
{
    set_iter *it = (set_iter *)self;
    intptr_t n = (it->set && it->used == SET(it->set)->used) ? it->len : 0;
    return mp_int_from_ssize(n);
}

static const mp_method_def set_iter_methods[] = {
    {"__length_hint__", (void (*)(void))set_iter_length_hint, MP_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL},
};

mp_type mp_type_set_iterator = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "set_iterator",
    .basicsize = sizeof(set_iter),
    .flags = MP_TPFLAGS_GC,
    .dealloc = set_iter_dealloc,
    .getattro = mp_obj_generic_getattr,
    .traverse = set_iter_traverse,
    .iter = mp_self_iter,
    .iternext = set_iter_next,
    .methods = set_iter_methods,
};

/* ---- the types --------------------------------------------------------------------------------- */

static const mp_sequence_methods set_as_sequence = {
    .length = set_len,
    .contains = set_sq_contains,
};

static const mp_number_methods set_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
    .inplace_subtract = set_isub,
    .inplace_and = set_iand,
    .inplace_xor = set_ixor,
    .inplace_or = set_ior,
};

static const mp_number_methods frozenset_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
};

mp_type mp_type_set = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "set",
    .basicsize = sizeof(mp_set),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC | MP_TPFLAGS_MATCH_SELF,
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = mp_obj_hash_not_implemented,
    .richcompare = set_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = set_iter_new,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = set_new_slot,
    .init = set_init,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = set_methods,
    .weaklistoffset = offsetof(mp_set, weakreflist),
};

mp_type mp_type_frozenset = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "frozenset",
    .basicsize = sizeof(mp_set),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_GC | MP_TPFLAGS_MATCH_SELF,
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .getattro = mp_obj_generic_getattr,
    .iter = set_iter_new,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = frozenset_new_slot,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .methods = frozenset_methods,
    .weaklistoffset = offsetof(mp_set, weakreflist),
};

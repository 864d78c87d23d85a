/* The type `type`: readying static types, the method resolution order,
 * attribute lookup along it, and calling a type to make an instance.
 * Classes (heap types made by type.__new__) are in objects/class.c.
 * (CPython's Objects/typeobject.c.) */
#include <limits.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/descr.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/func.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/names.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "minipy/union.h"
#include "minipy/weakref.h"

/* ---- subtype checks and lookup --------------------------------------------------- */

int mp_type_is_subtype(mp_type *a, mp_type *b)
{
    if (a == b)
        return 1;
    mp_obj mro = a->mro;
    if (mro) {
        intptr_t n = MP_TUPLE_LEN(mro);
        for (intptr_t i = 0; i < n; i++)
            if (MP_TUPLE_GET(mro, i) == (mp_obj)b)
                return 1;
        return 0;
    }
    /* Not ready yet: follow the base chain. */
    for (mp_type *t = a->base; t; t = t->base)
        if (t == b)
            return 1;
    return b == &mp_type_object;
}

/* The type attribute cache (CPython's method cache): what a lookup of an
 * interned name along a type's MRO found (or that it found nothing),
 * keyed by the type's version tag and the name.  A type gets a tag, unique
 * among all types, on its first cached lookup; mp_type_modified takes it
 * away from the type and its subclasses (their next lookup takes a fresh
 * one), so the old entries can no longer match.  The dicts a lookup read
 * are watched (dict.h): a change to any of them that did not come through
 * mp_type_modified (a class's dict cleared by the collector, the static
 * types' at exit) retires every tag given so far.  The values are
 * borrowed: they stay in those dicts as long as the entry can match. */
#define TYPE_CACHE_BITS 12
#define TYPE_CACHE_SIZE (1u << TYPE_CACHE_BITS)

static struct type_cache_entry {
    unsigned int tag;
    mp_obj name;
    mp_obj value;
} type_cache[TYPE_CACHE_SIZE];

static unsigned int next_tag = 1;     /* the next tag to give out */
unsigned int mp_type_lowest_tag = 1;  /* tags below it are retired */

void mp_dict_watched_changed(void)
{
    mp_type_lowest_tag = next_tag;
}

unsigned int mp_type_tag(mp_type *t)
{
    if (t->version >= mp_type_lowest_tag)
        return t->version;
    if (next_tag == UINT_MAX)
        return 0; /* tags ran out: no more caching */
    return t->version = next_tag++;
}

static inline struct type_cache_entry *type_cache_slot(unsigned int tag, mp_obj name)
{
    size_t h = (size_t)tag * 2654435761u ^ (size_t)((mp_str *)name)->hash;
    return &type_cache[(h ^ (h >> TYPE_CACHE_BITS)) & (TYPE_CACHE_SIZE - 1)];
}

static mp_obj lookup_uncached(mp_obj mro, mp_obj name, int watch)
{
    intptr_t n = MP_TUPLE_LEN(mro);
    mp_hash_t h = mp_str_hash(name);
    for (intptr_t i = 0; i < n; i++) {
        mp_type *t = (mp_type *)MP_TUPLE_GET(mro, i);
        if (!t->dict)
            continue;
        if (watch)
            mp_dict_watch(t->dict);
        mp_obj v = mp_dict_getitem_hash(t->dict, name, h);
        if (v)
            return v;
    }
    return NULL;
}

mp_obj mp_type_lookup(mp_type *type, mp_obj name)
{
    mp_obj mro = type->mro;
    if (MP_UNLIKELY(!mro)) {
        /* A static type nobody readied at start-up: ready it now. */
        if (!(type->flags & MP_TPFLAGS_READY)) {
            mp_obj saved = mp_err_fetch();
            if (mp_type_ready(type) < 0)
                mp_err_clear();
            mp_err_restore(saved);
        }
        mro = type->mro;
        if (!mro)
            return NULL;
    }
    /* Only interned names: they never die, so an entry's name is never
     * another str at the same address. */
    if (MP_UNLIKELY(!mp_str_check_exact(name) || !((mp_str *)name)->interned))
        return lookup_uncached(mro, name, 0);
    unsigned int tag = type->version;
    if (MP_LIKELY(tag >= mp_type_lowest_tag)) {
        struct type_cache_entry *e = type_cache_slot(tag, name);
        if (e->tag == tag && e->name == name)
            return e->value;
    } else if (!(tag = mp_type_tag(type))) {
        return lookup_uncached(mro, name, 0);
    }
    mp_obj v = lookup_uncached(mro, name, 1);
    /* An error comparing keys (a str subclass key in the dict) is not
     * remembered; nor is a lookup that changed a dict on its way. */
    if (MP_UNLIKELY(!v && mp_err_occurred()) || tag < mp_type_lowest_tag || type->version != tag)
        return v;
    struct type_cache_entry *e = type_cache_slot(tag, name);
    e->tag = tag;
    e->name = name;
    e->value = v;
    return v;
}

/* ---- the MRO: C3 linearisation ---------------------------------------------------- */

/* Whether t appears in the tail (after the head) of any of the lists. */
static int in_tail(mp_obj t, mp_obj *lists, intptr_t *heads, intptr_t nlists)
{
    for (intptr_t i = 0; i < nlists; i++) {
        intptr_t n = MP_LIST_LEN(lists[i]);
        for (intptr_t j = heads[i] + 1; j < n; j++)
            if (MP_LIST_GET(lists[i], j) == t)
                return 1;
    }
    return 0;
}

/* CPython's message names the heads still waiting to be merged (each
 * once, in the order the lists give them), by __name__, and keeps its
 * line break. */
static mp_obj mro_error(mp_obj *lists, intptr_t *heads, intptr_t nlists)
{
    mp_obj names = mp_list_new(0);
    if (!names)
        return NULL;
    for (intptr_t i = 0; i < nlists; i++) {
        if (heads[i] >= MP_LIST_LEN(lists[i]))
            continue;
        mp_obj head = MP_LIST_GET(lists[i], heads[i]);
        int seen = 0;
        for (intptr_t j = 0; j < i && !seen; j++)
            seen = heads[j] < MP_LIST_LEN(lists[j]) && MP_LIST_GET(lists[j], heads[j]) == head;
        if (seen)
            continue;
        mp_obj n = mp_obj_getattr(head, MP_NAME(__name__));
        if (!n || mp_list_append(names, n) < 0) {
            mp_xdecref(n);
            mp_decref(names);
            return NULL;
        }
        mp_decref(n);
    }
    mp_obj sep = mp_str_from_cstr(", ");
    mp_obj joined = sep ? mp_str_join(sep, names) : NULL;
    mp_xdecref(sep);
    mp_decref(names);
    if (!joined)
        return NULL;
    mp_err_format(&mp_type_TypeError,
                  "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                  joined);
    mp_decref(joined);
    return NULL;
}

/* merge(mro(B1), ..., mro(Bn), [B1 ... Bn]) with t first. */
static mp_obj compute_mro(mp_type *t)
{
    mp_obj bases = t->bases;
    intptr_t nbases = MP_TUPLE_LEN(bases);
    if (nbases == 0)
        return mp_tuple_pack(1, (mp_obj)t);
    if (nbases == 1) {
        /* The common case: t then its base's MRO. */
        mp_obj bmro = ((mp_type *)MP_TUPLE_GET(bases, 0))->mro;
        intptr_t n = MP_TUPLE_LEN(bmro);
        mp_obj r = mp_tuple_new(n + 1);
        if (!r)
            return NULL;
        MP_TUPLE_ITEMS(r)[0] = mp_newref((mp_obj)t);
        for (intptr_t i = 0; i < n; i++)
            MP_TUPLE_ITEMS(r)[i + 1] = mp_newref(MP_TUPLE_GET(bmro, i));
        return r;
    }
    /* A base named twice is reported before any merging. */
    for (intptr_t i = 0; i < nbases; i++)
        for (intptr_t j = i + 1; j < nbases; j++)
            if (MP_TUPLE_GET(bases, i) == MP_TUPLE_GET(bases, j)) {
                mp_obj n = mp_obj_getattr(MP_TUPLE_GET(bases, i), MP_NAME(__name__));
                if (n) {
                    mp_err_format(&mp_type_TypeError, "duplicate base class %U", n);
                    mp_decref(n);
                }
                return NULL;
            }
    intptr_t nlists = nbases + 1;
    mp_obj lists[nlists];
    intptr_t heads[nlists];
    mp_obj result = mp_list_new(0);
    if (!result)
        return NULL;
    intptr_t made = 0;
    for (; made < nbases; made++) {
        mp_obj bmro = ((mp_type *)MP_TUPLE_GET(bases, made))->mro;
        lists[made] = mp_sequence_list(bmro);
        heads[made] = 0;
        if (!lists[made])
            goto fail;
    }
    lists[nbases] = mp_sequence_list(bases);
    heads[nbases] = 0;
    if (!lists[nbases])
        goto fail;
    made++;
    if (mp_list_append(result, (mp_obj)t) < 0)
        goto fail;
    for (;;) {
        int remaining = 0;
        mp_obj pick = NULL;
        for (intptr_t i = 0; i < nlists; i++) {
            if (heads[i] >= MP_LIST_LEN(lists[i]))
                continue;
            remaining = 1;
            mp_obj cand = MP_LIST_GET(lists[i], heads[i]);
            if (!in_tail(cand, lists, heads, nlists)) {
                pick = cand;
                break;
            }
        }
        if (!remaining)
            break;
        if (!pick) {
            mro_error(lists, heads, nlists);
            goto fail;
        }
        if (mp_list_append(result, pick) < 0)
            goto fail;
        for (intptr_t i = 0; i < nlists; i++)
            if (heads[i] < MP_LIST_LEN(lists[i]) && MP_LIST_GET(lists[i], heads[i]) == pick)
                heads[i]++;
    }
    for (intptr_t i = 0; i < made; i++)
        mp_decref(lists[i]);
    mp_obj tuple = mp_list_as_tuple(result);
    mp_decref(result);
    return tuple;
fail:
    for (intptr_t i = 0; i < made; i++)
        mp_decref(lists[i]);
    mp_decref(result);
    return NULL;
}

int mp_type_set_mro(mp_type *t)
{
    mp_obj mro = compute_mro(t);
    if (!mro)
        return -1;
    MP_SETREF(t->mro, mro);
    mp_type_modified(t);
    return 0;
}

/* ---- readying a type -------------------------------------------------------------- */

#define SUBCLASS_FLAGS                                                         \
    (MP_TPFLAGS_INT_SUBCLASS | MP_TPFLAGS_LIST_SUBCLASS | MP_TPFLAGS_TUPLE_SUBCLASS | \
     MP_TPFLAGS_BYTES_SUBCLASS | MP_TPFLAGS_STR_SUBCLASS | MP_TPFLAGS_DICT_SUBCLASS |  \
     MP_TPFLAGS_BASE_EXC_SUBCLASS | MP_TPFLAGS_TYPE_SUBCLASS)

#define INHERIT(slot)                                                          \
    do {                                                                       \
        if (!t->slot)                                                          \
            t->slot = b->slot;                                                 \
    } while (0)

/* Takes over from the base whatever slot t leaves empty.  The layout of
 * instances (sizes, where the dict and the weak list are) comes from the
 * solid base alone (`primary`): a secondary base's offsets describe
 * another struct.  (CPython's inherit_special and inherit_slots.) */
static void inherit_slots(mp_type *t, mp_type *b, int primary)
{
    t->flags |= b->flags & SUBCLASS_FLAGS;
    if (primary) {
        if (!t->basicsize)
            t->basicsize = b->basicsize;
        INHERIT(itemsize);
        INHERIT(dictoffset);
        INHERIT(weaklistoffset);
    }
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(getattro);
    INHERIT(setattro);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(init);
    INHERIT(finalize);
    INHERIT(traverse);
    INHERIT(clear);
    INHERIT(as_number);
    INHERIT(as_sequence);
    INHERIT(as_mapping);
    /* __eq__ and __hash__ go together: a type that defines its own
     * comparison does not silently keep its base's hash. */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    /* A base's __new__ is inherited; object's is the default. */
    INHERIT(new_);
    if ((b->flags & MP_TPFLAGS_GC) && !(t->flags & MP_TPFLAGS_HEAPTYPE))
        t->flags |= MP_TPFLAGS_GC;
}

static int add_to_dict(mp_type *t, const char *name, mp_obj value)
{
    if (!value)
        return -1;
    mp_obj key = mp_str_intern(name);
    int r = key ? mp_dict_setitem(t->dict, key, value) : -1;
    mp_decref(value);
    return r;
}

static int fill_dict(mp_type *t)
{
    if (!t->dict && !(t->dict = mp_dict_new()))
        return -1;
    for (const mp_method_def *m = t->methods; m && m->name; m++) {
        mp_obj d;
        if (mp_dict_getitem_str(t->dict, m->name))
            continue;
        if (m->flags & MP_METH_CLASS)
            d = mp_classmethod_descr_new(t, m);
        else if (m->flags & MP_METH_STATIC) {
            mp_obj f = mp_builtin_func_new(m, NULL, NULL);
            d = f ? mp_staticmethod_new(f) : NULL;
            mp_xdecref(f);
        } else
            d = mp_method_descr_new(t, m);
        if (add_to_dict(t, m->name, d) < 0)
            return -1;
    }
    for (const mp_member_def *m = t->members; m && m->name; m++)
        if (!mp_dict_getitem_str(t->dict, m->name) &&
            add_to_dict(t, m->name, mp_member_descr_new(t, m)) < 0)
            return -1;
    for (const mp_getset_def *g = t->getsets; g && g->name; g++)
        if (!mp_dict_getitem_str(t->dict, g->name) &&
            add_to_dict(t, g->name, mp_getset_descr_new(t, g)) < 0)
            return -1;
    if (mp_typeslots_add_wrappers(t) < 0)
        return -1;
    if (!mp_dict_getitem(t->dict, MP_NAME(__doc__))) {
        mp_obj doc = t->doc ? mp_str_from_cstr(t->doc) : mp_newref(mp_none);
        if (add_to_dict(t, "__doc__", doc) < 0)
            return -1;
    }
    /* A type that cannot be hashed says so with __hash__ = None. */
    if (t->hash == mp_obj_hash_not_implemented &&
        !mp_dict_getitem(t->dict, MP_NAME(__hash__)) &&
        mp_dict_setitem(t->dict, MP_NAME(__hash__), mp_none) < 0)
        return -1;
    return 0;
}

int mp_type_ready(mp_type *t)
{
    if (t->flags & MP_TPFLAGS_READY)
        return 0;
    if (!t->ob.ob.type)
        t->ob.ob.type = &mp_type_type;
    if (!t->base && t != &mp_type_object)
        t->base = &mp_type_object;
    if (t->base && mp_type_ready(t->base) < 0)
        return -1;
    if (!t->bases) {
        t->bases = t->base ? mp_tuple_pack(1, (mp_obj)t->base) : mp_tuple_new(0);
        if (!t->bases)
            return -1;
    }
    for (intptr_t i = 0; i < MP_TUPLE_LEN(t->bases); i++)
        if (mp_type_ready((mp_type *)MP_TUPLE_GET(t->bases, i)) < 0)
            return -1;
    if (mp_type_set_mro(t) < 0)
        return -1;
    /* The dict first: slot wrappers are made for the slots the type fills
     * itself, not for the ones it inherits. */
    if (fill_dict(t) < 0)
        return -1;
    /* A static type on object with no __new__ of its own has none: its
     * instances are made in C (iterators, views, descriptors), and
     * object.__new__ would make an empty one (CPython's
     * Py_TPFLAGS_DISALLOW_INSTANTIATION). */
    int no_new = !t->new_ && t->base == &mp_type_object && !(t->flags & MP_TPFLAGS_HEAPTYPE);
    if (t->base)
        inherit_slots(t, t->base, 1);
    if (no_new)
        t->new_ = NULL;
    /* The other bases lend their slots too (after the solid base). */
    for (intptr_t i = 0; i < MP_TUPLE_LEN(t->bases); i++)
        if (MP_TUPLE_GET(t->bases, i) != (mp_obj)t->base)
            inherit_slots(t, (mp_type *)MP_TUPLE_GET(t->bases, i), 0);
    /* Whether instances match sequence or mapping patterns: from the first
     * class of the MRO that says (CPython's inherit_patma_flags). */
    for (intptr_t i = 1; !(t->flags & MP_TPFLAGS_COLLECTION) && i < MP_TUPLE_LEN(t->mro); i++)
        t->flags |= ((mp_type *)MP_TUPLE_GET(t->mro, i))->flags & MP_TPFLAGS_COLLECTION;
    t->flags |= MP_TPFLAGS_READY;
    return 0;
}

/* ---- the type `type` ------------------------------------------------------------------- */

/* The module a type belongs to: __module__ from its dict, or the part of
 * tp_name before the last dot, or "builtins". */
mp_obj mp_type_module_name(mp_type *t)
{
    if (t->flags & MP_TPFLAGS_HEAPTYPE) {
        mp_obj m = t->dict ? mp_dict_getitem(t->dict, MP_NAME(__module__)) : NULL;
        if (m)
            return mp_newref(m);
        if (mp_err_occurred())
            return NULL;
    }
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return mp_str_new(t->name, (size_t)(dot - t->name));
    return mp_newref(mp_str_intern("builtins"));
}

mp_obj mp_type_qualname(mp_type *t)
{
    if ((t->flags & MP_TPFLAGS_HEAPTYPE) && t->ht_qualname)
        return mp_newref(t->ht_qualname);
    const char *dot = strrchr(t->name, '.');
    return mp_str_from_cstr(dot ? dot + 1 : t->name);
}

static mp_obj type_repr(mp_obj self)
{
    mp_type *t = (mp_type *)self;
    mp_obj mod = mp_type_module_name(t);
    if (!mod)
        return NULL;
    mp_obj qual = mp_type_qualname(t);
    if (!qual) {
        mp_decref(mod);
        return NULL;
    }
    mp_obj r;
    if (mp_str_check(mod) && !mp_str_eq_cstr(mod, "builtins"))
        r = mp_str_from_format("<class '%U.%U'>", mod, qual);
    else
        r = mp_str_from_format("<class '%U'>", qual);
    mp_decref(mod);
    mp_decref(qual);
    return r;
}

/* type.__call__: make an instance with __new__, then __init__ it if it is
 * an instance of the type. */
static mp_obj type_call(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    mp_type *t = (mp_type *)self;
    /* type(x) is special: it answers x's type. */
    if (t == &mp_type_type && nargs == 1 && (!kwnames || MP_TUPLE_LEN(kwnames) == 0))
        return mp_newref((mp_obj)mp_type_of(args[0]));
    if (!t->new_)
        return mp_err_format(&mp_type_TypeError, "cannot create '%s' instances", t->name);
    mp_obj obj = t->new_(t, args, nargs, kwnames);
    if (!obj)
        return NULL;
    mp_type *ot = mp_type_of(obj);
    if (!mp_type_is_subtype(ot, t))
        return obj;
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
        mp_decref(obj);
        return NULL;
    }
    return obj;
}

/* type.__getattribute__: the metatype's data descriptors, then the MRO of
 * the type itself (binding with descr_get(NULL, type)), then the metatype's
 * other attributes. */
static mp_obj type_getattro(mp_obj self, mp_obj name)
{
    mp_type *t = (mp_type *)self;
    mp_type *meta = mp_type_of(self);
    mp_obj meta_attr = mp_type_lookup(meta, name);
    mp_descrgetfunc meta_get = NULL;
    if (meta_attr) {
        mp_incref(meta_attr);
        meta_get = mp_type_of(meta_attr)->descr_get;
        if (meta_get && mp_type_of(meta_attr)->descr_set) {
            mp_obj r = meta_get(meta_attr, self, (mp_obj)meta);
            mp_decref(meta_attr);
            return r;
        }
    }
    mp_obj attr = mp_type_lookup(t, name);
    if (attr) {
        mp_xdecref(meta_attr);
        mp_descrgetfunc get = mp_type_of(attr)->descr_get;
        if (get)
            return get(attr, NULL, self);
        return mp_newref(attr);
    }
    if (meta_get) {
        mp_obj r = meta_get(meta_attr, self, (mp_obj)meta);
        mp_decref(meta_attr);
        return r;
    }
    if (meta_attr)
        return meta_attr;
    return mp_err_no_attribute(self, name);
}

/* Makes a class and its subclasses match sequence patterns or mapping
 * patterns (flag), as registering with collections.abc.Sequence or
 * Mapping does (CPython's set_collection_flag_recursive in _abc.c). */
static void set_collection_flag_recursive(mp_type *t, unsigned long flag)
{
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE) || (t->flags & MP_TPFLAGS_COLLECTION) == flag)
        return;
    t->flags = (t->flags & ~(unsigned long)MP_TPFLAGS_COLLECTION) | flag;
    if (!t->subclasses)
        return;
    intptr_t pos = 0;
    mp_obj k, ref;
    while (mp_dict_next(t->subclasses, &pos, &k, &ref)) {
        mp_obj sub = mp_weakref_get(ref);
        if (sub && sub != mp_none)
            set_collection_flag_recursive((mp_type *)sub, flag);
    }
}

/* `cls.__abc_tpflags__ = n` (an int) on a class is how lib/abc.py sets
 * the flags of pattern matching, which CPython's C module _abc sets
 * directly: n holds CPython's Py_TPFLAGS_SEQUENCE (1 << 5) or
 * Py_TPFLAGS_MAPPING (1 << 6); nothing is stored. */
static int set_abc_tpflags(mp_type *t, mp_obj value)
{
    intptr_t n;
    if (mp_int_as_ssize(value, &n) < 0)
        return -1;
    if (n & (1 << 5))
        set_collection_flag_recursive(t, MP_TPFLAGS_SEQUENCE);
    else if (n & (1 << 6))
        set_collection_flag_recursive(t, MP_TPFLAGS_MAPPING);
    return 0;
}

static int type_setattro(mp_obj self, mp_obj name, mp_obj value)
{
    mp_type *t = (mp_type *)self;
    if (value && mp_int_check(value) && (t->flags & MP_TPFLAGS_HEAPTYPE) &&
        mp_str_check_exact(name) &&
        strcmp(mp_str_utf8(name), "__abc_tpflags__") == 0)
        return set_abc_tpflags(t, value);
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE)) {
        mp_err_format(&mp_type_TypeError,
                      "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    /* Data descriptors on the metatype (e.g. __name__) first. */
    mp_obj meta_attr = mp_type_lookup(mp_type_of(self), name);
    if (meta_attr && mp_type_of(meta_attr)->descr_set)
        return mp_type_of(meta_attr)->descr_set(meta_attr, self, value);
    /* The attribute cache forgets t and its subclasses only, rather than
     * every type as a change to a watched dict makes it (a class counter
     * updated in a loop would empty it each time).  Before the change too:
     * the old value's __del__ may look the name up. */
    mp_type_modified(t);
    int watched = mp_dict_set_watched(t->dict, 0);
    int r;
    if (value) {
        r = mp_dict_setitem(t->dict, name, value);
    } else {
        r = mp_dict_pop(t->dict, name, NULL);
        if (r == 0) {
            mp_err_format(&mp_type_AttributeError, "type object '%s' has no attribute '%U'",
                          t->name, name);
            r = -1;
        }
        if (r > 0)
            r = 0;
    }
    mp_dict_set_watched(t->dict, watched);
    if (r == 0) {
        mp_type_modified(t);
        r = mp_typeslots_update(t, name);
    }
    return r;
}

void mp_type_modified(mp_type *t)
{
    /* Untagged: the type's entries in the cache no longer match. */
    t->version = 0;
    /* Subclasses see the change through their MRO: bump them too. */
    if (!t->subclasses)
        return;
    intptr_t pos = 0;
    mp_obj k, ref;
    while (mp_dict_next(t->subclasses, &pos, &k, &ref)) {
        mp_obj sub = mp_weakref_get(ref);
        if (sub && sub != mp_none)
            mp_type_modified((mp_type *)sub);
    }
}

static mp_obj type_get_name(mp_obj self, void *c)
{
    mp_type *t = (mp_type *)self;
    if ((t->flags & MP_TPFLAGS_HEAPTYPE) && t->ht_name)
        return mp_newref(t->ht_name);
    const char *dot = strrchr(t->name, '.');
    return mp_str_from_cstr(dot ? dot + 1 : t->name);
}

static mp_obj type_get_qualname(mp_obj self, void *c)
{
    return mp_type_qualname((mp_type *)self);
}

static mp_obj type_get_module(mp_obj self, void *c)
{
    return mp_type_module_name((mp_type *)self);
}

static mp_obj type_get_mro(mp_obj self, void *c)
{
    mp_type *t = (mp_type *)self;
    return mp_newref(t->mro ? t->mro : mp_none);
}

static mp_obj type_get_bases(mp_obj self, void *c)
{
    return mp_newref(((mp_type *)self)->bases);
}

static mp_obj type_get_base(mp_obj self, void *c)
{
    mp_type *b = ((mp_type *)self)->base;
    return mp_newref(b ? (mp_obj)b : mp_none);
}

static mp_obj type_get_dict(mp_obj self, void *c)
{
    return mp_mappingproxy_new(((mp_type *)self)->dict);
}

static mp_obj type_get_doc(mp_obj self, void *c)
{
    mp_type *t = (mp_type *)self;
    /* A static type's doc is its own even when its dict's __doc__ is a
     * descriptor for its instances' docs (property, functions). */
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE) && t->doc)
        return mp_str_from_cstr(t->doc);
    mp_obj d = mp_dict_getitem(t->dict, MP_NAME(__doc__));
    if (!d)
        return mp_err_occurred() ? NULL : mp_newref(mp_none);
    mp_descrgetfunc get = mp_type_of(d)->descr_get;
    return get ? get(d, NULL, self) : mp_newref(d);
}

static int check_heap_set(mp_type *t, mp_obj value, const char *what);

static int type_set_doc(mp_obj self, mp_obj value, void *c)
{
    mp_type *t = (mp_type *)self;
    if (check_heap_set(t, value, "__doc__") < 0)
        return -1;
    mp_type_modified(t);
    return mp_dict_setitem(t->dict, MP_NAME(__doc__), value);
}

static mp_obj type_mro_method(mp_obj self)
{
    mp_obj mro = compute_mro((mp_type *)self);
    if (!mro)
        return NULL;
    mp_obj l = mp_sequence_list(mro);
    mp_decref(mro);
    return l;
}

static mp_obj type_subclasses(mp_obj self)
{
    mp_type *t = (mp_type *)self;
    mp_obj l = mp_list_new(0);
    if (!l || !t->subclasses)
        return l;
    intptr_t pos = 0;
    mp_obj k, ref;
    while (mp_dict_next(t->subclasses, &pos, &k, &ref)) {
        mp_obj sub = mp_weakref_get(ref);
        if (sub && sub != mp_none && mp_list_append(l, sub) < 0) {
            mp_decref(l);
            return NULL;
        }
    }
    return l;
}

static mp_obj type_instancecheck(mp_obj self, mp_obj inst)
{
    return mp_bool(mp_obj_type_check(inst, (mp_type *)self));
}

static mp_obj type_subclasscheck(mp_obj self, mp_obj sub)
{
    if (!(mp_type_of(sub)->flags & MP_TPFLAGS_TYPE_SUBCLASS))
        return mp_err_format(&mp_type_TypeError, "issubclass() arg 1 must be a class");
    return mp_bool(mp_type_is_subtype((mp_type *)sub, (mp_type *)self));
}

static mp_obj type_prepare(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    return mp_dict_new();
}

static mp_obj type_dir(mp_obj self)
{
    return mp_type_dir((mp_type *)self);
}

static mp_obj type_sizeof(mp_obj self)
{
    return mp_int_from_ssize(sizeof(mp_type));
}

static const mp_method_def type_methods[] = {
    {"mro", (void (*)(void))type_mro_method, MP_METH_NOARGS,
     "Return a type's method resolution order."},
    {"__subclasses__", (void (*)(void))type_subclasses, MP_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", (void (*)(void))type_instancecheck, MP_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", (void (*)(void))type_subclasscheck, MP_METH_O,
     "Check if a class is a subclass."},
    {"__prepare__", (void (*)(void))type_prepare, MP_METH_FASTCALL | MP_METH_KEYWORDS | MP_METH_CLASS,
     "Create the namespace for the class statement"},
    {"__dir__", (void (*)(void))type_dir, MP_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", (void (*)(void))type_sizeof, MP_METH_NOARGS, "Return memory consumption of the type object."},
    {NULL},
};

static int type_set_name(mp_obj self, mp_obj value, void *c);
static int type_set_qualname(mp_obj self, mp_obj value, void *c);
static int type_set_module(mp_obj self, mp_obj value, void *c);

/* __flags__ in CPython's numbering (Include/object.h), so that Python code
 * testing bits (copyreg, inspect) reads what it expects. */
static mp_obj type_get_flags(mp_obj self, void *c)
{
    static const struct { unsigned long mine, cpython; } map[] = {
        {MP_TPFLAGS_HEAPTYPE, 1ul << 9}, {MP_TPFLAGS_BASETYPE, 1ul << 10},
        {MP_TPFLAGS_READY, 1ul << 12}, {MP_TPFLAGS_GC, 1ul << 14},
        {MP_TPFLAGS_METHOD_DESCRIPTOR, 1ul << 17}, {MP_TPFLAGS_IS_ABSTRACT, 1ul << 20},
        {MP_TPFLAGS_SEQUENCE, 1ul << 5}, {MP_TPFLAGS_MAPPING, 1ul << 6},
        {MP_TPFLAGS_MATCH_SELF, 1ul << 22},
        {MP_TPFLAGS_INT_SUBCLASS, 1ul << 24}, {MP_TPFLAGS_LIST_SUBCLASS, 1ul << 25},
        {MP_TPFLAGS_TUPLE_SUBCLASS, 1ul << 26}, {MP_TPFLAGS_BYTES_SUBCLASS, 1ul << 27},
        {MP_TPFLAGS_STR_SUBCLASS, 1ul << 28}, {MP_TPFLAGS_DICT_SUBCLASS, 1ul << 29},
        {MP_TPFLAGS_BASE_EXC_SUBCLASS, 1ul << 30}, {MP_TPFLAGS_TYPE_SUBCLASS, 1ul << 31},
    };
    mp_type *t = (mp_type *)self;
    /* Static types are immutable (Py_TPFLAGS_IMMUTABLETYPE). */
    unsigned long f = (t->flags & MP_TPFLAGS_HEAPTYPE) ? 0 : 1ul << 8;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (t->flags & map[i].mine)
            f |= map[i].cpython;
    return mp_int_from_ssize((intptr_t)f);
}

/* __abstractmethods__ lives in the type's dict (set by abc.ABCMeta); setting
 * it marks the type abstract, so that object.__new__ refuses instances. */
static mp_obj type_get_abstractmethods(mp_obj self, void *c)
{
    mp_type *t = (mp_type *)self;
    /* type's own dict holds this descriptor: that is not an answer. */
    mp_obj v = t != &mp_type_type ? mp_dict_getitem(t->dict, MP_NAME(__abstractmethods__)) : NULL;
    if (!v) {
        if (!mp_err_occurred())
            mp_err_set_object(&mp_type_AttributeError, MP_NAME(__abstractmethods__));
        return NULL;
    }
    return mp_newref(v);
}

static int type_set_abstractmethods(mp_obj self, mp_obj value, void *c)
{
    mp_type *t = (mp_type *)self;
    int abstract = 0, r;
    if (value) {
        abstract = mp_obj_is_true(value);
        if (abstract < 0)
            return -1;
        r = mp_dict_setitem(t->dict, MP_NAME(__abstractmethods__), value);
    } else {
        r = mp_dict_pop(t->dict, MP_NAME(__abstractmethods__), NULL);
        if (r == 0) {
            mp_err_set_object(&mp_type_AttributeError, MP_NAME(__abstractmethods__));
            return -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r == 0) {
        mp_type_modified(t);
        if (abstract)
            t->flags |= MP_TPFLAGS_IS_ABSTRACT;
        else
            t->flags &= ~(unsigned long)MP_TPFLAGS_IS_ABSTRACT;
    }
    return r;
}

/* A class's __annotations__ from its dict, made empty on first use; static
 * types have none. */
static mp_obj type_get_annotations(mp_obj self, void *c)
{
    mp_type *t = (mp_type *)self;
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE))
        return mp_err_format(&mp_type_AttributeError,
                             "type object '%s' has no attribute '__annotations__'", t->name);
    mp_obj name = MP_NAME(__annotations__);
    mp_obj a = mp_dict_getitem(t->dict, name);
    if (a) {
        mp_descrgetfunc get = mp_type_of(a)->descr_get;
        return get ? get(a, NULL, self) : mp_newref(a);
    }
    if (mp_err_occurred())
        return NULL;
    a = mp_dict_new();
    if (!a || mp_dict_setitem(t->dict, name, a) < 0) {
        mp_xdecref(a);
        return NULL;
    }
    mp_type_modified(t);
    return a;
}

static int type_set_annotations(mp_obj self, mp_obj value, void *c)
{
    mp_type *t = (mp_type *)self;
    mp_obj name = MP_NAME(__annotations__);
    int r;
    if (value) {
        r = mp_dict_setitem(t->dict, name, value);
    } else {
        r = mp_dict_pop(t->dict, name, NULL);
        if (r == 0) {
            mp_err_set_object(&mp_type_AttributeError, name);
            return -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r == 0)
        mp_type_modified(t);
    return r;
}

/* No built-in type here carries a signature in its doc. */
static mp_obj type_get_text_signature(mp_obj self, void *c)
{
    MP_RETURN_NONE;
}

static const mp_getset_def type_getsets[] = {
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {NULL},
};

static mp_member_def type_members[] = {
    {"__basicsize__", MP_MEMBER_SSIZE, offsetof(mp_type, basicsize), 1, NULL},
    {"__itemsize__", MP_MEMBER_SSIZE, offsetof(mp_type, itemsize), 1, NULL},
    {"__dictoffset__", MP_MEMBER_SSIZE, offsetof(mp_type, dictoffset), 1, NULL},
    {"__weakrefoffset__", MP_MEMBER_SSIZE, offsetof(mp_type, weaklistoffset), 1, NULL},
    {NULL},
};

static int check_heap_set(mp_type *t, mp_obj value, const char *what)
{
    if (!(t->flags & MP_TPFLAGS_HEAPTYPE)) {
        mp_err_format(&mp_type_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                      what, t->name);
        return -1;
    }
    if (!value) {
        mp_err_format(&mp_type_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                      what, t->name);
        return -1;
    }
    return 0;
}

static int type_set_name(mp_obj self, mp_obj value, void *c)
{
    mp_type *t = (mp_type *)self;
    if (check_heap_set(t, value, "__name__") < 0)
        return -1;
    if (!mp_str_check(value)) {
        mp_err_format(&mp_type_TypeError, "can only assign string to %s.__name__, not '%s'",
                      t->name, mp_type_of(value)->name);
        return -1;
    }
    MP_SETREF(t->ht_name, mp_newref(value));
    t->name = mp_str_utf8(value);
    return 0;
}

static int type_set_qualname(mp_obj self, mp_obj value, void *c)
{
    mp_type *t = (mp_type *)self;
    if (check_heap_set(t, value, "__qualname__") < 0)
        return -1;
    if (!mp_str_check(value)) {
        mp_err_format(&mp_type_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      t->name, mp_type_of(value)->name);
        return -1;
    }
    MP_SETREF(t->ht_qualname, mp_newref(value));
    return 0;
}

static int type_set_module(mp_obj self, mp_obj value, void *c)
{
    mp_type *t = (mp_type *)self;
    if (check_heap_set(t, value, "__module__") < 0)
        return -1;
    mp_type_modified(t);
    return mp_dict_setitem(t->dict, MP_NAME(__module__), value);
}

static mp_obj type_new_entry(mp_type *meta, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    size_t nkw = kwnames ? (size_t)MP_TUPLE_LEN(kwnames) : 0;
    if (meta == &mp_type_type && nargs == 1 && nkw == 0)
        return mp_newref((mp_obj)mp_type_of(args[0]));
    if (nargs != 1 && nargs != 3)
        return mp_err_set_str(&mp_type_TypeError, "type() takes 1 or 3 arguments");
    if (nargs == 1)
        return mp_err_set_str(&mp_type_TypeError, "type.__new__() takes exactly 3 arguments (1 given)");
    return mp_class_new(meta, args[0], args[1], args[2], args + nargs, kwnames);
}

static int type_init(mp_obj self, mp_obj const *args, size_t nargs, mp_obj kwnames)
{
    if (nargs != 1 && nargs != 3) {
        mp_err_set_str(&mp_type_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static mp_obj type_or(mp_obj a, mp_obj b)
{
    return mp_union_new(a, b);
}

static const mp_number_methods type_as_number = {.or_ = type_or};

static void type_dealloc(mp_obj self)
{
    mp_class_dealloc(self);
}

mp_type mp_type_type = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "type",
    .basicsize = sizeof(mp_type),
    .flags = MP_TPFLAGS_BASETYPE | MP_TPFLAGS_TYPE_SUBCLASS | MP_TPFLAGS_GC,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = mp_obj_identity_hash,
    .call = type_call,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .new_ = type_new_entry,
    .init = type_init,
    .traverse = mp_class_traverse,
    .clear = mp_class_clear,
    .as_number = &type_as_number,
    .weaklistoffset = offsetof(mp_type, weaklist),
    .methods = type_methods,
    .members = type_members,
    .getsets = type_getsets,
    .base = &mp_type_object,
};

/* ---- subclasses and dir ------------------------------------------------------------------ */

void mp_type_register_subclass(mp_type *t)
{
    mp_obj key = mp_int_from_ssize((intptr_t)t);
    if (!key) {
        mp_err_clear();
        return;
    }
    for (intptr_t i = 0; i < MP_TUPLE_LEN(t->bases); i++) {
        mp_type *b = (mp_type *)MP_TUPLE_GET(t->bases, i);
        if (!b->subclasses && !(b->subclasses = mp_dict_new()))
            break;
        mp_obj ref = mp_weakref_new(&mp_type_weakref, (mp_obj)t, NULL);
        if (!ref || mp_dict_setitem(b->subclasses, key, ref) < 0) {
            mp_xdecref(ref);
            break;
        }
        mp_decref(ref);
    }
    mp_decref(key);
    mp_err_clear();
}

void mp_type_unregister_subclass(mp_type *t)
{
    if (!t->bases)
        return;
    mp_obj saved = mp_err_fetch();
    mp_obj key = mp_int_from_ssize((intptr_t)t);
    if (key) {
        for (intptr_t i = 0; i < MP_TUPLE_LEN(t->bases); i++) {
            mp_type *b = (mp_type *)MP_TUPLE_GET(t->bases, i);
            if (b->subclasses && mp_dict_pop(b->subclasses, key, NULL) < 0)
                mp_err_clear();
        }
        mp_decref(key);
    }
    mp_err_clear();
    mp_err_restore(saved);
}

/* Adds the names in cls.__dict__ and in its bases', recursively. */
static int merge_class_dict(mp_obj dict, mp_obj cls)
{
    mp_obj cdict;
    int found = mp_obj_lookup_attr(cls, MP_NAME(__dict__), &cdict);
    if (found < 0)
        return -1;
    if (found) {
        int r = mp_dict_merge(dict, cdict, 1);
        mp_decref(cdict);
        if (r < 0)
            return -1;
    }
    mp_obj bases;
    found = mp_obj_lookup_attr(cls, MP_NAME(__bases__), &bases);
    if (found < 0)
        return -1;
    if (!found)
        return 0;
    int r = 0;
    if (mp_tuple_check(bases))
        for (intptr_t i = 0; i < MP_TUPLE_LEN(bases) && r == 0; i++)
            r = merge_class_dict(dict, MP_TUPLE_GET(bases, i));
    mp_decref(bases);
    return r;
}

mp_obj mp_type_dir(mp_type *t)
{
    mp_obj d = mp_dict_new();
    if (!d)
        return NULL;
    if (merge_class_dict(d, (mp_obj)t) < 0) {
        mp_decref(d);
        return NULL;
    }
    mp_obj keys = mp_dict_keys(d);
    mp_decref(d);
    return keys;
}

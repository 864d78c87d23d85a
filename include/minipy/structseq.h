/* Struct sequences (objects/structseq.c): tuples whose items also have
 * names, as CPython's PyStructSequence: sys.flags, sys.float_info,
 * sys.version_info, time.struct_time.  The first n_sequence fields are
 * the tuple's items (len, indexing, comparison and hashing see only
 * them); the rest are reachable by name only (struct_time's tm_zone and
 * tm_gmtoff).
 *
 * A struct sequence type is a static mp_structseq_type: the mp_type
 * first, so that (mp_structseq_type *)mp_type_of(o) finds the counts.
 * Write one with MP_STRUCTSEQ_TYPE and a fields table made of
 * MP_STRUCTSEQ_FIELD entries, list &x.type among the start-up types, and
 * call mp_structseq_ready(&x) before first use (it adds n_fields and the
 * like to the type's dict). */
#ifndef MINIPY_STRUCTSEQ_H
#define MINIPY_STRUCTSEQ_H

#include <stddef.h>

#include "minipy/object.h"
#include "minipy/tuple.h"

typedef struct mp_structseq_type {
    mp_type type;
    int n_sequence;   /* the visible items */
    int n_fields;     /* all of them, named: members[0..n_fields) */
} mp_structseq_type;

/* Field i of a struct sequence: a read-only member over items[i]. */
#define MP_STRUCTSEQ_FIELD(i, fname, fdoc)                                              \
    {fname, MP_MEMBER_OBJ, offsetof(mp_tuple, items) + (size_t)(i) * sizeof(mp_obj), 1, fdoc}

/* The slots every struct sequence type shares (objects/structseq.c). */
void mp_structseq_dealloc(mp_obj self);
int mp_structseq_traverse(mp_obj self, mp_visitproc visit, void *arg);
mp_obj mp_structseq_repr(mp_obj self);
/* tp_new of types Python may construct (time.struct_time(seq, dict)). */
mp_obj mp_structseq_new_from_args(mp_type *type, mp_obj const *args, size_t nargs,
                                  mp_obj kwnames);
/* tp_new of types Python may not construct (sys.flags): TypeError. */
mp_obj mp_structseq_no_new(mp_type *type, mp_obj const *args, size_t nargs, mp_obj kwnames);
extern const mp_method_def mp_structseq_methods[];

/* A static struct sequence type: qualified name, docstring, fields table,
 * the counts, and its tp_new (mp_structseq_no_new or
 * mp_structseq_new_from_args). */
#define MP_STRUCTSEQ_TYPE(tname, tdoc, fields, nseq, nfields, newfn)                     \
    {                                                                                    \
        .type = {                                                                        \
            .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},                              \
            .name = tname,                                                               \
            .basicsize = sizeof(mp_tuple),                                               \
            .itemsize = sizeof(mp_obj),                                                  \
            .flags = MP_TPFLAGS_TUPLE_SUBCLASS | MP_TPFLAGS_GC,                          \
            .doc = tdoc,                                                                 \
            .dealloc = mp_structseq_dealloc,                                             \
            .repr = mp_structseq_repr,                                                   \
            .traverse = mp_structseq_traverse,                                           \
            .new_ = newfn,                                                               \
            .members = fields,                                                           \
            .methods = mp_structseq_methods,                                             \
            .base = &mp_type_tuple,                                                      \
        },                                                                               \
        .n_sequence = nseq, .n_fields = nfields,                                         \
    }

/* Adds n_sequence_fields, n_fields, n_unnamed_fields and __match_args__
 * to the (ready) type's dict, once.  0 or -1. */
int mp_structseq_ready(mp_structseq_type *t);

/* A new instance with every item NULL: the caller fills all n_fields
 * items (stealing into MP_TUPLE_ITEMS) before anything else sees it. */
mp_obj mp_structseq_new(mp_structseq_type *t);

/* Fills a new instance from values[0..n_fields) (not stolen; NULL
 * entries become None). */
mp_obj mp_structseq_pack(mp_structseq_type *t, mp_obj const *values);

/* The struct sequence types of minipy's modules (modules/sys_more.c,
 * modules/time.c), for the start-up list. */
extern mp_structseq_type mp_type_sys_flags, mp_type_sys_float_info, mp_type_sys_int_info,
    mp_type_sys_hash_info, mp_type_sys_thread_info, mp_type_sys_version_info,
    mp_type_struct_time;

#endif

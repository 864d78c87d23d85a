/* Values and objects.
 *
 * A value (mp_obj) is one machine word.  If its low bit is 1 it is a small
 * integer held in the word itself (an immediate: no allocation, no
 * reference count); otherwise it points to a heap object that starts with
 * an mp_object header: a reference count and a type.
 *
 * Reference ownership: a function returning mp_obj returns a new reference
 * unless its comment says "borrowed".  Arguments are borrowed unless the
 * comment says the function "steals" one.  NULL as a result means an
 * exception is set on the current thread state (see state.h), except where
 * a comment says otherwise.
 *
 * Immortal objects (None, True, False, NotImplemented, Ellipsis, static
 * types, interned names) have a reference count so large that it never
 * reaches zero; counting them is harmless, and the tracer leaves them out.
 */
#ifndef MINIPY_OBJECT_H
#define MINIPY_OBJECT_H

#include <stddef.h>
#include <stdint.h>

typedef struct mp_object mp_object;
typedef struct mp_type mp_type;
typedef mp_object *mp_obj;
typedef intptr_t mp_hash_t; /* -1 means "error" as in CPython */

struct mp_object {
    intptr_t refcnt;
    mp_type *type;
};

/* Objects with a variable number of items (tuple, int, str, bytes). */
typedef struct mp_varobject {
    mp_object ob;
    intptr_t size;
} mp_varobject;

#define MP_LIKELY(x) __builtin_expect(!!(x), 1)
#define MP_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- immediates: small integers --------------------------------------
 * The value v is stored as (v << 1) | 1.  The range is kept to 62 bits so
 * that the sum or difference of two small ints never overflows intptr_t;
 * beyond it ints are heap objects backed by GMP (objects/int.c). */
#define MP_SMALL_MAX (((intptr_t)1 << 61) - 1)
#define MP_SMALL_MIN (-((intptr_t)1 << 61))

static inline int mp_is_small(mp_obj o) { return ((uintptr_t)o & 1) != 0; }
static inline intptr_t mp_small_value(mp_obj o) { return (intptr_t)o >> 1; }
static inline mp_obj mp_small(intptr_t v) { return (mp_obj)(((uintptr_t)v << 1) | 1); }
static inline int mp_fits_small(intptr_t v) { return v >= MP_SMALL_MIN && v <= MP_SMALL_MAX; }

/* ---- reference counting ------------------------------------------------ */

#define MP_IMMORTAL_REFCNT ((intptr_t)1 << 60)

/* Nonzero while the tracer wants to hear of every count change. */
extern int mp_trace_refcounts;
void mp_trace_refcount_change(mp_obj o, int delta);

/* The test of a tracing flag (mp_trace_refcounts, mp_tracing_active,
 * mp_tracemalloc_tracing) on a hot path.  A build with -DMP_NO_TRACE has
 * no tracers (--trace, sys.settrace and tracemalloc refuse to start): the
 * test is the constant 0 and compiles away, which makes that build the
 * baseline `make bench-trace` measures the cost of tracing against. */
#ifdef MP_NO_TRACE
#define MP_TRACING(flag) 0
#else
#define MP_TRACING(flag) MP_UNLIKELY(flag)
#endif

/* The test of mp_trace_refcounts in every count change: only in the build
 * that --trace runs in (minipy-trace, -DMP_TRACE_REFCOUNTS; main.c execs
 * it), so that plain minipy pays nothing for it.  Allocations and frees
 * test the flag in every build (object.c): they are not hot. */
#ifdef MP_TRACE_REFCOUNTS
#define MP_TRACING_REFCOUNTS() MP_TRACING(mp_trace_refcounts)
#else
#define MP_TRACING_REFCOUNTS() 0
#endif

/* Frees o; called when its count reaches zero (object.c). */
void mp_dealloc(mp_obj o);

/* Always inlined: with the test of the tracing flag (minipy-trace), GCC
 * judged mp_decref too big to inline everywhere in the eval loop and
 * called an outlined copy of it instead (25 million calls in bench float). */
static inline __attribute__((always_inline)) void mp_incref(mp_obj o)
{
    if (!mp_is_small(o)) {
        o->refcnt++;
        if (MP_TRACING_REFCOUNTS())
            mp_trace_refcount_change(o, 1);
    }
}

static inline __attribute__((always_inline)) void mp_decref(mp_obj o)
{
    if (!mp_is_small(o)) {
        if (MP_TRACING_REFCOUNTS())
            mp_trace_refcount_change(o, -1);
        if (--o->refcnt == 0)
            mp_dealloc(o);
    }
}

static inline void mp_xincref(mp_obj o) { if (o) mp_incref(o); }
static inline void mp_xdecref(mp_obj o) { if (o) mp_decref(o); }

/* Returns o with its count raised: `return mp_newref(x);` */
static inline mp_obj mp_newref(mp_obj o) { mp_incref(o); return o; }

/* Drops the reference in *p and sets *p to NULL (safe against re-entry:
 * the slot is cleared before a __del__ can run). */
#define MP_CLEAR(p)                                                            \
    do {                                                                       \
        mp_obj tmp_ = (mp_obj)(p);                                             \
        if (tmp_) {                                                            \
            (p) = NULL;                                                        \
            mp_decref(tmp_);                                                   \
        }                                                                      \
    } while (0)

/* Replaces the reference in *p by v (a new reference), dropping the old. */
#define MP_SETREF(p, v)                                                        \
    do {                                                                       \
        mp_obj old_ = (mp_obj)(p);                                             \
        (p) = (v);                                                             \
        mp_xdecref(old_);                                                      \
    } while (0)

/* ---- the type of a value ---------------------------------------------- */

extern mp_type mp_type_int, mp_type_type, mp_type_object;

static inline mp_type *mp_type_of(mp_obj o)
{
    return mp_is_small(o) ? &mp_type_int : o->type;
}

/* Whether type a is b or a subclass of b (an MRO walk; never fails). */
int mp_type_is_subtype(mp_type *a, mp_type *b);

/* ---- slot signatures ---------------------------------------------------
 * Calls use one convention everywhere (CPython's "vectorcall"): the
 * positional arguments, then the keyword arguments' values, in one array;
 * nargs counts the positional ones; kwnames is NULL or a tuple of the
 * keyword names, one per value after the positional ones. */
typedef mp_obj (*mp_unaryfunc)(mp_obj);
typedef mp_obj (*mp_binaryfunc)(mp_obj, mp_obj);
typedef mp_obj (*mp_ternaryfunc)(mp_obj, mp_obj, mp_obj);
typedef mp_obj (*mp_callfunc)(mp_obj callable, mp_obj const *args, size_t nargs,
                              mp_obj kwnames);
typedef mp_obj (*mp_newfunc)(mp_type *type, mp_obj const *args, size_t nargs,
                             mp_obj kwnames);
typedef int (*mp_initfunc)(mp_obj self, mp_obj const *args, size_t nargs,
                           mp_obj kwnames);
typedef void (*mp_destructor)(mp_obj);
typedef mp_obj (*mp_reprfunc)(mp_obj);
typedef mp_hash_t (*mp_hashfunc)(mp_obj);
typedef mp_obj (*mp_richcmpfunc)(mp_obj, mp_obj, int op);
typedef mp_obj (*mp_getattrfunc)(mp_obj, mp_obj name);
typedef int (*mp_setattrfunc)(mp_obj, mp_obj name, mp_obj value /* NULL: delete */);
typedef mp_obj (*mp_descrgetfunc)(mp_obj descr, mp_obj obj /* NULL for class */, mp_obj type);
typedef int (*mp_descrsetfunc)(mp_obj descr, mp_obj obj, mp_obj value /* NULL: delete */);
typedef int (*mp_inquiry)(mp_obj);
typedef intptr_t (*mp_lenfunc)(mp_obj);
typedef mp_obj (*mp_ssizeargfunc)(mp_obj, intptr_t);
typedef int (*mp_objobjproc)(mp_obj, mp_obj);
typedef int (*mp_objobjargproc)(mp_obj, mp_obj, mp_obj /* NULL: delete */);
typedef int (*mp_visitproc)(mp_obj, void *);
typedef int (*mp_traverseproc)(mp_obj, mp_visitproc, void *);

/* Rich comparison operators, numbered as CPython's (COMPARE_OP's arg). */
enum { MP_LT = 0, MP_LE = 1, MP_EQ = 2, MP_NE = 3, MP_GT = 4, MP_GE = 5 };

/* Number protocol; binary slots are called with the operands in source
 * order and return NotImplemented (a new reference to it) when they do not
 * handle the pair, as CPython's nb_ slots do. */
typedef struct mp_number_methods {
    mp_binaryfunc add, subtract, multiply, remainder, divmod;
    mp_ternaryfunc power;
    mp_unaryfunc negative, positive, absolute;
    mp_inquiry bool_;
    mp_unaryfunc invert;
    mp_binaryfunc lshift, rshift, and_, xor_, or_;
    mp_unaryfunc int_, float_;
    mp_binaryfunc inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
    mp_ternaryfunc inplace_power;
    mp_binaryfunc inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
    mp_binaryfunc floor_divide, true_divide, inplace_floor_divide, inplace_true_divide;
    mp_unaryfunc index;
    mp_binaryfunc matrix_multiply, inplace_matrix_multiply;
} mp_number_methods;

typedef struct mp_sequence_methods {
    mp_lenfunc length;
    mp_binaryfunc concat;
    mp_ssizeargfunc repeat;
    mp_ssizeargfunc item;
    int (*ass_item)(mp_obj, intptr_t, mp_obj /* NULL: delete */);
    mp_objobjproc contains; /* 1, 0, or -1 with an exception */
    mp_binaryfunc inplace_concat;
    mp_ssizeargfunc inplace_repeat;
} mp_sequence_methods;

typedef struct mp_mapping_methods {
    mp_lenfunc length;
    mp_binaryfunc subscript;
    mp_objobjargproc ass_subscript;
} mp_mapping_methods;

/* Methods of built-in types, as tables (CPython's PyMethodDef). */
enum {
    MP_METH_NOARGS = 1,   /* mp_obj f(mp_obj self) */
    MP_METH_O = 2,        /* mp_obj f(mp_obj self, mp_obj arg) */
    MP_METH_FASTCALL = 4, /* mp_obj f(mp_obj self, mp_obj const *args, size_t nargs) */
    MP_METH_KEYWORDS = 8, /* with FASTCALL: f(self, args, nargs, kwnames) */
    MP_METH_CLASS = 16,   /* a classmethod: self is the type */
    MP_METH_STATIC = 32   /* a staticmethod: self is NULL */
};

typedef struct mp_method_def {
    const char *name;
    void (*func)(void); /* cast to the signature its flags name */
    int flags;
    const char *doc;
} mp_method_def;

/* Computed attributes of built-in types (CPython's PyGetSetDef). */
typedef struct mp_getset_def {
    const char *name;
    mp_obj (*get)(mp_obj self, void *closure);
    int (*set)(mp_obj self, mp_obj value /* NULL: delete */, void *closure);
    const char *doc;
    void *closure;
} mp_getset_def;

/* Fields of C structs exposed as attributes (CPython's PyMemberDef). */
enum { MP_MEMBER_OBJ, MP_MEMBER_OBJ_EX /* AttributeError when NULL */, MP_MEMBER_INT,
       MP_MEMBER_SSIZE, MP_MEMBER_BOOL };
typedef struct mp_member_def {
    const char *name;
    int kind;
    size_t offset;
    int readonly;
    const char *doc;
} mp_member_def;

/* Type flags. */
enum {
    MP_TPFLAGS_HEAPTYPE = 1 << 0,        /* created by a class statement or type() */
    MP_TPFLAGS_BASETYPE = 1 << 1,        /* may be subclassed */
    MP_TPFLAGS_GC = 1 << 2,              /* instances carry an mp_gc_head (gc.h) */
    MP_TPFLAGS_READY = 1 << 3,           /* mp_type_ready has run */
    MP_TPFLAGS_IS_ABSTRACT = 1 << 4,     /* has abstract methods (abc) */
    MP_TPFLAGS_METHOD_DESCRIPTOR = 1 << 5, /* binds like a function (LOAD_METHOD) */
    /* for the match statement: instances match sequence patterns ([a, b]),
     * mapping patterns ({k: v}), or a class pattern's one positional
     * sub-pattern as a whole (int(x) binds the int itself) */
    MP_TPFLAGS_SEQUENCE = 1 << 6,
    MP_TPFLAGS_MAPPING = 1 << 7,
    MP_TPFLAGS_MATCH_SELF = 1 << 8,
    /* fast subclass checks, set on the type and inherited */
    MP_TPFLAGS_INT_SUBCLASS = 1 << 10,
    MP_TPFLAGS_LIST_SUBCLASS = 1 << 11,
    MP_TPFLAGS_TUPLE_SUBCLASS = 1 << 12,
    MP_TPFLAGS_BYTES_SUBCLASS = 1 << 13,
    MP_TPFLAGS_STR_SUBCLASS = 1 << 14,
    MP_TPFLAGS_DICT_SUBCLASS = 1 << 15,
    MP_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 16,
    MP_TPFLAGS_TYPE_SUBCLASS = 1 << 17,
};
#define MP_TPFLAGS_COLLECTION (MP_TPFLAGS_SEQUENCE | MP_TPFLAGS_MAPPING)

/* A type.  Static types (the built-ins) are mp_type variables initialised
 * with designated initialisers and completed by mp_type_ready at start-up;
 * classes are heap types allocated by type.__new__ (objects/type.c).
 * The slots mirror CPython's PyTypeObject, so its documentation describes
 * what each one means. */
struct mp_type {
    mp_varobject ob;
    const char *name;  /* "int", "collections.OrderedDict": module prefix then
                          qualname, as CPython's tp_name */
    size_t basicsize, itemsize;
    unsigned long flags;
    const char *doc;

    mp_destructor dealloc;
    mp_reprfunc repr, str;
    mp_hashfunc hash;
    mp_richcmpfunc richcompare;
    mp_getattrfunc getattro;
    mp_setattrfunc setattro;
    mp_callfunc call;
    mp_unaryfunc iter, iternext; /* iternext: NULL without an exception at the end */
    mp_descrgetfunc descr_get;
    mp_descrsetfunc descr_set;
    mp_newfunc new_;
    mp_initfunc init;
    mp_destructor finalize;      /* __del__, for classes that define it */
    mp_traverseproc traverse;    /* visit each owned reference (gc) */
    mp_inquiry clear;            /* drop owned references (gc) */

    const mp_number_methods *as_number;
    const mp_sequence_methods *as_sequence;
    const mp_mapping_methods *as_mapping;

    const mp_method_def *methods;
    const mp_member_def *members;
    const mp_getset_def *getsets;

    mp_type *base;               /* the solid base (tp_base) */
    mp_obj bases;                /* tuple of types */
    mp_obj mro;                  /* tuple of types, this type first */
    mp_obj dict;                 /* the type's namespace: dict */
    mp_obj subclasses;           /* dict: id -> weakref, or NULL */
    intptr_t dictoffset;         /* where an instance keeps its __dict__, or 0;
                                    negative for classes of variable-size
                                    objects: the dict follows the items
                                    (mp_obj_dict_ptr, MP_VAR_TAIL_SLACK) */
    intptr_t weaklistoffset;     /* where an instance keeps its weakref list, or 0 */
    mp_obj ht_name, ht_qualname, ht_module; /* heap types: str objects */
    mp_obj ht_slots;             /* heap types: __slots__ names, or NULL */
    /* Heap types keep their own copies of the slot tables, so that a class
     * defining __add__ gets an as_number of its own. */
    mp_number_methods ht_number;
    mp_sequence_methods ht_sequence;
    mp_mapping_methods ht_mapping;
    unsigned int version;        /* changes whenever the type's dict or mro
                                    changes: inline caches check it */
    mp_obj weaklist;             /* weak references to the type itself */
};

/* A hash from the object's address, as object.__hash__ computes it. */
mp_hash_t mp_obj_identity_hash(mp_obj o);

/* tp_iter of iterators: returns self (a new reference). */
mp_obj mp_self_iter(mp_obj self);

/* Raises AttributeError for o.name with CPython's wording for o's kind
 * (object, type, module); returns NULL. */
mp_obj mp_err_no_attribute(mp_obj o, mp_obj name);

/* Completes a static type: fills mro, dict (with wrappers for its slots and
 * its methods/members/getsets tables), inherits slots from base.  Returns
 * 0 or -1. */
int mp_type_ready(mp_type *t);

/* ---- allocation ----------------------------------------------------------
 * New objects start with a count of one.  Objects of types with
 * MP_TPFLAGS_GC are tracked by the cycle collector. */
mp_obj mp_obj_alloc(mp_type *type);                /* basicsize bytes, zeroed */
mp_obj mp_obj_alloc_var(mp_type *type, intptr_t n); /* + n * itemsize */
void mp_obj_free(mp_obj o);                        /* memory only, no dealloc */

#ifdef MP_DEBUG
/* Heap objects allocated and not yet freed (the debug build's leak check). */
extern intptr_t mp_debug_live_objects;
#endif

#endif

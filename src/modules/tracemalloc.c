/* The _tracemalloc module (tracemalloc.h): while tracing, every object
 * minipy allocates is recorded with its size and the Python frames
 * (file, line) that were running, until it is freed; lib/tracemalloc.py
 * builds snapshots and statistics over _get_traces(), as CPython's
 * tracemalloc.py does over its C module (Modules/_tracemalloc.c).
 *
 * What is traced is the memory of objects: what objects/object.c's
 * allocator gives an object (its struct, the items of a variable-size
 * object, and the collector's header), reported by the hooks there, which
 * cost one flag test while tracing is off.  Blocks an object allocates on
 * the side (a list's item array, a dict's table) are not traced.
 *
 * The traces are a hash table from object address to (size, traceback);
 * tracebacks and file names are interned, in tables of their own that
 * hold no Python objects, so that nothing here is alive at exit. */
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/args.h"
#include "minipy/code.h"
#include "minipy/exc.h"
#include "minipy/frame.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tracemalloc.h"
#include "minipy/tuple.h"

#define FN(f) ((void (*)(void))(f))
#define MAX_NFRAME 65535

int mp_tracemalloc_tracing;

typedef struct tm_frame {
    const char *filename;  /* interned (filenames table) */
    int lineno;
} tm_frame;

typedef struct tm_traceback {
    struct tm_traceback *next;  /* in its hash chain */
    size_t hash;
    int nframe, total_nframe;
    tm_frame frames[];          /* the most recent first */
} tm_traceback;

typedef struct tm_trace {
    struct tm_trace *next;
    const void *ptr;
    size_t size;
    tm_traceback *traceback;
} tm_trace;

typedef struct tm_name {
    struct tm_name *next;
    char text[];
} tm_name;

/* A chained hash table of any of the three kinds of node. */
typedef struct tm_table {
    void **buckets;
    size_t nbuckets, count;
} tm_table;

static tm_table traces, tracebacks, filenames;
static int max_nframe = 1;
static size_t traced_memory, peak_traced_memory;
/* Set while this module makes objects of its own, which are not traced. */
static int reentrant;
/* A traceback for allocations with no Python frame running. */
static tm_traceback *empty_traceback;

static size_t hash_bytes(const void *p, size_t n, size_t h)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}

static size_t hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

/* Makes room for one more node; 0, or -1 when memory is short (the
 * caller then goes without). */
static int table_grow(tm_table *t, size_t (*hash_of)(void *), void **(*next_of)(void *))
{
    if (t->count < t->nbuckets)
        return 0;
    size_t n = t->nbuckets ? t->nbuckets * 2 : 1024;
    void **b = mp_calloc(n, sizeof(void *));
    if (!b)
        return t->nbuckets ? 0 : -1;
    for (size_t i = 0; i < t->nbuckets; i++) {
        void *node = t->buckets[i];
        while (node) {
            void *next = *next_of(node);
            size_t k = hash_of(node) & (n - 1);
            *next_of(node) = b[k];
            b[k] = node;
            node = next;
        }
    }
    mp_free(t->buckets);
    t->buckets = b;
    t->nbuckets = n;
    return 0;
}

static size_t trace_hash(void *n) { return hash_ptr(((tm_trace *)n)->ptr); }
static void **trace_next(void *n) { return (void **)&((tm_trace *)n)->next; }
static size_t traceback_hash(void *n) { return ((tm_traceback *)n)->hash; }
static void **traceback_next(void *n) { return (void **)&((tm_traceback *)n)->next; }
static size_t name_hash(void *n) { return hash_bytes(((tm_name *)n)->text, strlen(((tm_name *)n)->text), 14695981039346656037ULL); }
static void **name_next(void *n) { return (void **)&((tm_name *)n)->next; }

/* Frees every node of t, and its buckets. */
static void table_clear(tm_table *t, void **(*next_of)(void *))
{
    for (size_t i = 0; i < t->nbuckets; i++) {
        void *node = t->buckets[i];
        while (node) {
            void *next = *next_of(node);
            mp_free(node);
            node = next;
        }
    }
    mp_free(t->buckets);
    t->buckets = NULL;
    t->nbuckets = t->count = 0;
}

/* The interned copy of a file name (NULL when memory is short). */
static const char *intern_filename(const char *s, size_t len)
{
    size_t h = hash_bytes(s, len, 14695981039346656037ULL);
    if (filenames.nbuckets) {
        for (tm_name *n = filenames.buckets[h & (filenames.nbuckets - 1)]; n; n = n->next)
            if (strlen(n->text) == len && memcmp(n->text, s, len) == 0)
                return n->text;
    }
    if (table_grow(&filenames, name_hash, name_next) < 0)
        return NULL;
    tm_name *n = mp_malloc(sizeof(tm_name) + len + 1);
    if (!n)
        return NULL;
    memcpy(n->text, s, len);
    n->text[len] = '\0';
    size_t k = h & (filenames.nbuckets - 1);
    n->next = filenames.buckets[k];
    filenames.buckets[k] = n;
    filenames.count++;
    return n->text;
}

/* The interned traceback of the frames running now. */
static tm_traceback *current_traceback(void)
{
    tm_frame frames[64];
    tm_frame *buf = max_nframe <= 64 ? frames : mp_malloc(sizeof(tm_frame) * (size_t)max_nframe);
    if (!buf)
        return NULL;
    int nframe = 0, total = 0;
    mp_tstate *ts = mp_ts();
    for (mp_frame *f = ts ? ts->frame : NULL; f; f = f->previous) {
        if (nframe < max_nframe) {
            mp_obj fn = f->code->filename;
            const char *name = "<unknown>";
            size_t len = 9;
            if (fn && mp_str_check(fn)) {
                name = mp_str_utf8(fn);
                len = mp_str_nbytes(fn);
            }
            buf[nframe].filename = intern_filename(name, len);
            buf[nframe].lineno = mp_frame_lineno(f);
            if (!buf[nframe].filename)
                break;
            nframe++;
        }
        if (total < 65535)
            total++;
    }
    tm_traceback *tb = NULL;
    if (nframe == 0) {
        tb = empty_traceback;
    } else {
        size_t h = hash_bytes(buf, sizeof(tm_frame) * (size_t)nframe, (size_t)total);
        if (tracebacks.nbuckets) {
            for (tm_traceback *t = tracebacks.buckets[h & (tracebacks.nbuckets - 1)]; t && !tb; t = t->next)
                if (t->hash == h && t->nframe == nframe && t->total_nframe == total &&
                    memcmp(t->frames, buf, sizeof(tm_frame) * (size_t)nframe) == 0)
                    tb = t;
        }
        if (!tb && table_grow(&tracebacks, traceback_hash, traceback_next) == 0 &&
            (tb = mp_malloc(sizeof(tm_traceback) + sizeof(tm_frame) * (size_t)nframe))) {
            tb->hash = h;
            tb->nframe = nframe;
            tb->total_nframe = total;
            memcpy(tb->frames, buf, sizeof(tm_frame) * (size_t)nframe);
            size_t k = h & (tracebacks.nbuckets - 1);
            tb->next = tracebacks.buckets[k];
            tracebacks.buckets[k] = tb;
            tracebacks.count++;
        }
    }
    if (buf != frames)
        mp_free(buf);
    return tb;
}

static tm_trace **find_trace(const void *p)
{
    if (!traces.nbuckets)
        return NULL;
    tm_trace **slot = (tm_trace **)&traces.buckets[hash_ptr(p) & (traces.nbuckets - 1)];
    for (; *slot; slot = &(*slot)->next)
        if ((*slot)->ptr == p)
            return slot;
    return NULL;
}

void mp_tracemalloc_track(mp_obj o, size_t size)
{
    if (reentrant)
        return;
    reentrant = 1;
    tm_traceback *tb = current_traceback();
    tm_trace **slot = find_trace(o);
    tm_trace *t = slot ? *slot : NULL;
    if (t) {
        /* An address freed without our hearing of it, now reused. */
        traced_memory -= t->size;
        if (!tb) {
            *slot = t->next;
            traces.count--;
            mp_free(t);
            t = NULL;
        }
    } else if (tb && table_grow(&traces, trace_hash, trace_next) == 0 &&
               (t = mp_malloc(sizeof(tm_trace)))) {
        t->ptr = o;
        size_t k = hash_ptr(o) & (traces.nbuckets - 1);
        t->next = traces.buckets[k];
        traces.buckets[k] = t;
        traces.count++;
    }
    if (t && tb) {
        t->size = size;
        t->traceback = tb;
        traced_memory += size;
        if (traced_memory > peak_traced_memory)
            peak_traced_memory = traced_memory;
    }
    reentrant = 0;
}

void mp_tracemalloc_untrack(mp_obj o)
{
    tm_trace **slot = find_trace(o);
    if (!slot)
        return;
    tm_trace *t = *slot;
    *slot = t->next;
    traces.count--;
    traced_memory -= t->size;
    mp_free(t);
}

/* ---- the functions -------------------------------------------------------------------------- */

static void clear_all(void)
{
    table_clear(&traces, trace_next);
    table_clear(&tracebacks, traceback_next);
    table_clear(&filenames, name_next);
    traced_memory = peak_traced_memory = 0;
}

static mp_obj tm_start(mp_obj self, mp_obj const *args, size_t nargs)
{
    if (mp_arg_check_count("start", nargs, 0, 1) < 0)
        return NULL;
    intptr_t n = 1;
    if (nargs) {
        if (!mp_int_check(args[0]))
            return mp_err_format(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 mp_type_of(args[0])->name);
        if (mp_int_as_ssize(args[0], &n) < 0)
            return NULL;
    }
    if (n < 1 || n > MAX_NFRAME)
        return mp_err_set_str(&mp_type_ValueError, "the number of frames must be in range [1; 65535]");
    max_nframe = (int)n;
    if (!empty_traceback) {
        /* CPython's traceback for memory no Python code asked for. */
        empty_traceback = mp_calloc(1, sizeof(tm_traceback) + sizeof(tm_frame));
        if (!empty_traceback)
            return mp_err_no_memory();
        empty_traceback->nframe = 1;
        empty_traceback->total_nframe = 1;
        empty_traceback->frames[0].filename = "<unknown>";
    }
#ifdef MP_NO_TRACE
    /* The allocator of this build never looks at the flag. */
    return mp_err_set_str(&mp_type_NotImplementedError,
                          "tracemalloc is not available: this minipy was built without "
                          "tracing (MP_NO_TRACE)");
#endif
    mp_tracemalloc_tracing = 1;
    MP_RETURN_NONE;
}

static mp_obj tm_stop(mp_obj self)
{
    mp_tracemalloc_tracing = 0;
    clear_all();
    MP_RETURN_NONE;
}

static mp_obj tm_is_tracing(mp_obj self) { return mp_bool(mp_tracemalloc_tracing); }

static mp_obj tm_clear_traces(mp_obj self)
{
    if (mp_tracemalloc_tracing)
        clear_all();
    MP_RETURN_NONE;
}

static mp_obj tm_get_traceback_limit(mp_obj self) { return mp_small(max_nframe); }

static mp_obj tm_get_traced_memory(mp_obj self)
{
    if (!mp_tracemalloc_tracing)
        return mp_tuple_pack(2, mp_small(0), mp_small(0));
    reentrant = 1;
    mp_obj a = mp_int_from_size(traced_memory), b = a ? mp_int_from_size(peak_traced_memory) : NULL;
    mp_obj r = b ? mp_tuple_pack(2, a, b) : NULL;
    mp_xdecref(a);
    mp_xdecref(b);
    reentrant = 0;
    return r;
}

static mp_obj tm_reset_peak(mp_obj self)
{
    if (mp_tracemalloc_tracing)
        peak_traced_memory = traced_memory;
    MP_RETURN_NONE;
}

/* What this module's own tables take. */
static mp_obj tm_get_tracemalloc_memory(mp_obj self)
{
    size_t size = (traces.nbuckets + tracebacks.nbuckets + filenames.nbuckets) * sizeof(void *) +
                  traces.count * sizeof(tm_trace);
    for (size_t i = 0; i < tracebacks.nbuckets; i++)
        for (tm_traceback *t = tracebacks.buckets[i]; t; t = t->next)
            size += sizeof(tm_traceback) + sizeof(tm_frame) * (size_t)t->nframe;
    for (size_t i = 0; i < filenames.nbuckets; i++)
        for (tm_name *n = filenames.buckets[i]; n; n = n->next)
            size += sizeof(tm_name) + strlen(n->text) + 1;
    return mp_int_from_size(size);
}

/* A traceback as a tuple of (filename, lineno) pairs, the most recent
 * first, as CPython's _tracemalloc gives them. */
static mp_obj traceback_tuple(tm_traceback *tb)
{
    mp_obj t = mp_tuple_new(tb->nframe);
    if (!t)
        return NULL;
    for (int i = 0; i < tb->nframe; i++) {
        mp_obj name = mp_str_from_cstr(tb->frames[i].filename);
        mp_obj pair = name ? mp_tuple_pack(2, name, mp_small(tb->frames[i].lineno)) : NULL;
        mp_xdecref(name);
        if (!pair) {
            mp_decref(t);
            return NULL;
        }
        MP_TUPLE_ITEMS(t)[i] = pair;
    }
    return t;
}

/* [(domain, size, traceback, total_nframe), ...] of the live traces. */
static mp_obj tm_get_traces(mp_obj self)
{
    reentrant = 1;
    mp_obj l = mp_list_new(0);
    for (size_t i = 0; l && i < traces.nbuckets; i++) {
        for (tm_trace *t = traces.buckets[i]; t; t = t->next) {
            mp_obj tb = traceback_tuple(t->traceback);
            mp_obj size = tb ? mp_int_from_size(t->size) : NULL;
            mp_obj item = size ? mp_tuple_pack(4, mp_small(0), size, tb,
                                               mp_small(t->traceback->total_nframe))
                               : NULL;
            mp_xdecref(tb);
            mp_xdecref(size);
            if (!item || mp_list_append_steal(l, item) < 0) {
                MP_CLEAR(l);
                break;
            }
        }
    }
    reentrant = 0;
    return l;
}

/* Whether CPython 3.11 would keep obj's __dict__ pointer before its GC
 * header (Py_TPFLAGS_MANAGED_DICT: classes that add a __dict__ to a base
 * of fixed size).  Its _get_object_traceback then looks at the wrong
 * address and finds nothing: minipy answers None for them too. */
static int cpython_managed_dict(mp_obj obj)
{
    mp_type *t = mp_type_of(obj);
    return (t->flags & MP_TPFLAGS_HEAPTYPE) && t->dictoffset != 0 &&
           !(t->flags & (MP_TPFLAGS_INT_SUBCLASS | MP_TPFLAGS_TUPLE_SUBCLASS |
                         MP_TPFLAGS_BYTES_SUBCLASS | MP_TPFLAGS_TYPE_SUBCLASS));
}

static mp_obj tm_get_object_traceback(mp_obj self, mp_obj obj)
{
    tm_trace **slot = mp_is_small(obj) || cpython_managed_dict(obj) ? NULL : find_trace(obj);
    if (!slot)
        MP_RETURN_NONE;
    reentrant = 1;
    mp_obj r = traceback_tuple((*slot)->traceback);
    reentrant = 0;
    return r;
}

static const mp_method_def tm_methods[] = {
    {"is_tracing", FN(tm_is_tracing), MP_METH_NOARGS,
     "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"clear_traces", FN(tm_clear_traces), MP_METH_NOARGS,
     "Clear traces of memory blocks allocated by Python."},
    {"_get_traces", FN(tm_get_traces), MP_METH_NOARGS,
     "Get traces of all memory blocks allocated by Python.\n\n"
     "Return a list of (size: int, traceback: tuple) tuples.\n"
     "traceback is a tuple of (filename: str, lineno: int) tuples.\n\n"
     "Return an empty list if the tracemalloc module is disabled."},
    {"_get_object_traceback", FN(tm_get_object_traceback), MP_METH_O,
     "Get the traceback where the Python object obj was allocated.\n\n"
     "Return a tuple of (filename: str, lineno: int) tuples.\n"
     "Return None if the tracemalloc module is disabled or did not\n"
     "trace the allocation of the object."},
    {"start", FN(tm_start), MP_METH_FASTCALL,
     "Start tracing Python memory allocations.\n\n"
     "Also set the maximum number of frames stored in the traceback of a\n"
     "trace to nframe."},
    {"stop", FN(tm_stop), MP_METH_NOARGS,
     "Stop tracing Python memory allocations.\n\n"
     "Also clear traces of memory blocks allocated by Python."},
    {"get_traceback_limit", FN(tm_get_traceback_limit), MP_METH_NOARGS,
     "Get the maximum number of frames stored in the traceback of a trace.\n\n"
     "By default, a trace of an allocated memory block only stores\n"
     "the most recent frame: the limit is 1."},
    {"get_tracemalloc_memory", FN(tm_get_tracemalloc_memory), MP_METH_NOARGS,
     "Get the memory usage in bytes of the tracemalloc module.\n\n"
     "This memory is used internally to trace memory allocations."},
    {"get_traced_memory", FN(tm_get_traced_memory), MP_METH_NOARGS,
     "Get the current size and peak size of memory blocks traced by tracemalloc.\n\n"
     "Returns a tuple: (current: int, peak: int)."},
    {"reset_peak", FN(tm_reset_peak), MP_METH_NOARGS,
     "Set the peak size of memory blocks traced by tracemalloc to the current size.\n\n"
     "Do nothing if the tracemalloc module is not tracing memory allocations."},
    {NULL},
};

const mp_module_def mp_module_tracemalloc = {
    "_tracemalloc",
    "Debug module to trace memory blocks allocated by Python.",
    tm_methods,
    NULL,
};

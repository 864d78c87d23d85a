/* --trace=json and --trace=html (trace.h): the run as an execution trace
 * in Online Python Tutor's format, which its viewers can show as it is:
 *
 *   {"code": "<the program>", "trace": [step, step, ...], "minipy_...": ...}
 *
 * Each step is the state of the program just before a source line runs
 * ("step_line"), or at a call, a return, or an exception:
 *
 *   {"event": ..., "line": N, "func_name": "f",
 *    "globals": {name: value}, "ordered_globals": [names in order of appearance],
 *    "stack_to_render": [frame, ...],   (outermost first; the module is "globals")
 *    "heap": {id: object},              (every object reachable from the names)
 *    "stdout": "what the program printed so far",
 *    "exception_msg": "ValueError: bad" (exception steps)}
 *
 * Values follow the format's encoding (pg_encoder.py of Python Tutor):
 * None, bools, ints and strs inline; a float inline, or ["SPECIAL_FLOAT",
 * "3.0"] when it has no fraction ("Infinity", "-Infinity", "NaN" for the
 * rest); anything else a ["REF", id] to the heap, where an object is
 * ["LIST", ...], ["TUPLE", ...], ["SET", ...], ["DICT", [k, v], ...],
 * ["INSTANCE", class, [attr, value], ...], ["CLASS", name, [bases],
 * [attr, value], ...], ["FUNCTION", "f(a, b)", parent frame id or null
 * (, [[name, default], ...])], ["module", name], or [type name, text].
 * Ids are the tracer's numbers (the N of "list#N" in --trace), so a
 * trace and its text form name objects alike.  Ints beyond 2**53, which
 * JSON readers would round, are heap objects ["int", "digits"], as they
 * are in minipy; a container shows its first 1000 items and a step its
 * first 2000 objects, and what is left out is listed in "minipy_cut" or
 * shown as ["IMPORTED_FAUX_PRIMITIVE", "..."] (the format's "not shown").
 *
 * Fields of minipy's own, which viewers of the format ignore:
 *   step "minipy_instruction": {"code": c, "offset": n}, the instruction
 *        about to run (for a return or an exception, the one that did it);
 *   step "minipy_instructions": [{"code": c, "offset": n, "refcounts":
 *        [["list#3", 1, 2, 1], ...]}, ...], every instruction run from
 *        this step to the next, with the reference counts it changed;
 *   step "minipy_refcounts": {id: count}, the count of each heap object;
 *   top "minipy_code": [{"name", "filename", "firstlineno", "instructions":
 *        [{"offset", "line", "text", "target"}]}], the bytecode by code index.
 *
 * As Python Tutor does, frames show their own variables (a closure's free
 * variables are in the frame they belong to), a frame that defines a
 * function is a parent ("_p"), and a finished parent whose variables a
 * living closure still uses is shown as a zombie ("_z").  Only the
 * program's own file is traced (library code runs unseen), and after the
 * step limit (--trace-limit, 1000 by default) the trace ends with an
 * "instruction_limit_reached" entry and the program is stopped.
 *
 * The tracer runs no Python code to show a value: no __repr__, no __str__
 * of the program's classes, so tracing cannot change what the program does. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/float.h"
#include "minipy/func.h"
#include "minipy/gen.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/module.h"
#include "minipy/opcodes.h"
#include "minipy/pyrepr.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/slice.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "trace_internal.h"

#define DEFAULT_STEP_LIMIT 1000
#define MAX_ITEMS 1000      /* items of one container in a step */
#define MAX_OBJECTS 2000    /* heap objects in a step */
#define MAX_CHANGES 40      /* count changes listed for one instruction */
#define MAX_JSON (64 << 20) /* bytes of steps: "stdout" is repeated in every
                               step, so a program that prints much makes a
                               trace that grows as the square of its output */

/* ---- JSON text ------------------------------------------------------------------------ */

/* s (n bytes of UTF-8, lone surrogates as minipy stores them) as a JSON
 * string.  '<', '>', '&' and U+2028/2029 are written as \u escapes too,
 * so that the JSON can sit inside an HTML <script> element as it is (no
 * "</script>", no "<!--"); a byte that is not UTF-8 becomes U+FFFD. */
static void json_str(mp_buf *b, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    mp_buf_putc(b, '"');
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) {
            switch (c) {
            case '"': mp_buf_puts(b, "\\\""); break;
            case '\\': mp_buf_puts(b, "\\\\"); break;
            case '\n': mp_buf_puts(b, "\\n"); break;
            case '\r': mp_buf_puts(b, "\\r"); break;
            case '\t': mp_buf_puts(b, "\\t"); break;
            case '<': case '>': case '&': mp_buf_printf(b, "\\u%04x", c); break;
            default:
                if (c < 0x20)
                    mp_buf_printf(b, "\\u%04x", c);
                else
                    mp_buf_putc(b, (char)c);
            }
            p++;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        unsigned cp = c & (0x7F >> len);
        int ok = c >= 0xC2 && c <= 0xF4 && end - p >= len;
        for (int k = 1; ok && k < len; k++) {
            ok = (p[k] & 0xC0) == 0x80;
            cp = cp << 6 | (p[k] & 0x3F);
        }
        if (ok && ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
            ok = 0;
        if (!ok) {
            mp_buf_puts(b, "\\ufffd");
            p++;
            continue;
        }
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x2028 || cp == 0x2029)
            mp_buf_printf(b, "\\u%04x", cp);
        else
            mp_buf_append(b, (const char *)p, (size_t)len);
        p += len;
    }
    mp_buf_putc(b, '"');
}

static void json_cstr(mp_buf *b, const char *s) { json_str(b, s, strlen(s)); }

static void json_pystr(mp_buf *b, mp_obj s)
{
    if (s && mp_str_check(s))
        json_str(b, mp_str_utf8(s), mp_str_nbytes(s));
    else
        mp_buf_puts(b, "\"?\"");
}

/* Appends the text of buffer from to b as a JSON string. */
static void json_buf(mp_buf *b, const mp_buf *from)
{
    json_str(b, from->data ? from->data : "", from->len);
}

/* ---- maps of heap ids --------------------------------------------------------------------- */

/* Heap ids grow in order of creation and are never reused, so a map keyed
 * by them is a sorted array that mostly grows at its end. */
typedef struct identry {
    long key, value;
    char *name;       /* owned, or NULL */
} identry;

typedef struct idmap {
    identry *items;
    size_t len, cap;
} idmap;

static identry *idmap_find(idmap *m, long key)
{
    size_t lo = 0, hi = m->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->items[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m->len && m->items[lo].key == key ? &m->items[lo] : NULL;
}

/* The entry for key, added (zeroed) if new; NULL when memory runs out. */
static identry *idmap_put(idmap *m, long key)
{
    identry *e = idmap_find(m, key);
    if (e)
        return e;
    if (m->len == m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 64;
        identry *n = realloc(m->items, ncap * sizeof *n);
        if (!n)
            return NULL;
        m->items = n;
        m->cap = ncap;
    }
    size_t at = m->len;
    while (at > 0 && m->items[at - 1].key > key)
        at--;
    memmove(&m->items[at + 1], &m->items[at], (m->len - at) * sizeof *m->items);
    m->len++;
    e = &m->items[at];
    memset(e, 0, sizeof *e);
    e->key = key;
    return e;
}

static void idmap_free(idmap *m)
{
    for (size_t k = 0; k < m->len; k++)
        free(m->items[k].name);
    free(m->items);
    memset(m, 0, sizeof *m);
}

/* A set of heap ids (open addressing; 0 is never an id). */
typedef struct idset {
    long *keys;
    size_t cap, len;
} idset;

static size_t id_hash(long k, size_t cap) { return ((size_t)k * 0x9E3779B97F4A7C15ull >> 7) & (cap - 1); }

/* 1 if k was added, 0 if it was there, -1 when memory runs out. */
static int idset_add(idset *s, long k)
{
    if ((s->len + 1) * 2 > s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 256;
        long *keys = calloc(ncap, sizeof *keys);
        if (!keys)
            return -1;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->keys[i])
                continue;
            size_t j = id_hash(s->keys[i], ncap);
            while (keys[j])
                j = (j + 1) & (ncap - 1);
            keys[j] = s->keys[i];
        }
        free(s->keys);
        s->keys = keys;
        s->cap = ncap;
    }
    size_t i = id_hash(k, s->cap);
    while (s->keys[i]) {
        if (s->keys[i] == k)
            return 0;
        i = (i + 1) & (s->cap - 1);
    }
    s->keys[i] = k;
    s->len++;
    return 1;
}

static void idset_clear(idset *s)
{
    if (s->keys)
        memset(s->keys, 0, s->cap * sizeof *s->keys);
    s->len = 0;
}

/* ---- the recorder's state -------------------------------------------------------------------- */

/* A frame of the program's file, from its call to its end (and after, as
 * a possible zombie). */
typedef struct jframe {
    long id;              /* 1, 2, ... in order of calls; 0 for the module */
    mp_frame *f;          /* while it runs or is suspended; NULL once done */
    mp_tstate *ts;
    char *name;           /* co_name */
    long parent;          /* the frame its function was defined in, or 0 */
    int is_parent;        /* a function was defined in it */
    int is_class;         /* a class body: not a scope of the functions
                             defined in it (their parent is its parent) */
    int suspended;        /* a generator's frame, after a yield */
    int last_line;
    intptr_t last_i;
    char **names;         /* ordered_varnames: in order of appearance */
    long *stamps;         /* the last step in which each name was set */
    int nnames, capnames;
} jframe;

/* A code object of the program, by its index in "minipy_code". */
typedef struct jcode {
    mp_code *co;          /* borrowed; NULL once freed */
    mp_buf json;          /* its entry of "minipy_code" */
} jcode;

/* A piece of stack_to_render, kept apart until the frames are ordered. */
typedef struct piece {
    long id;
    size_t start, end;    /* in S.frames_json */
} piece;

/* A variable of a zombie frame: a closure cell found in this step. */
typedef struct zvar {
    long frame;
    mp_obj name;          /* borrowed for the step */
    mp_obj cell;          /* borrowed for the step */
    mp_buf value;         /* its encoding, once made */
    int done;
} zvar;

static struct {
    char *main_file;      /* the program's code filename */
    mp_tstate *main_ts;
    long nsteps;
    int halted;           /* the limit was reached */
    int saw_exception;    /* an "exception" step was taken */
    int suppress;         /* running code that is not traced */

    mp_buf out;           /* the finished steps, comma separated */
    mp_buf step;          /* the step taken last, open for its instructions */
    int step_open;
    mp_buf instrs;        /* its instructions so far */
    mp_buf stdout_all;    /* the program's output so far */

    /* the instruction being run, open for its count changes */
    int instr_open;
    long instr_code, instr_offset;
    mp_buf changes;
    int nchanges, more_changes;
    mp_obj last_changed;

    jframe module;        /* the program's module frame (id 0) */
    jframe **frames;      /* by id - 1 */
    long nframes, capframes;
    long *live;           /* ids of frames not finished */
    int nlive, caplive;

    jcode *codes;
    int ncodes, capcodes;

    struct gname { char *name; long stamp; } *globals_order;
    int nglobals, capglobals;

    idmap func_parent;    /* function id -> frame it was defined in */
    idmap cell_owner;     /* cell id -> frame id, with the variable's name */
    mp_tstate *threads[64];
    int nthreads;

    /* per step */
    idset seen;
    mp_obj *queue;
    size_t nqueue, capqueue, qhead;
    mp_buf heap, refcounts, frames_json, cut;
    piece *pieces;
    int npieces, cappieces;
    zvar *zvars;
    int nzvars, capzvars;
    long *zombies;
    int nzombies, capzombies;
    long nobjects;
} S;

static char halt_message[160];

/* The step limit: --trace-limit, or the default; -1 for none. */
static long step_limit(void)
{
    long lim = mp_trace_opts.step_limit;
    return lim == 0 ? DEFAULT_STEP_LIMIT : lim < 0 ? -1 : lim;
}

/* ---- frames --------------------------------------------------------------------------------- */

static int is_traced(mp_code *co)
{
    return S.main_file && strcmp(mp_str_utf8(co->filename), S.main_file) == 0 &&
           mp_trace_wanted(co);
}

static int is_module_code(mp_code *co)
{
    return !(co->flags & MP_CO_OPTIMIZED) && strcmp(mp_str_utf8(co->name), "<module>") == 0;
}

static jframe *frame_by_id(long id)
{
    return id >= 1 && id <= S.nframes ? S.frames[id - 1] : NULL;
}

static jframe *find_frame(mp_tstate *ts, mp_frame *f)
{
    if (S.module.f == f && S.module.ts == ts)
        return &S.module;
    for (int k = S.nlive - 1; k >= 0; k--) {
        jframe *r = frame_by_id(S.live[k]);
        if (r && r->f == f && r->ts == ts)
            return r;
    }
    return NULL;
}

/* The record of a frame entered now (a call, or a generator's start). */
static jframe *enter_frame(mp_tstate *ts, mp_frame *f)
{
    jframe *old = find_frame(ts, f);
    if (old && old != &S.module)
        old->f = NULL; /* a frame that ended unseen: its address is reused */
    if (is_module_code(f->code)) {
        S.module.f = f;
        S.module.ts = ts;
        S.module.last_line = -1;
        S.module.last_i = -1;
        return &S.module;
    }
    if (S.nframes == S.capframes) {
        long ncap = S.capframes ? S.capframes * 2 : 64;
        jframe **n = realloc(S.frames, (size_t)ncap * sizeof *n);
        if (!n)
            return NULL;
        S.frames = n;
        S.capframes = ncap;
    }
    if (S.nlive == S.caplive) {
        int ncap = S.caplive ? S.caplive * 2 : 64;
        long *n = realloc(S.live, (size_t)ncap * sizeof *n);
        if (!n)
            return NULL;
        S.live = n;
        S.caplive = ncap;
    }
    jframe *r = calloc(1, sizeof *r);
    if (!r || !(r->name = strdup(mp_str_utf8(f->code->name)))) {
        free(r);
        return NULL;
    }
    r->id = S.nframes + 1;
    r->f = f;
    r->ts = ts;
    r->last_line = -1;
    r->last_i = -1;
    r->is_class = !(f->code->flags & MP_CO_OPTIMIZED);
    if (f->func) {
        identry *e = idmap_find(&S.func_parent, mp_trace_heap_id((mp_obj)f->func));
        r->parent = e ? e->value : 0;
    }
    S.frames[S.nframes++] = r;
    S.live[S.nlive++] = r->id;
    return r;
}

/* The frame has finished: it stays known by its id (a zombie, maybe). */
static void leave_frame(jframe *r)
{
    r->f = NULL;
    if (r == &S.module)
        return;
    for (int k = S.nlive - 1; k >= 0; k--)
        if (S.live[k] == r->id) {
            memmove(&S.live[k], &S.live[k + 1], (size_t)(S.nlive - k - 1) * sizeof *S.live);
            S.nlive--;
            break;
        }
}

/* Marks name as set in this step, among the frame's ordered_varnames
 * (added if new).  0, or -1 when memory runs out. */
static int frame_name(jframe *r, const char *name)
{
    int k;
    for (k = 0; k < r->nnames; k++)
        if (strcmp(r->names[k], name) == 0)
            break;
    if (k == r->nnames) {
        if (r->nnames == r->capnames) {
            int ncap = r->capnames ? r->capnames * 2 : 8;
            char **n = realloc(r->names, (size_t)ncap * sizeof *n);
            if (n)
                r->names = n;
            long *st = realloc(r->stamps, (size_t)ncap * sizeof *st);
            if (st)
                r->stamps = st;
            if (!n || !st)
                return -1;
            r->capnames = ncap;
        }
        if (!(r->names[k] = strdup(name)))
            return -1;
        r->nnames++;
    }
    r->stamps[k] = S.nsteps;
    return 0;
}

static void free_frame(jframe *r)
{
    for (int k = 0; k < r->nnames; k++)
        free(r->names[k]);
    free(r->names);
    free(r->stamps);
    free(r->name);
}

/* ---- code objects ------------------------------------------------------------------------------ */

/* One instruction of "minipy_code": dis's text without the offset and the
 * ">>" of jump targets, which have fields of their own. */
static void put_code_instruction(mp_buf *b, mp_trace_code *tc, intptr_t i)
{
    mp_buf text = MP_BUF_INIT;
    mp_trace_put_instruction(&text, tc, i);
    const char *s = text.data ? text.data : "";
    size_t n = text.len;
    while (n && s[n - 1] == ' ')
        n--;
    while (n && *s == ' ')
        s++, n--;
    int target = n >= 2 && s[0] == '>' && s[1] == '>';
    if (target)
        s += 2, n -= 2;
    while (n && *s == ' ')
        s++, n--;
    while (n && *s >= '0' && *s <= '9')
        s++, n--;
    while (n && *s == ' ')
        s++, n--;
    int line = mp_code_line_at(tc->co, i);
    mp_buf_printf(b, "{\"offset\": %ld, \"line\": ", (long)(2 * i));
    if (line > 0)
        mp_buf_printf(b, "%d", line);
    else
        mp_buf_puts(b, "null");
    mp_buf_puts(b, ", \"text\": ");
    json_str(b, s, n);
    mp_buf_printf(b, ", \"target\": %s}", target ? "true" : "false");
    mp_buf_free(&text);
}

/* The index of co in "minipy_code", registered on first use; -1 when
 * memory runs out. */
static long code_index(mp_code *co)
{
    for (int k = 0; k < S.ncodes; k++)
        if (S.codes[k].co == co)
            return k;
    mp_trace_code *tc = mp_trace_code_info(co);
    if (!tc)
        return -1;
    if (S.ncodes == S.capcodes) {
        int ncap = S.capcodes ? S.capcodes * 2 : 16;
        jcode *n = realloc(S.codes, (size_t)ncap * sizeof *n);
        if (!n)
            return -1;
        S.codes = n;
        S.capcodes = ncap;
    }
    jcode *c = &S.codes[S.ncodes];
    memset(c, 0, sizeof *c);
    c->co = co;
    /* Freed code objects are forgotten (on_freed): their address may come
     * back as another code object. */
    mp_trace_heap_id((mp_obj)co);
    mp_buf *b = &c->json;
    mp_buf_puts(b, "{\"name\": ");
    json_pystr(b, co->qualname);
    mp_buf_puts(b, ", \"filename\": ");
    json_cstr(b, mp_trace_basename(co->filename));
    mp_buf_printf(b, ", \"firstlineno\": %d, \"instructions\": [", co->firstlineno);
    mp_buf scratch = MP_BUF_INIT;
    int first = 1;
    for (intptr_t i = 0; i < co->ncode;) {
        scratch.len = 0;
        int n = mp_dis_format(&tc->dis, &scratch, i, 0);
        if (n <= 0) {
            mp_err_clear();
            break;
        }
        if (!first)
            mp_buf_puts(b, ", ");
        first = 0;
        put_code_instruction(b, tc, i);
        i += n;
    }
    mp_buf_free(&scratch);
    mp_buf_puts(b, "]}");
    return S.ncodes++;
}

/* ---- values ------------------------------------------------------------------------------------ */

static void enqueue(mp_obj o)
{
    if (S.nqueue == S.capqueue) {
        size_t ncap = S.capqueue ? S.capqueue * 2 : 256;
        mp_obj *n = realloc(S.queue, ncap * sizeof *n);
        if (!n)
            return;
        S.queue = n;
        S.capqueue = ncap;
    }
    S.queue[S.nqueue++] = o;
}

static int fits_json_number(mp_obj o, intptr_t *v)
{
    if (mp_is_small(o)) {
        *v = mp_small_value(o);
    } else if (mp_int_as_ssize_clip(o, v) != 0) {
        return 0;
    }
    return *v <= (1LL << 53) && *v >= -(1LL << 53);
}

/* The float as the format has it. */
static void put_float(mp_buf *b, double d)
{
    if (isnan(d)) {
        mp_buf_puts(b, "[\"SPECIAL_FLOAT\", \"NaN\"]");
    } else if (isinf(d)) {
        mp_buf_puts(b, d > 0 ? "[\"SPECIAL_FLOAT\", \"Infinity\"]"
                             : "[\"SPECIAL_FLOAT\", \"-Infinity\"]");
    } else if (d == floor(d)) {
        /* So that 3.0 does not read as the int 3. */
        mp_buf_puts(b, "[\"SPECIAL_FLOAT\", \"");
        mp_repr_double(b, d);
        mp_buf_puts(b, "\"]");
    } else {
        mp_repr_double(b, d); /* the shortest digits that read back as d */
    }
}

/* A function or class written in Python in another file than the
 * program's (the library's). */
static int is_imported(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t == &mp_type_function)
        return strcmp(mp_str_utf8(((mp_func *)o)->code->filename), S.main_file ? S.main_file : "") != 0;
    if (!mp_type_is_subtype(t, &mp_type_type) || !(((mp_type *)o)->flags & MP_TPFLAGS_HEAPTYPE))
        return 0;
    mp_obj d = ((mp_type *)o)->dict;
    mp_obj module = d && mp_dict_check(d) ? mp_dict_getitem_str(d, "__module__") : NULL;
    if (!module)
        mp_err_clear();
    return module && mp_str_check(module) && strcmp(mp_str_utf8(module), "__main__") != 0;
}

/* A value: inline, or a REF to the heap (the object is queued for it). */
static void put_value(mp_buf *b, mp_obj o)
{
    intptr_t v;
    if (!o) {
        mp_buf_puts(b, "null");
        return;
    }
    mp_type *t = mp_type_of(o);
    if (o == mp_none) {
        mp_buf_puts(b, "null");
    } else if (o == mp_true || o == mp_false) {
        mp_buf_puts(b, o == mp_true ? "true" : "false");
    } else if (t == &mp_type_int && fits_json_number(o, &v)) {
        mp_buf_printf(b, "%ld", (long)v);
    } else if (t == &mp_type_float) {
        put_float(b, mp_float_value(o));
    } else if (t == &mp_type_str) {
        json_str(b, mp_str_utf8(o), mp_str_nbytes(o));
    } else if (is_imported(o)) {
        /* Python Tutor shows functions and classes of other modules as
         * labels, not as objects to look into. */
        mp_buf tmp = MP_BUF_INIT;
        mp_obj name = t == &mp_type_function ? ((mp_func *)o)->qualname : ((mp_type *)o)->ht_qualname;
        mp_buf_printf(&tmp, "imported %s %s", t == &mp_type_function ? "function" : "class",
                      name && mp_str_check(name) ? mp_str_utf8(name) : "?");
        mp_buf_puts(b, "[\"IMPORTED_FAUX_PRIMITIVE\", ");
        json_buf(b, &tmp);
        mp_buf_putc(b, ']');
        mp_buf_free(&tmp);
    } else {
        long id = mp_trace_heap_id(o);
        int added = idset_add(&S.seen, id);
        if (added > 0 && S.nobjects >= MAX_OBJECTS) {
            /* Past the step's budget: named but not shown. */
            mp_buf tmp = MP_BUF_INIT;
            mp_trace_put_name(&tmp, o);
            mp_buf_puts(&tmp, " (not shown: too many objects)");
            mp_buf_puts(b, "[\"IMPORTED_FAUX_PRIMITIVE\", ");
            json_buf(b, &tmp);
            mp_buf_putc(b, ']');
            mp_buf_free(&tmp);
            return;
        }
        if (added > 0) {
            S.nobjects++;
            enqueue(o);
        }
        mp_buf_printf(b, "[\"REF\", %ld]", id);
    }
}

static int is_dunder(const char *s, size_t n)
{
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

/* Names Python Tutor leaves out of instances and classes. */
static int is_hidden_attr(const char *s)
{
    static const char *const hidden[] = {"__doc__", "__module__", "__return__", "__dict__",
                                         "__locals__", "__weakref__", "__qualname__", NULL};
    for (int k = 0; hidden[k]; k++)
        if (strcmp(s, hidden[k]) == 0)
            return 1;
    return 0;
}

typedef struct attr {
    mp_obj name, value;
} attr;

static int attr_cmp(const void *a, const void *b)
{
    return strcmp(mp_str_utf8(((const attr *)a)->name), mp_str_utf8(((const attr *)b)->name));
}

/* ", [name, value], ..." for the str keys of dict d, sorted by name as
 * Python Tutor sorts them. */
static void put_attrs(mp_buf *b, mp_obj d)
{
    if (!d || !mp_dict_check(d))
        return;
    intptr_t pos = 0, n = 0;
    mp_obj k, v;
    attr *items = malloc(sizeof *items * (size_t)(MP_DICT_LEN(d) + 1));
    if (!items)
        return;
    while (mp_dict_next(d, &pos, &k, &v))
        if (mp_str_check(k) && !is_hidden_attr(mp_str_utf8(k)))
            items[n++] = (attr){k, v};
    qsort(items, (size_t)n, sizeof *items, attr_cmp);
    for (intptr_t i = 0; i < n; i++) {
        mp_buf_puts(b, ", [");
        json_pystr(b, items[i].name);
        mp_buf_puts(b, ", ");
        put_value(b, items[i].value);
        mp_buf_putc(b, ']');
    }
    free(items);
}

static void note_cut(long id, intptr_t len)
{
    if (S.cut.len)
        mp_buf_puts(&S.cut, ", ");
    mp_buf_printf(&S.cut, "\"%ld\": %ld", id, (long)len);
}

static void put_items(mp_buf *b, long id, mp_obj const *items, intptr_t n)
{
    for (intptr_t i = 0; i < n && i < MAX_ITEMS; i++) {
        mp_buf_puts(b, ", ");
        put_value(b, items[i]);
    }
    if (n > MAX_ITEMS)
        note_cut(id, n);
}

static const char *class_name(mp_type *t)
{
    if ((t->flags & MP_TPFLAGS_HEAPTYPE) && t->ht_name && mp_str_check(t->ht_name))
        return mp_str_utf8(t->ht_name);
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* A closure cell of a function whose defining frame has finished: its
 * variable is shown in that (zombie) frame. */
static void note_zombie_var(long frame, mp_obj name, mp_obj cell)
{
    for (int k = 0; k < S.nzvars; k++)
        if (S.zvars[k].frame == frame && mp_str_nbytes(S.zvars[k].name) == mp_str_nbytes(name) &&
            strcmp(mp_str_utf8(S.zvars[k].name), mp_str_utf8(name)) == 0)
            return;
    if (S.nzvars == S.capzvars) {
        int ncap = S.capzvars ? S.capzvars * 2 : 16;
        zvar *n = realloc(S.zvars, (size_t)ncap * sizeof *n);
        if (!n)
            return;
        S.zvars = n;
        S.capzvars = ncap;
    }
    zvar *z = &S.zvars[S.nzvars++];
    memset(z, 0, sizeof *z);
    z->frame = frame;
    z->name = name;
    z->cell = cell;
}

static void note_zombie(long frame)
{
    while (frame) {
        jframe *r = frame_by_id(frame);
        if (!r || r->f)
            return; /* running: shown on the stack */
        for (int k = 0; k < S.nzombies; k++)
            if (S.zombies[k] == frame)
                return;
        if (S.nzombies == S.capzombies) {
            int ncap = S.capzombies ? S.capzombies * 2 : 16;
            long *n = realloc(S.zombies, (size_t)ncap * sizeof *n);
            if (!n)
                return;
            S.zombies = n;
            S.capzombies = ncap;
        }
        S.zombies[S.nzombies++] = frame;
        frame = r->parent; /* its own parents are shown too */
    }
}

/* "f(a, b=1, *args, c, **kw)" as Python Tutor writes a function's name;
 * lambdas get " <line N>". */
static void put_function_name(mp_buf *b, mp_func *fn)
{
    mp_code *co = fn->code;
    mp_buf name = MP_BUF_INIT;
    const char *s = mp_str_utf8(fn->name);
    mp_buf_puts(&name, s);
    mp_buf_putc(&name, '(');
    int nargs = co->argcount, nkw = co->kwonlyargcount, k = 0;
    int star = nargs + nkw;
    for (int i = 0; i < nargs && i < co->nlocalsplus; i++, k++)
        mp_buf_printf(&name, "%s%s", k ? ", " : "", mp_str_utf8(MP_TUPLE_GET(co->localsplusnames, i)));
    if ((co->flags & MP_CO_VARARGS) && star < co->nlocalsplus)
        mp_buf_printf(&name, "%s*%s", k++ ? ", " : "",
                      mp_str_utf8(MP_TUPLE_GET(co->localsplusnames, star)));
    for (int i = nargs; i < nargs + nkw && i < co->nlocalsplus; i++, k++)
        mp_buf_printf(&name, "%s%s", k ? ", " : "", mp_str_utf8(MP_TUPLE_GET(co->localsplusnames, i)));
    int kw = star + !!(co->flags & MP_CO_VARARGS);
    if ((co->flags & MP_CO_VARKEYWORDS) && kw < co->nlocalsplus)
        mp_buf_printf(&name, "%s**%s", k ? ", " : "",
                      mp_str_utf8(MP_TUPLE_GET(co->localsplusnames, kw)));
    mp_buf_putc(&name, ')');
    if (strcmp(s, "<lambda>") == 0)
        mp_buf_printf(&name, " <line %d>", co->firstlineno);
    json_buf(b, &name);
    mp_buf_free(&name);
}

static void put_function(mp_buf *b, mp_func *fn)
{
    mp_code *co = fn->code;
    mp_buf_puts(b, "\"FUNCTION\", ");
    put_function_name(b, fn);
    identry *e = idmap_find(&S.func_parent, mp_trace_heap_id((mp_obj)fn));
    long parent = e ? e->value : 0;
    if (parent)
        mp_buf_printf(b, ", %ld", parent);
    else
        mp_buf_puts(b, ", null");
    /* The defaults, as [name, value] pairs. */
    intptr_t ndef = fn->defaults && mp_tuple_check(fn->defaults) ? MP_TUPLE_LEN(fn->defaults) : 0;
    int nkwdef = fn->kwdefaults && mp_dict_check(fn->kwdefaults) ? (int)MP_DICT_LEN(fn->kwdefaults) : 0;
    if (ndef || nkwdef) {
        int first = 1;
        mp_buf_puts(b, ", [");
        for (intptr_t i = 0; i < ndef && i < co->argcount; i++) {
            mp_obj name = MP_TUPLE_GET(co->localsplusnames, co->argcount - ndef + i);
            mp_buf_puts(b, first ? "[" : ", [");
            first = 0;
            json_pystr(b, name);
            mp_buf_puts(b, ", ");
            put_value(b, MP_TUPLE_GET(fn->defaults, i));
            mp_buf_putc(b, ']');
        }
        for (int i = co->argcount; nkwdef && i < co->argcount + co->kwonlyargcount; i++) {
            mp_obj name = MP_TUPLE_GET(co->localsplusnames, i);
            mp_obj v = mp_dict_getitem(fn->kwdefaults, name);
            if (!v) {
                mp_err_clear();
                continue;
            }
            mp_buf_puts(b, first ? "[" : ", [");
            first = 0;
            json_pystr(b, name);
            mp_buf_puts(b, ", ");
            put_value(b, v);
            mp_buf_putc(b, ']');
        }
        mp_buf_putc(b, ']');
    }
    /* A closure whose frame has finished keeps that frame's variables. */
    if (fn->closure && mp_tuple_check(fn->closure)) {
        intptr_t n = MP_TUPLE_LEN(fn->closure);
        int first_free = co->nlocalsplus - co->nfreevars;
        for (intptr_t i = 0; i < n && first_free + i < co->nlocalsplus; i++) {
            mp_obj cell = MP_TUPLE_GET(fn->closure, i);
            identry *owner = idmap_find(&S.cell_owner, mp_trace_heap_id(cell));
            long frame = owner ? owner->value : parent;
            jframe *r = frame_by_id(frame);
            if (r && !r->f && mp_type_of(cell) == &mp_type_cell) {
                note_zombie(frame);
                note_zombie_var(frame, MP_TUPLE_GET(co->localsplusnames, first_free + i), cell);
            }
        }
    }
    if (parent)
        note_zombie(parent);
}

/* Whether the repr of o is made by minipy's C code alone from values
 * like it (so that taking it runs no Python code). */
static int has_plain_repr_depth(mp_obj o, int depth)
{
    mp_type *t = mp_type_of(o);
    if (t == &mp_type_tuple && depth > 0) {
        for (intptr_t i = 0; i < MP_TUPLE_LEN(o); i++)
            if (!has_plain_repr_depth(MP_TUPLE_GET(o, i), depth - 1))
                return 0;
        return 1;
    }
    return o == mp_none || o == mp_ellipsis || t == &mp_type_int || t == &mp_type_bool ||
           t == &mp_type_float || t == &mp_type_complex || t == &mp_type_str ||
           t == &mp_type_bytes || t == &mp_type_bytearray || t == &mp_type_range;
}

/* (tuples of such values too, as a SyntaxError's arguments are) */
static int has_plain_repr(mp_obj o) { return has_plain_repr_depth(o, 2); }

/* Python's text for o where it can be had without running Python code:
 * reprs of plain values, containers of them item by item (the first 20),
 * the tracer's name for anything else ("function f#4"). */
static void put_text(mp_buf *b, mp_obj o, int depth)
{
    mp_type *t = mp_type_of(o);
    if (has_plain_repr(o)) {
        mp_obj r = mp_obj_repr(o);
        if (r) {
            mp_buf_append(b, mp_str_utf8(r), mp_str_nbytes(r));
            mp_decref(r);
            return;
        }
        mp_err_clear(); /* an int too long for its repr */
    }
    int seq = t == &mp_type_list || t == &mp_type_tuple;
    int set = t == &mp_type_set || t == &mp_type_frozenset;
    if (depth <= 0 || !(seq || set || t == &mp_type_dict)) {
        mp_trace_put_value(b, o, 0);
        return;
    }
    intptr_t pos = 0, n = 0;
    mp_obj k, v;
    if (seq) {
        mp_obj const *items = t == &mp_type_list ? MP_LIST_ITEMS(o) : MP_TUPLE_ITEMS(o);
        intptr_t len = t == &mp_type_list ? MP_LIST_LEN(o) : MP_TUPLE_LEN(o);
        mp_buf_putc(b, t == &mp_type_list ? '[' : '(');
        for (; n < len && n < 20; n++) {
            if (n)
                mp_buf_puts(b, ", ");
            put_text(b, items[n], depth - 1);
        }
        mp_buf_puts(b, len > 20 ? ", ..." : "");
        mp_buf_puts(b, t == &mp_type_list ? "]" : len == 1 ? ",)" : ")");
        return;
    }
    if (set && ((mp_set *)o)->used == 0) {
        mp_buf_puts(b, t == &mp_type_set ? "set()" : "frozenset()");
        return;
    }
    mp_buf_puts(b, t == &mp_type_frozenset ? "frozenset({" : "{");
    while (set ? mp_set_next(o, &pos, &k, NULL) : mp_dict_next(o, &pos, &k, &v)) {
        if (n++ == 20) {
            mp_buf_puts(b, ", ...");
            break;
        }
        if (n > 1)
            mp_buf_puts(b, ", ");
        put_text(b, k, depth - 1);
        if (!set) {
            mp_buf_puts(b, ": ");
            put_text(b, v, depth - 1);
        }
    }
    mp_buf_puts(b, t == &mp_type_frozenset ? "})" : "}");
}

/* str(exc) where minipy's C code makes it from plain arguments (the class
 * does not define __str__); else its arguments as put_text shows them.
 * Returns 0 if there is nothing to show. */
static int put_exception_text(mp_buf *b, mp_obj exc)
{
    mp_type *t = mp_type_of(exc);
    mp_type *solid = t;
    while (solid && (solid->flags & MP_TPFLAGS_HEAPTYPE))
        solid = solid->base;
    mp_obj args = ((mp_exc *)exc)->args;
    if (!args || !mp_tuple_check(args))
        return 0;
    int plain = solid && solid->str == t->str;
    for (intptr_t i = 0; plain && i < MP_TUPLE_LEN(args); i++)
        plain = has_plain_repr(MP_TUPLE_GET(args, i));
    mp_obj s = plain ? mp_obj_str(exc) : NULL;
    if (s) {
        mp_buf_append(b, mp_str_utf8(s), mp_str_nbytes(s));
        int n = mp_str_nbytes(s) > 0;
        mp_decref(s);
        return n;
    }
    if (plain)
        mp_err_clear();
    if (!MP_TUPLE_LEN(args))
        return 0;
    put_text(b, MP_TUPLE_LEN(args) == 1 ? MP_TUPLE_GET(args, 0) : args, 2);
    return 1;
}

/* "type name", "text" for an object the format has no shape for (its
 * "other" form, with str() of the object as Python Tutor has it), made
 * without running Python code. */
static void put_other(mp_buf *b, mp_obj o)
{
    mp_type *t = mp_type_of(o);
    mp_buf text = MP_BUF_INIT;
    if (mp_type_is_subtype(t, &mp_type_BaseException)) {
        put_exception_text(&text, o);
    } else if (t == &mp_type_generator || t == &mp_type_coroutine ||
               t == &mp_type_async_generator) {
        /* Its repr without the address. */
        mp_obj name = mp_obj_getattr_s(o, "__qualname__");
        mp_buf_printf(&text, "<%s object %s>", t->name,
                      name && mp_str_check(name) ? mp_str_utf8(name) : "?");
        if (!name)
            mp_err_clear();
        mp_xdecref(name);
    } else {
        put_text(&text, o, 2);
    }
    json_cstr(b, mp_trace_kind(o));
    mp_buf_puts(b, ", ");
    json_buf(b, &text);
    mp_buf_free(&text);
}

/* The heap entry of o: "id": [...]. */
static void put_heap_object(mp_buf *b, mp_obj o)
{
    long id = mp_trace_heap_id(o);
    mp_type *t = mp_type_of(o);
    if (b->len)
        mp_buf_puts(b, ", ");
    mp_buf_printf(b, "\"%ld\": [", id);
    if (t == &mp_type_list) {
        mp_buf_puts(b, "\"LIST\"");
        put_items(b, id, MP_LIST_ITEMS(o), MP_LIST_LEN(o));
    } else if (t == &mp_type_tuple) {
        mp_buf_puts(b, "\"TUPLE\"");
        put_items(b, id, MP_TUPLE_ITEMS(o), MP_TUPLE_LEN(o));
    } else if (t == &mp_type_set) {
        intptr_t pos = 0, n = 0;
        mp_obj k;
        mp_buf_puts(b, "\"SET\"");
        while (mp_set_next(o, &pos, &k, NULL) && n++ < MAX_ITEMS) {
            mp_buf_puts(b, ", ");
            put_value(b, k);
        }
        if (n > MAX_ITEMS)
            note_cut(id, ((mp_set *)o)->used);
    } else if (t == &mp_type_dict) {
        intptr_t pos = 0, n = 0;
        mp_obj k, v;
        mp_buf_puts(b, "\"DICT\"");
        while (mp_dict_next(o, &pos, &k, &v) && n++ < MAX_ITEMS) {
            mp_buf_puts(b, ", [");
            put_value(b, k);
            mp_buf_puts(b, ", ");
            put_value(b, v);
            mp_buf_putc(b, ']');
        }
        if (n > MAX_ITEMS)
            note_cut(id, MP_DICT_LEN(o));
    } else if (t == &mp_type_function) {
        put_function(b, (mp_func *)o);
    } else if (t == &mp_type_method && mp_type_of(((mp_method *)o)->func) == &mp_type_function) {
        put_function(b, (mp_func *)((mp_method *)o)->func);
    } else if (t == &mp_type_builtin_function) {
        mp_buf tmp = MP_BUF_INIT;
        mp_buf_printf(&tmp, "%s(...)", ((mp_builtin_func *)o)->def->name);
        mp_buf_puts(b, "\"FUNCTION\", ");
        json_buf(b, &tmp);
        mp_buf_puts(b, ", null");
        mp_buf_free(&tmp);
    } else if (mp_type_is_subtype(t, &mp_type_type)) {
        mp_type *c = (mp_type *)o;
        mp_buf_puts(b, "\"CLASS\", ");
        json_cstr(b, class_name(c));
        mp_buf_puts(b, ", [");
        intptr_t nb = c->bases && mp_tuple_check(c->bases) ? MP_TUPLE_LEN(c->bases) : 0;
        int first = 1;
        for (intptr_t i = 0; i < nb; i++) {
            mp_type *base = (mp_type *)MP_TUPLE_GET(c->bases, i);
            if (base == &mp_type_object)
                continue;
            if (!first)
                mp_buf_puts(b, ", ");
            first = 0;
            json_cstr(b, class_name(base));
        }
        mp_buf_putc(b, ']');
        /* A built-in class's namespace is its C methods: not shown. */
        if (c->flags & MP_TPFLAGS_HEAPTYPE)
            put_attrs(b, c->dict);
    } else if (t == &mp_type_module) {
        mp_obj d = ((mp_module *)o)->dict;
        mp_obj name = d && mp_dict_check(d) ? mp_dict_getitem_str(d, "__name__") : NULL;
        mp_buf_puts(b, "\"module\", ");
        json_pystr(b, name);
    } else if (t->flags & MP_TPFLAGS_HEAPTYPE) {
        mp_buf_puts(b, "\"INSTANCE\", ");
        json_cstr(b, class_name(t));
        mp_obj *dictp = mp_obj_dict_ptr(o);
        put_attrs(b, dictp ? *dictp : NULL);
    } else {
        /* Other built-in objects, and ints too big for JSON numbers. */
        put_other(b, o);
    }
    mp_buf_putc(b, ']');
    if (!mp_trace_is_counted(o))
        return; /* immortal: its count means nothing */
    if (S.refcounts.len)
        mp_buf_puts(&S.refcounts, ", ");
    mp_buf_printf(&S.refcounts, "\"%ld\": %ld", id, (long)o->refcnt);
}

/* Writes the heap entries of every queued object (which may queue more). */
static void drain_queue(void)
{
    while (S.qhead < S.nqueue) {
        mp_obj o = S.queue[S.qhead++];
        put_heap_object(&S.heap, o);
    }
}

/* ---- frames in a step ---------------------------------------------------------------------------- */

static void begin_piece(long id)
{
    if (S.npieces == S.cappieces) {
        int ncap = S.cappieces ? S.cappieces * 2 : 16;
        piece *n = realloc(S.pieces, (size_t)ncap * sizeof *n);
        if (!n)
            return;
        S.pieces = n;
        S.cappieces = ncap;
    }
    S.pieces[S.npieces].id = id;
    S.pieces[S.npieces].start = S.frames_json.len;
    S.pieces[S.npieces].end = S.frames_json.len;
    S.npieces++;
}

static void end_piece(void)
{
    if (S.npieces)
        S.pieces[S.npieces - 1].end = S.frames_json.len;
}

/* The fields a frame of stack_to_render has besides its variables. */
static void put_frame_head(mp_buf *b, jframe *r, int highlighted, int zombie)
{
    mp_buf_puts(b, "{\"func_name\": ");
    json_cstr(b, r->name);
    mp_buf_printf(b, ", \"frame_id\": %ld, \"is_highlighted\": %s, \"is_parent\": %s, "
                  "\"is_zombie\": %s, \"parent_frame_id_list\": [",
                  r->id, highlighted ? "true" : "false", r->is_parent ? "true" : "false",
                  zombie ? "true" : "false");
    int n = 0;
    for (jframe *p = frame_by_id(r->parent); p && n < 100; p = frame_by_id(p->parent), n++)
        mp_buf_printf(b, "%s%ld", n ? ", " : "", p->id);
    mp_buf_puts(b, "], \"unique_hash\": ");
    mp_buf hash = MP_BUF_INIT;
    mp_buf_printf(&hash, "%s_f%ld%s%s", r->name, r->id, r->is_parent ? "_p" : "",
                  zombie ? "_z" : "");
    json_buf(b, &hash);
    mp_buf_free(&hash);
}

/* ordered_varnames: the frame's names in order of appearance, those set
 * in this step, with __return__ last; closes the frame. */
static void put_ordered(mp_buf *b, jframe *r, int has_return)
{
    mp_buf_puts(b, ", \"ordered_varnames\": [");
    int n = 0;
    for (int k = 0; k < r->nnames; k++)
        if (r->stamps[k] == S.nsteps) {
            if (n++)
                mp_buf_puts(b, ", ");
            json_cstr(b, r->names[k]);
        }
    if (has_return)
        mp_buf_printf(b, "%s\"__return__\"", n ? ", " : "");
    mp_buf_puts(b, "]}");
}

/* One variable of encoded_locals. */
static void put_local(mp_buf *b, jframe *r, mp_obj name, mp_obj v, int *first)
{
    if (frame_name(r, mp_str_utf8(name)) < 0)
        return;
    if (!*first)
        mp_buf_puts(b, ", ");
    *first = 0;
    json_pystr(b, name);
    mp_buf_puts(b, ": ");
    put_value(b, v);
}

/* A running frame of stack_to_render. */
static void put_live_frame(jframe *r, mp_frame *f, int highlighted, mp_obj retval, int has_return)
{
    mp_buf *b = &S.frames_json;
    mp_code *co = f->code;
    begin_piece(r->id);
    put_frame_head(b, r, highlighted, 0);
    mp_buf_puts(b, ", \"encoded_locals\": {");
    int first = 1;
    if (f->locals && !(co->flags & MP_CO_OPTIMIZED)) {
        /* A class body: its namespace. */
        if (mp_dict_check(f->locals)) {
            intptr_t pos = 0;
            mp_obj k, v;
            while (mp_dict_next(f->locals, &pos, &k, &v))
                if (mp_str_check(k) && !is_dunder(mp_str_utf8(k), mp_str_nbytes(k)))
                    put_local(b, r, k, v, &first);
        }
    } else {
        for (int i = 0; i < co->nlocalsplus; i++) {
            int kind = co->localspluskinds[i];
            mp_obj name = MP_TUPLE_GET(co->localsplusnames, i);
            mp_obj v = f->localsplus[i];
            /* Free variables are shown in the frame they belong to, and
             * ".0" (a comprehension's iterator) is the compiler's. */
            if (!v || (kind & MP_CO_FAST_FREE) || mp_str_utf8(name)[0] == '.')
                continue;
            if ((kind & MP_CO_FAST_CELL) && mp_type_of(v) == &mp_type_cell) {
                identry *e = idmap_put(&S.cell_owner, mp_trace_heap_id(v));
                if (e && !e->name) {
                    e->value = r->id;
                    e->name = strdup(mp_str_utf8(name));
                }
                v = ((mp_cell *)v)->ref;
                if (!v)
                    continue;
            }
            put_local(b, r, name, v, &first);
        }
    }
    if (has_return) {
        mp_buf_printf(b, "%s\"__return__\": ", first ? "" : ", ");
        put_value(b, retval);
    }
    mp_buf_putc(b, '}');
    put_ordered(b, r, has_return);
    end_piece();
}

/* A finished frame that a living closure still uses: the variables it
 * keeps in cells. */
static void put_zombie_frame(jframe *r)
{
    mp_buf *b = &S.frames_json;
    begin_piece(r->id);
    put_frame_head(b, r, 0, 1);
    mp_buf_puts(b, ", \"encoded_locals\": {");
    int first = 1;
    for (int k = 0; k < S.nzvars; k++) {
        zvar *z = &S.zvars[k];
        if (z->frame != r->id || !z->done || frame_name(r, mp_str_utf8(z->name)) < 0)
            continue;
        if (!first)
            mp_buf_puts(b, ", ");
        first = 0;
        json_pystr(b, z->name);
        mp_buf_puts(b, ": ");
        mp_buf_append(b, z->value.data ? z->value.data : "null", z->value.len ? z->value.len : 4);
    }
    mp_buf_putc(b, '}');
    put_ordered(b, r, 0);
    end_piece();
}

/* Encodes the zombies' variables until no new one turns up (their values
 * may hold more closures), then writes the zombie frames. */
static void settle_zombies(void)
{
    for (;;) {
        drain_queue();
        int more = 0;
        for (int k = 0; k < S.nzvars; k++) {
            zvar *z = &S.zvars[k];
            if (z->done)
                continue;
            more = 1;
            z->done = 1;
            mp_obj v = ((mp_cell *)z->cell)->ref;
            put_value(&z->value, v);
        }
        if (!more && S.qhead == S.nqueue)
            break;
    }
    for (int k = 0; k < S.nzombies; k++) {
        jframe *r = frame_by_id(S.zombies[k]);
        if (r)
            put_zombie_frame(r);
    }
}

static int piece_cmp(const void *a, const void *b)
{
    long x = ((const piece *)a)->id, y = ((const piece *)b)->id;
    return (x > y) - (x < y);
}

/* stack_to_render: the running frames outermost first, each zombie before
 * the first running frame called after it. */
static void put_stack(mp_buf *b, int nlive)
{
    int nz = S.npieces - nlive;
    piece *zombies = nz > 0 ? S.pieces + nlive : NULL;
    if (nz > 1)
        qsort(zombies, (size_t)nz, sizeof *zombies, piece_cmp);
    mp_buf_puts(b, ", \"stack_to_render\": [");
    int n = 0, z = 0;
    for (int k = 0; k <= nlive; k++) {
        while (z < nz && (k == nlive || zombies[z].id < S.pieces[k].id)) {
            mp_buf_puts(b, n++ ? ", " : "");
            mp_buf_append(b, S.frames_json.data + zombies[z].start, zombies[z].end - zombies[z].start);
            z++;
        }
        if (k < nlive) {
            mp_buf_puts(b, n++ ? ", " : "");
            mp_buf_append(b, S.frames_json.data + S.pieces[k].start,
                          S.pieces[k].end - S.pieces[k].start);
        }
    }
    mp_buf_putc(b, ']');
}

/* ---- steps ------------------------------------------------------------------------------------------ */

/* Ends the instruction being run: its entry in the step's list. */
static void close_instruction(void)
{
    if (!S.instr_open)
        return;
    if (S.last_changed)
        mp_buf_putc(&S.changes, ']');
    mp_buf *b = &S.instrs;
    if (b->len)
        mp_buf_puts(b, ", ");
    mp_buf_printf(b, "{\"code\": %ld, \"offset\": %ld", S.instr_code, S.instr_offset);
    if (S.changes.len) {
        mp_buf_puts(b, ", \"refcounts\": [");
        mp_buf_append(b, S.changes.data, S.changes.len);
        mp_buf_putc(b, ']');
    }
    if (S.more_changes)
        mp_buf_printf(b, ", \"more_refcounts\": %d", S.more_changes);
    mp_buf_putc(b, '}');
    S.instr_open = 0;
    S.changes.len = 0;
    S.nchanges = S.more_changes = 0;
    S.last_changed = NULL;
}

/* Ends the step taken last, with the instructions run since. */
static void close_step(void)
{
    close_instruction();
    if (!S.step_open)
        return;
    if (S.out.len)
        mp_buf_puts(&S.out, ",\n");
    mp_buf_append(&S.out, S.step.data, S.step.len);
    mp_buf_puts(&S.out, ", \"minipy_instructions\": [");
    mp_buf_append(&S.out, S.instrs.data ? S.instrs.data : "", S.instrs.len);
    mp_buf_puts(&S.out, "]}");
    S.step_open = 0;
    S.step.len = 0;
    S.instrs.len = 0;
}

static void reset_step_state(void)
{
    idset_clear(&S.seen);
    S.nqueue = S.qhead = 0;
    S.heap.len = S.refcounts.len = S.frames_json.len = S.cut.len = 0;
    S.npieces = 0;
    for (int k = 0; k < S.nzvars; k++)
        mp_buf_free(&S.zvars[k].value);
    S.nzvars = 0;
    S.nzombies = 0;
    S.nobjects = 0;
}

/* The step limit is reached: the trace ends with the format's note, and
 * the program is stopped at its next instruction. */
static void reach_limit(void)
{
    close_step();
    if (S.out.len > MAX_JSON) {
        mp_buf_printf(&S.out, ",\n{\"event\": \"instruction_limit_reached\", \"exception_msg\": "
                              "\"Stopped after %ld steps: the trace has grown past %d MB. It "
                              "shows the start of the program only.\"}",
                      S.nsteps, MAX_JSON >> 20);
        snprintf(halt_message, sizeof halt_message,
                 "minipy: the trace grew past %d MB after %ld steps and stopped the program",
                 MAX_JSON >> 20, S.nsteps);
    } else {
        mp_buf_printf(&S.out, ",\n{\"event\": \"instruction_limit_reached\", \"exception_msg\": "
                              "\"Stopped after running %ld steps (--trace-limit %ld). The trace "
                              "shows the start of the program only.\"}",
                      step_limit(), step_limit());
        snprintf(halt_message, sizeof halt_message,
                 "minipy: the trace reached its limit of %ld steps and stopped the program "
                 "(--trace-limit N changes it, 0 for none)",
                 step_limit());
    }
    S.halted = 1;
    mp_trace_halt = halt_message;
}

static int thread_number(mp_tstate *ts)
{
    for (int k = 0; k < S.nthreads; k++)
        if (S.threads[k] == ts)
            return k + 1;
    if (S.nthreads < 64)
        S.threads[S.nthreads++] = ts;
    return S.nthreads;
}

/* The message of an exception, "ValueError: bad", as Python Tutor has it
 * (the type's name and str() of the exception). */
static void put_exception_message(mp_buf *b, mp_obj exc)
{
    mp_buf msg = MP_BUF_INIT;
    mp_buf_puts(&msg, class_name(mp_type_of(exc)));
    mp_buf text = MP_BUF_INIT;
    if (put_exception_text(&text, exc)) {
        mp_buf_puts(&msg, ": ");
        mp_buf_append(&msg, text.data, text.len);
    }
    json_buf(b, &msg);
    mp_buf_free(&text);
    mp_buf_free(&msg);
}

/* Takes a step: the state of the program now, as f (running record r) is
 * about to run instruction i, returns retval, or raises. */
static void take_step(mp_tstate *ts, mp_frame *f, jframe *r, const char *event, int line,
                      intptr_t i, mp_obj retval, int has_return)
{
    if (S.halted)
        return;
    if ((step_limit() > 0 && S.nsteps >= step_limit()) || S.out.len > MAX_JSON) {
        reach_limit();
        return;
    }
    close_step();
    S.nsteps++;
    reset_step_state();
    mp_code *co = f->code;
    if (line < 1)
        line = co->firstlineno > 0 ? co->firstlineno : 1;
    mp_buf *b = &S.step;
    mp_buf_printf(b, "{\"event\": \"%s\", \"line\": %d, \"func_name\": ", event, line);
    json_pystr(b, co->name);

    /* globals, each in order of first appearance */
    mp_buf_puts(b, ", \"globals\": {");
    mp_obj g = f->globals;
    int n = 0;
    if (g && mp_dict_check(g)) {
        intptr_t pos = 0;
        mp_obj k, v;
        while (mp_dict_next(g, &pos, &k, &v)) {
            if (!mp_str_check(k) || is_dunder(mp_str_utf8(k), mp_str_nbytes(k)))
                continue;
            int at;
            for (at = 0; at < S.nglobals; at++)
                if (strcmp(S.globals_order[at].name, mp_str_utf8(k)) == 0)
                    break;
            if (at == S.nglobals) {
                if (S.nglobals == S.capglobals) {
                    int ncap = S.capglobals ? S.capglobals * 2 : 32;
                    struct gname *nn = realloc(S.globals_order, (size_t)ncap * sizeof *nn);
                    if (!nn)
                        continue;
                    S.globals_order = nn;
                    S.capglobals = ncap;
                }
                if (!(S.globals_order[at].name = strdup(mp_str_utf8(k))))
                    continue;
                S.nglobals++;
            }
            S.globals_order[at].stamp = S.nsteps;
            if (n++)
                mp_buf_puts(b, ", ");
            json_pystr(b, k);
            mp_buf_puts(b, ": ");
            put_value(b, v);
        }
    }
    mp_buf_puts(b, "}, \"ordered_globals\": [");
    n = 0;
    for (int k = 0; k < S.nglobals; k++)
        if (S.globals_order[k].stamp == S.nsteps) {
            if (n++)
                mp_buf_puts(b, ", ");
            json_cstr(b, S.globals_order[k].name);
        }
    mp_buf_putc(b, ']');

    /* the frames of the program's file on this thread's stack */
    mp_frame *chain[256];
    int depth = 0, total = 0;
    for (mp_frame *p = f; p; p = p->previous) {
        if (!is_traced(p->code) || is_module_code(p->code))
            continue;
        total++;
        if (depth < 256)
            chain[depth++] = p;
    }
    /* In deep recursion the innermost 256 frames are shown. */
    int nlive = 0;
    for (int k = depth - 1; k >= 0; k--) {
        jframe *fr = find_frame(ts, chain[k]);
        if (!fr)
            continue;
        put_live_frame(fr, chain[k], chain[k] == f, fr == r ? retval : NULL,
                       fr == r && has_return);
        nlive++;
    }
    settle_zombies();
    put_stack(b, nlive);

    mp_buf_puts(b, ", \"heap\": {");
    mp_buf_append(b, S.heap.data ? S.heap.data : "", S.heap.len);
    mp_buf_puts(b, "}, \"stdout\": ");
    mp_trace_stdout_read(&S.stdout_all);
    json_buf(b, &S.stdout_all);
    if (strcmp(event, "exception") == 0 && ts->curexc) {
        mp_buf_puts(b, ", \"exception_msg\": ");
        put_exception_message(b, ts->curexc);
        S.saw_exception = 1;
    }
    long c = code_index(co);
    mp_buf_printf(b, ", \"minipy_instruction\": {\"code\": %ld, \"offset\": %ld}", c, (long)(2 * i));
    mp_buf_puts(b, ", \"minipy_refcounts\": {");
    mp_buf_append(b, S.refcounts.data ? S.refcounts.data : "", S.refcounts.len);
    mp_buf_putc(b, '}');
    if (S.cut.len) {
        mp_buf_puts(b, ", \"minipy_cut\": {");
        mp_buf_append(b, S.cut.data, S.cut.len);
        mp_buf_putc(b, '}');
    }
    if (total > depth)
        mp_buf_printf(b, ", \"minipy_frames_not_shown\": %d", total - depth);
    int thread = thread_number(ts);
    if (thread > 1)
        mp_buf_printf(b, ", \"minipy_thread\": %d", thread);
    S.step_open = 1;
}

/* ---- the hooks ------------------------------------------------------------------------------------ */

/* The code unit of co's RETURN_GENERATOR, or -1 (not a generator's). */
static intptr_t return_generator_at(mp_code *co)
{
    if (!(co->flags & (MP_CO_GENERATOR | MP_CO_COROUTINE | MP_CO_ASYNC_GENERATOR)))
        return -1;
    for (intptr_t i = 0; i < co->ncode && i < 16; i++)
        if (co->code[i].op == MP_OP_RETURN_GENERATOR)
            return i;
    return -1;
}

static void note_instruction(mp_code *co, intptr_t i)
{
    close_instruction();
    if (!S.step_open)
        return;
    long c = code_index(co);
    if (c < 0)
        return;
    S.instr_open = 1;
    S.instr_code = c;
    S.instr_offset = 2 * (long)i;
}

static void on_instruction(mp_tstate *ts, mp_frame *f, intptr_t i)
{
    if (S.halted)
        return;
    mp_code *co = f->code;
    if (!S.main_file) {
        /* The first instruction is the program's. */
        S.main_file = strdup(mp_str_utf8(co->filename));
        S.main_ts = ts;
        thread_number(ts);
    }
    if (!is_traced(co)) {
        S.suppress = 1;
        return;
    }
    S.suppress = 0;
    mp_trace_code *tc = mp_trace_code_info(co);
    if (!tc)
        return;
    intptr_t genret = return_generator_at(co);
    if (genret >= 0 && i <= genret) {
        /* A generator function's call makes the generator, nothing more:
         * its frame starts when the generator first runs. */
        note_instruction(co, i);
        return;
    }
    int op = co->code[i].op;
    jframe *r = find_frame(ts, f);
    int entering = i == 0 || (genret >= 0 && i == genret + 1) || !r;
    if (entering)
        r = enter_frame(ts, f);
    if (!r)
        return;
    int resumed = op == MP_OP_RESUME && co->code[i].arg > 0;
    r->suspended = 0;
    if (r != &S.module && (entering || resumed))
        take_step(ts, f, r, "call", entering ? co->firstlineno : mp_code_line_at(co, i), i, NULL, 0);
    int line = mp_code_line_at(co, i);
    int starts = line > 0 && i > tc->first_resume &&
                 (line != r->last_line || (i < r->last_i && op != MP_OP_SEND));
    r->last_i = i;
    if (op == MP_OP_RESUME || line > 0)
        r->last_line = line;
    if (starts)
        take_step(ts, f, r, "step_line", line, i, NULL, 0);
    note_instruction(co, i);
}

/* The instruction f runs or ran last (a call leaves prev_instr on the
 * CALL's last cache entry: back to the instruction itself). */
static intptr_t current_index(mp_frame *f)
{
    mp_code *co = f->code;
    intptr_t i = f->prev_instr ? f->prev_instr - co->code : 0;
    if (i < 0 || i >= co->ncode)
        return 0;
    while (i > 0 && co->code[i].op == MP_OP_CACHE)
        i--;
    return i;
}

static void on_return(mp_tstate *ts, mp_frame *f, mp_obj value, int yielded)
{
    if (S.halted || !is_traced(f->code))
        return;
    jframe *r = find_frame(ts, f);
    if (!r)
        return;
    take_step(ts, f, r, "return", mp_frame_lineno(f), current_index(f), value, r != &S.module);
    if (!yielded)
        leave_frame(r);
    else
        r->suspended = 1;
}

static void on_exception(mp_tstate *ts, mp_frame *f)
{
    if (S.halted || !is_traced(f->code))
        return;
    jframe *r = find_frame(ts, f);
    if (!r)
        return;
    if (r->suspended) {
        /* Thrown into a suspended generator (throw(), close()): the frame
         * is entered again without running an instruction first. */
        r->suspended = 0;
        take_step(ts, f, r, "call", mp_frame_lineno(f), current_index(f), NULL, 0);
    }
    take_step(ts, f, r, "exception", mp_frame_lineno(f), current_index(f), NULL, 0);
}

static void on_caught(mp_tstate *ts, mp_frame *f) {}

/* A frame left by an exception: a "return" as CPython's tracing and
 * Python Tutor report it, without a return value. */
static void on_unwind(mp_tstate *ts, mp_frame *f)
{
    if (S.halted || !is_traced(f->code))
        return;
    jframe *r = find_frame(ts, f);
    if (!r)
        return;
    take_step(ts, f, r, "return", mp_frame_lineno(f), current_index(f), NULL, 0);
    leave_frame(r);
}

static void on_refcount(mp_obj o, intptr_t before, intptr_t after)
{
    if (!S.instr_open || S.halted)
        return;
    mp_buf *b = &S.changes;
    if (o == S.last_changed) {
        mp_buf_printf(b, ", %ld", (long)after);
        return;
    }
    if (S.last_changed)
        mp_buf_putc(b, ']');
    S.last_changed = NULL;
    if (S.nchanges >= MAX_CHANGES) {
        S.more_changes++;
        return;
    }
    S.nchanges++;
    mp_buf tmp = MP_BUF_INIT;
    mp_trace_put_name(&tmp, o);
    mp_buf_puts(b, S.changes.len ? ", [" : "[");
    json_buf(b, &tmp);
    mp_buf_printf(b, ", %ld, %ld", (long)before, (long)after);
    mp_buf_free(&tmp);
    S.last_changed = o;
}

static void on_created(mp_obj o)
{
    if (S.halted)
        return;
    if (mp_type_of(o) == &mp_type_function) {
        /* The frame it is defined in is its parent (Python Tutor's
         * environment diagrams). */
        mp_tstate *ts = mp_ts();
        mp_frame *f = ts ? ts->frame : NULL;
        jframe *r = f && is_traced(f->code) ? find_frame(ts, f) : NULL;
        while (r && r != &S.module && r->is_class)
            r = frame_by_id(r->parent);
        if (r && r != &S.module) {
            identry *e = idmap_put(&S.func_parent, mp_trace_heap_id(o));
            if (e)
                e->value = r->id;
            r->is_parent = 1;
        }
    }
    if (!S.instr_open)
        return;
    mp_buf *b = &S.changes;
    if (S.last_changed)
        mp_buf_putc(b, ']');
    S.last_changed = NULL;
    if (S.nchanges >= MAX_CHANGES) {
        S.more_changes++;
        return;
    }
    S.nchanges++;
    /* Only its type is set yet: named by its kind alone. */
    mp_buf tmp = MP_BUF_INIT;
    mp_buf_printf(&tmp, "%s#%ld", mp_trace_kind(o), mp_trace_heap_id(o));
    mp_buf_puts(b, S.changes.len ? ", [" : "[");
    json_buf(b, &tmp);
    mp_buf_puts(b, ", 0, 1");
    mp_buf_free(&tmp);
    S.last_changed = o;
}

static void on_freed(mp_obj o)
{
    if (o == S.last_changed && S.instr_open) {
        mp_buf_putc(&S.changes, ']');
        S.last_changed = NULL;
    }
    if (mp_type_of(o) == &mp_type_code)
        for (int k = 0; k < S.ncodes; k++)
            if (S.codes[k].co == (mp_code *)o)
                S.codes[k].co = NULL;
}

/* ---- the end ------------------------------------------------------------------------------------- */

/* A run that ended by an exception no "exception" step shows (a syntax
 * error: nothing ran): the format's single "uncaught_exception" entry. */
static void put_uncaught(mp_obj exc)
{
    mp_buf *b = &S.out;
    if (b->len)
        mp_buf_puts(b, ",\n");
    mp_buf_puts(b, "{\"event\": \"uncaught_exception\", \"exception_msg\": ");
    put_exception_message(b, exc);
    if (mp_type_is_subtype(mp_type_of(exc), &mp_type_SyntaxError)) {
        mp_exc_syntax *se = (mp_exc_syntax *)exc;
        mp_obj fields[] = {se->lineno, se->offset};
        for (int k = 0; k < 2; k++) {
            intptr_t n;
            if (fields[k] && mp_is_small(fields[k]) && (n = mp_small_value(fields[k])) >= 0)
                mp_buf_printf(b, ", \"%s\": %ld", k ? "offset" : "line", (long)n);
        }
    }
    mp_buf_puts(b, ", \"stdout\": ");
    mp_trace_stdout_read(&S.stdout_all);
    json_buf(b, &S.stdout_all);
    mp_buf_puts(b, "}");
}

static void free_state(void)
{
    mp_buf_free(&S.out);
    mp_buf_free(&S.step);
    mp_buf_free(&S.instrs);
    mp_buf_free(&S.stdout_all);
    mp_buf_free(&S.changes);
    mp_buf_free(&S.heap);
    mp_buf_free(&S.refcounts);
    mp_buf_free(&S.frames_json);
    mp_buf_free(&S.cut);
    for (long k = 0; k < S.nframes; k++) {
        free_frame(S.frames[k]);
        free(S.frames[k]);
    }
    free(S.frames);
    free_frame(&S.module);
    free(S.live);
    for (int k = 0; k < S.ncodes; k++)
        mp_buf_free(&S.codes[k].json);
    free(S.codes);
    for (int k = 0; k < S.nglobals; k++)
        free(S.globals_order[k].name);
    free(S.globals_order);
    idmap_free(&S.func_parent);
    idmap_free(&S.cell_owner);
    free(S.seen.keys);
    free(S.queue);
    free(S.pieces);
    for (int k = 0; k < S.nzvars; k++)
        mp_buf_free(&S.zvars[k].value);
    free(S.zvars);
    free(S.zombies);
    free(S.main_file);
    memset(&S, 0, sizeof S);
}

static int on_finish(void)
{
    close_step();
    /* The exception that ends the run, if one does (it stays set). */
    mp_obj exc = mp_err_fetch();
    if (exc && !S.saw_exception && !S.halted)
        put_uncaught(exc);
    if (exc && !S.main_file && mp_type_is_subtype(mp_type_of(exc), &mp_type_SyntaxError)) {
        /* Nothing ran: the program is the file that did not compile. */
        mp_obj name = ((mp_exc_syntax *)exc)->filename;
        if (name && mp_str_check(name))
            S.main_file = strdup(mp_str_utf8(name));
    }
    mp_buf json = MP_BUF_INIT;
    mp_buf_puts(&json, "{\"code\": ");
    json_str(&json, mp_trace_opts.source ? mp_trace_opts.source : "", mp_trace_opts.source_len);
    mp_buf_puts(&json, ",\n\"trace\": [\n");
    mp_buf_append(&json, S.out.data ? S.out.data : "", S.out.len);
    mp_buf_puts(&json, "\n],\n\"minipy_file\": ");
    json_cstr(&json, S.main_file ? (strrchr(S.main_file, '/') ? strrchr(S.main_file, '/') + 1
                                                            : S.main_file)
                                 : "");
    mp_buf_printf(&json, ", \"minipy_step_limit\": %ld,\n\"minipy_code\": [", step_limit());
    for (int k = 0; k < S.ncodes; k++) {
        mp_buf_puts(&json, k ? ",\n" : "\n");
        mp_buf_append(&json, S.codes[k].json.data, S.codes[k].json.len);
    }
    mp_buf_puts(&json, "]}\n");
    int status = 0;
    if (json.failed || S.out.failed) {
        fputs("minipy: out of memory while writing the trace\n", stderr);
        status = -1;
    } else if (mp_trace_opts.mode == MP_TRACE_HTML) {
        status = mp_trace_html_write(mp_trace_out, json.data, json.len);
    } else if (fwrite(json.data, 1, json.len, mp_trace_out) != json.len) {
        status = -1;
    }
    if (fflush(mp_trace_out) != 0)
        status = -1;
    mp_buf_free(&json);
    free_state();
    if (exc)
        mp_err_restore(exc);
    return status;
}

const mp_recorder mp_trace_json_recorder = {
    .instruction = on_instruction,
    .ret = on_return,
    .exception = on_exception,
    .caught = on_caught,
    .unwind = on_unwind,
    .refcount = on_refcount,
    .created = on_created,
    .freed = on_freed,
    .finish = on_finish,
};

/* The tracer's core (trace.h): the hooks the eval loop and the reference
 * counts call, the numbering of heap objects, how values are shown, and
 * starting and stopping --trace.  Each event goes to the recorder --trace
 * chose (trace_text.c, trace_json.c) and to the thread's sys.settrace /
 * sys.setprofile functions (settrace.c).
 *
 * Heap objects are named by kind and a number given in order of creation
 * ("list#3"), never by address, so that a trace is the same on every run.
 * The tracer never calls Python code to show a value (no __repr__ of the
 * program's classes), so tracing cannot change what the program does. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minipy/abstract.h"
#include "minipy/bytes.h"
#include "minipy/call.h"
#include "minipy/dict.h"
#include "minipy/eval.h"
#include "minipy/exc.h"
#include "minipy/fileio.h"
#include "minipy/float.h"
#include "minipy/func.h"
#include "minipy/int.h"
#include "minipy/list.h"
#include "minipy/mem.h"
#include "minipy/module.h"
#include "minipy/set.h"
#include "minipy/singletons.h"
#include "minipy/sourcecache.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "trace_internal.h"

mp_trace_options mp_trace_opts;
FILE *mp_trace_out;
const char *mp_trace_halt;

static const mp_recorder *recorder; /* NULL when --trace is off */
static int busy;                     /* inside the recorder: ignore counts */
static int started;                  /* the first instruction has run: objects
                                        made before it (by the compiler) are
                                        not numbered */

/* ---- pointer maps (open addressing, linear probing) ----------------------------------- */

typedef struct ptrmap {
    uintptr_t *keys;   /* 0: empty */
    intptr_t *values;
    size_t cap, len;   /* cap is a power of two */
} ptrmap;

static size_t ptr_hash(uintptr_t k, size_t cap)
{
    k ^= k >> 17;
    k *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(k >> 20) & (cap - 1);
}

static intptr_t *ptrmap_find(ptrmap *m, uintptr_t k)
{
    if (!m->cap)
        return NULL;
    for (size_t i = ptr_hash(k, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == k)
            return &m->values[i];
        if (!m->keys[i])
            return NULL;
    }
}

static int ptrmap_grow(ptrmap *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 1024;
    uintptr_t *keys = calloc(ncap, sizeof *keys);
    intptr_t *values = calloc(ncap, sizeof *values);
    if (!keys || !values) {
        free(keys);
        free(values);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = ptr_hash(m->keys[i], ncap);
        while (keys[j])
            j = (j + 1) & (ncap - 1);
        keys[j] = m->keys[i];
        values[j] = m->values[i];
    }
    free(m->keys);
    free(m->values);
    m->keys = keys;
    m->values = values;
    m->cap = ncap;
    return 0;
}

/* Sets k to v (a new key or an old one).  0, or -1 when memory runs out. */
static int ptrmap_put(ptrmap *m, uintptr_t k, intptr_t v)
{
    if ((m->len + 1) * 2 > m->cap && ptrmap_grow(m) < 0)
        return -1;
    size_t i = ptr_hash(k, m->cap);
    while (m->keys[i] && m->keys[i] != k)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i])
        m->len++;
    m->keys[i] = k;
    m->values[i] = v;
    return 0;
}

/* Removes k, moving later entries of its run back (no tombstones). */
static void ptrmap_del(ptrmap *m, uintptr_t k)
{
    if (!m->cap)
        return;
    size_t mask = m->cap - 1, i = ptr_hash(k, m->cap);
    while (m->keys[i] != k) {
        if (!m->keys[i])
            return;
        i = (i + 1) & mask;
    }
    m->keys[i] = 0;
    m->len--;
    for (size_t j = (i + 1) & mask; m->keys[j]; j = (j + 1) & mask) {
        size_t home = ptr_hash(m->keys[j], m->cap);
        /* Move j back into the hole at i unless its home lies in (i, j]. */
        if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
            m->keys[i] = m->keys[j];
            m->values[i] = m->values[j];
            m->keys[j] = 0;
            i = j;
        }
    }
}

static void ptrmap_free(ptrmap *m)
{
    free(m->keys);
    free(m->values);
    memset(m, 0, sizeof *m);
}

/* ---- heap object numbers ---------------------------------------------------------------- */

static ptrmap heap_ids;
static long next_heap_id = 1;

int mp_trace_is_counted(mp_obj o)
{
    return o && !mp_is_small(o) && o->refcnt < MP_IMMORTAL_REFCNT / 2;
}

long mp_trace_heap_id(mp_obj o)
{
    intptr_t *v = ptrmap_find(&heap_ids, (uintptr_t)o);
    if (v)
        return (long)*v;
    long id = next_heap_id++;
    if (ptrmap_put(&heap_ids, (uintptr_t)o, id) < 0)
        return 0; /* shown as #0: the trace goes on without the name */
    return id;
}

const char *mp_trace_kind(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if ((t->flags & MP_TPFLAGS_HEAPTYPE) && t->ht_name && mp_str_check(t->ht_name))
        return mp_str_utf8(t->ht_name);
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static mp_obj own_name(mp_obj o);

void mp_trace_put_name(mp_buf *b, mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t == &mp_type_builtin_function) {
        mp_buf_puts(b, "builtin ");
        mp_buf_puts(b, ((mp_builtin_func *)o)->def->name);
    } else {
        mp_obj name = own_name(o);
        int is_class = (t->flags & MP_TPFLAGS_TYPE_SUBCLASS) != 0; /* a type */
        mp_buf_puts(b, is_class ? "class" : mp_trace_kind(o));
        if (name && mp_str_check(name)) {
            mp_buf_putc(b, ' ');
            mp_buf_append(b, mp_str_utf8(name), mp_str_nbytes(name));
        }
    }
    mp_buf_putc(b, '#');
    mp_trace_put_long(b, mp_trace_heap_id(o));
}

/* ---- showing values ------------------------------------------------------------------------ */

void mp_trace_put_str_repr(mp_buf *b, mp_obj s, size_t max)
{
    mp_obj r = mp_obj_repr(s);
    if (!r) {
        mp_err_clear();
        mp_buf_puts(b, "<str>");
        return;
    }
    const char *p = mp_str_utf8(r);
    size_t n = mp_str_nbytes(r);
    if (n <= max) {
        mp_buf_append(b, p, n);
    } else {
        /* Cut on a character boundary and keep the closing quote. */
        size_t cut = max - 4;
        while (cut > 0 && ((unsigned char)p[cut] & 0xC0) == 0x80)
            cut--;
        mp_buf_append(b, p, cut);
        mp_buf_puts(b, "...");
        mp_buf_putc(b, p[n - 1]);
    }
    mp_decref(r);
}

/* The name a function, class, module or code object carries, or NULL. */
static mp_obj own_name(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    if (t == &mp_type_function)
        return ((mp_func *)o)->qualname;
    if (t == &mp_type_code)
        return ((mp_code *)o)->qualname;
    if (t->flags & MP_TPFLAGS_TYPE_SUBCLASS) /* a type */
        return (((mp_type *)o)->flags & MP_TPFLAGS_HEAPTYPE) ? ((mp_type *)o)->ht_qualname : NULL;
    if (t == &mp_type_module) {
        mp_obj d = ((mp_module *)o)->dict;
        return d ? mp_dict_getitem_str(d, "__name__") : NULL;
    }
    return NULL;
}

static int is_scalar(mp_obj o)
{
    mp_type *t = mp_type_of(o);
    return t == &mp_type_int || t == &mp_type_bool || t == &mp_type_float ||
           t == &mp_type_complex || o == mp_none || o == mp_ellipsis ||
           o == mp_notimplemented;
}

static void put_items(mp_buf *b, mp_obj const *items, intptr_t n, int depth)
{
    for (intptr_t i = 0; i < n; i++) {
        if (i == 8) {
            mp_buf_printf(b, ", ... (%ld items)", (long)n);
            return;
        }
        if (i)
            mp_buf_puts(b, ", ");
        mp_trace_put_value(b, items[i], depth);
    }
}

/* The items of a list, tuple, dict or set, depth levels deep. */
static void put_contents(mp_buf *b, mp_obj o, int depth)
{
    mp_type *t = mp_type_of(o);
    if (t == &mp_type_list) {
        mp_buf_putc(b, '[');
        put_items(b, MP_LIST_ITEMS(o), MP_LIST_LEN(o), depth - 1);
        mp_buf_putc(b, ']');
    } else if (t == &mp_type_tuple) {
        mp_buf_putc(b, '(');
        put_items(b, MP_TUPLE_ITEMS(o), MP_TUPLE_LEN(o), depth - 1);
        mp_buf_puts(b, MP_TUPLE_LEN(o) == 1 ? ",)" : ")");
    } else if (t == &mp_type_dict) {
        intptr_t pos = 0, n = 0;
        mp_obj k, v;
        mp_buf_putc(b, '{');
        while (mp_dict_next(o, &pos, &k, &v)) {
            if (n++ == 8) {
                mp_buf_puts(b, ", ...");
                break;
            }
            if (n > 1)
                mp_buf_puts(b, ", ");
            mp_trace_put_value(b, k, depth - 1);
            mp_buf_puts(b, ": ");
            mp_trace_put_value(b, v, depth - 1);
        }
        mp_buf_putc(b, '}');
    } else if (t == &mp_type_set || t == &mp_type_frozenset) {
        intptr_t pos = 0, n = 0;
        mp_obj k;
        mp_buf_putc(b, '{');
        while (mp_set_next(o, &pos, &k, NULL)) {
            if (n++ == 8) {
                mp_buf_puts(b, ", ...");
                break;
            }
            if (n > 1)
                mp_buf_puts(b, ", ");
            mp_trace_put_value(b, k, depth - 1);
        }
        mp_buf_putc(b, '}');
    }
}

void mp_trace_put_value(mp_buf *b, mp_obj o, int depth)
{
    if (!o) {
        mp_buf_puts(b, "NULL");
        return;
    }
    if (mp_is_small(o)) {
        mp_trace_put_long(b, (long)mp_small_value(o));
        return;
    }
    mp_type *t = mp_type_of(o);
    if (is_scalar(o)) {
        /* The reprs of these built-in types run no Python code. */
        mp_obj r = mp_obj_repr(o);
        if (r) {
            size_t n = mp_str_nbytes(r);
            if (n > 40) {
                mp_buf_append(b, mp_str_utf8(r), 36);
                mp_buf_printf(b, "...(%zu digits)", n);
            } else {
                mp_buf_append(b, mp_str_utf8(r), n);
            }
            mp_decref(r);
        } else {
            mp_err_clear();
            mp_buf_puts(b, "?");
        }
        return;
    }
    if (t == &mp_type_str) {
        mp_trace_put_str_repr(b, o, 40);
        return;
    }
    if (t == &mp_type_bytes) {
        mp_obj r = mp_obj_repr(o);
        if (r) {
            size_t n = mp_str_nbytes(r);
            mp_buf_append(b, mp_str_utf8(r), n > 40 ? 36 : n);
            if (n > 40)
                mp_buf_puts(b, "...'");
            mp_decref(r);
        } else {
            mp_err_clear();
        }
        return;
    }
    if (!mp_trace_is_counted(o)) {
        /* Immortal: a static type, an interned string, a singleton. */
        if (t->flags & MP_TPFLAGS_TYPE_SUBCLASS) { /* a type */
            mp_buf_puts(b, "class ");
            mp_buf_puts(b, ((mp_type *)o)->name);
            return;
        }
        mp_buf_puts(b, mp_trace_kind(o));
        return;
    }
    mp_trace_put_name(b, o);
    if (depth > 0 && (t == &mp_type_list || t == &mp_type_tuple || t == &mp_type_dict ||
                      t == &mp_type_set || t == &mp_type_frozenset)) {
        mp_buf_putc(b, ' ');
        put_contents(b, o, depth);
    }
}

/* ---- code objects ------------------------------------------------------------------------ */

static ptrmap code_infos;

int mp_trace_wanted(mp_code *co)
{
    if (!mp_trace_opts.nonly)
        return 1;
    for (int k = 0; k < mp_trace_opts.nonly; k++) {
        const char *want = mp_trace_opts.only[k];
        if (strcmp(want, mp_str_utf8(co->name)) == 0 || strcmp(want, mp_str_utf8(co->qualname)) == 0)
            return 1;
    }
    return 0;
}

mp_trace_code *mp_trace_code_info(mp_code *co)
{
    intptr_t *v = ptrmap_find(&code_infos, (uintptr_t)co);
    if (v)
        return (mp_trace_code *)*v;
    mp_trace_code *tc = calloc(1, sizeof *tc);
    if (!tc)
        return NULL;
    tc->co = co;
    if (mp_dis_ctx_init(&tc->dis, co) < 0) {
        mp_err_clear();
        free(tc);
        return NULL;
    }
    tc->wanted = mp_trace_wanted(co);
    tc->first_resume = 0;
    while (tc->first_resume < co->ncode && co->code[tc->first_resume].op != MP_OP_RESUME)
        tc->first_resume++;
    if (ptrmap_put(&code_infos, (uintptr_t)co, (intptr_t)tc) < 0) {
        mp_dis_ctx_fini(&tc->dis);
        free(tc);
        return NULL;
    }
    return tc;
}

static void free_code_info(mp_trace_code *tc)
{
    if (tc->lines) {
        for (intptr_t i = 0; i < tc->nlines; i++)
            free(tc->lines[i]);
        free(tc->lines);
    }
    mp_dis_ctx_fini(&tc->dis);
    free(tc);
}

static void drop_code_info(mp_code *co)
{
    intptr_t *v = ptrmap_find(&code_infos, (uintptr_t)co);
    if (!v)
        return;
    mp_trace_code *tc = (mp_trace_code *)*v;
    ptrmap_del(&code_infos, (uintptr_t)co);
    free_code_info(tc);
}

static void drop_all_code_infos(void)
{
    for (size_t i = 0; i < code_infos.cap; i++) {
        if (!code_infos.keys[i])
            continue;
        free_code_info((mp_trace_code *)code_infos.values[i]);
    }
    ptrmap_free(&code_infos);
}

void mp_trace_put_instruction(mp_buf *b, mp_trace_code *tc, intptr_t i)
{
    mp_dis_ctx *d = &tc->dis;
    int width = d->lineno_width;
    d->lineno_width = 0;
    size_t start = b->len;
    if (mp_dis_format(d, b, i, 0) < 0)
        mp_err_clear();
    d->lineno_width = width;
    /* Drop the current-instruction marker column. */
    if (b->len >= start + 3) {
        memmove(b->data + start, b->data + start + 3, b->len - start - 3);
        b->len -= 3;
        b->data[b->len] = '\0';
    }
    /* dis shows a constant by its repr, which names code objects by
     * address: the trace names them its own way. */
    mp_code *co = tc->co;
    int op = co->code[i].op;
    if (op == MP_OP_LOAD_CONST) {
        mp_obj c = MP_TUPLE_GET(co->consts, co->code[i].arg);
        if (!is_scalar(c) && !mp_str_check_exact(c) && mp_type_of(c) != &mp_type_bytes) {
            char *paren = strstr(b->data + start, " (");
            if (paren) {
                b->len = (size_t)(paren - b->data);
                mp_buf_puts(b, " (");
                mp_trace_put_value(b, c, 1);
                mp_buf_putc(b, ')');
            }
        }
    }
}

const char *mp_trace_source_line(mp_code *co, int line, size_t *len)
{
    *len = 0;
    if (line <= 0)
        return "";
    const char *s = mp_source_line(co->filename, line, len);
    if (!s) {
        *len = 0;
        return "";
    }
    while (*len && (*s == ' ' || *s == '\t')) {
        s++;
        (*len)--;
    }
    return s;
}

void mp_trace_put_long(mp_buf *b, long v)
{
    char digits[24];
    char *p = digits + sizeof digits;
    /* Unsigned, so that LONG_MIN negates without overflow. */
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    mp_buf_append(b, p, (size_t)(digits + sizeof digits - p));
}

const char *mp_trace_basename(mp_obj filename)
{
    const char *s = mp_str_utf8(filename);
    const char *slash = strrchr(s, '/');
    return slash ? slash + 1 : s;
}

/* ---- the hooks --------------------------------------------------------------------------- */

#define RECORDING(ts) (recorder && !busy && !(ts)->tracing)

int mp_trace_instruction(mp_tstate *ts, mp_frame *f, mp_codeunit *instr, mp_codeunit *last)
{
    if (RECORDING(ts)) {
        busy = 1;
        started = 1;
        recorder->instruction(ts, f, instr - f->code->code);
        busy = 0;
        if (mp_trace_halt) {
            /* The recorder asks for the program to stop (its step limit). */
            mp_err_set_str(&mp_type_SystemExit, mp_trace_halt);
            mp_trace_halt = NULL;
            return -1;
        }
    }
    if ((ts->trace_func || ts->profile_func) && !ts->tracing)
        return mp_settrace_instruction(ts, f, instr, last);
    return 0;
}

void mp_trace_call(mp_tstate *ts, mp_frame *f)
{
    /* Calls are seen at the first instruction of the frame (offset 0 for
     * the --trace recorders, RESUME for sys.settrace, as CPython 3.11). */
}

static void on_return(mp_tstate *ts, mp_frame *f, mp_obj value, int yielded)
{
    if (RECORDING(ts)) {
        busy = 1;
        recorder->ret(ts, f, value, yielded);
        busy = 0;
    }
    if ((ts->trace_func || ts->profile_func) && !ts->tracing)
        mp_settrace_return(ts, f, value);
}

void mp_trace_return(mp_tstate *ts, mp_frame *f, mp_obj retval) { on_return(ts, f, retval, 0); }
void mp_trace_yield(mp_tstate *ts, mp_frame *f, mp_obj value) { on_return(ts, f, value, 1); }

void mp_trace_exception(mp_tstate *ts, mp_frame *f)
{
    if (RECORDING(ts)) {
        busy = 1;
        recorder->exception(ts, f);
        busy = 0;
    }
    if (ts->trace_func && !ts->tracing)
        mp_settrace_exception(ts, f);
}

void mp_trace_exception_caught(mp_tstate *ts, mp_frame *f)
{
    if (RECORDING(ts)) {
        busy = 1;
        recorder->caught(ts, f);
        busy = 0;
    }
}

void mp_trace_unwind(mp_tstate *ts, mp_frame *f)
{
    if (RECORDING(ts)) {
        busy = 1;
        recorder->unwind(ts, f);
        busy = 0;
    }
    /* CPython 3.11 reports a frame left by an exception as a return of
     * None to the trace and profile functions. */
    if ((ts->trace_func || ts->profile_func) && !ts->tracing)
        mp_settrace_return(ts, f, NULL);
}

void mp_trace_refcount_change(mp_obj o, int delta)
{
    if (busy || !started || !recorder || !recorder->refcount || mp_ts()->tracing)
        return;
    if (o->refcnt >= MP_IMMORTAL_REFCNT / 2)
        return;
    /* mp_incref counts first and calls us after; mp_decref calls first. */
    intptr_t before = delta > 0 ? o->refcnt - 1 : o->refcnt;
    busy = 1;
    recorder->refcount(o, before, before + delta);
    busy = 0;
}

void mp_trace_object_created(mp_obj o)
{
    if (busy || !started || !recorder)
        return;
    mp_tstate *ts = mp_ts();
    if (ts && ts->tracing)
        return;
    busy = 1;
    if (mp_trace_heap_id(o) && recorder->created)
        recorder->created(o);
    busy = 0;
}

void mp_trace_object_freed(mp_obj o)
{
    if (mp_type_of(o) == &mp_type_code)
        drop_code_info((mp_code *)o);
    if (!ptrmap_find(&heap_ids, (uintptr_t)o))
        return;
    if (!busy && recorder && recorder->freed) {
        busy = 1;
        recorder->freed(o);
        busy = 0;
    }
    /* The address may be reused: the next object there is a new one. */
    ptrmap_del(&heap_ids, (uintptr_t)o);
}

void mp_trace_update_active(void)
{
    int on = recorder != NULL;
    for (mp_tstate *t = mp_the_interp.tstates; t && !on; t = t->next)
        on = t->trace_func || t->profile_func;
    if (on != mp_tracing_active) {
        mp_tracing_active = on;
        mp_eval_tracing_changed();
    }
}

/* ---- the program's stdout while it is captured -------------------------------------------- */

static int saved_stdout = -1;
static FILE *captured;
static long captured_read;

int mp_trace_stdout_capture_start(void)
{
    mp_stdio_flush_stdout();
    fflush(stdout);
    captured = tmpfile();
    if (!captured)
        return -1;
    saved_stdout = dup(1);
    if (saved_stdout < 0 || dup2(fileno(captured), 1) < 0) {
        fclose(captured);
        captured = NULL;
        return -1;
    }
    captured_read = 0;
    return 0;
}

void mp_trace_stdout_read(mp_buf *out)
{
    if (!captured)
        return;
    mp_stdio_flush_stdout();
    fflush(stdout);
    char chunk[4096];
    if (fseek(captured, captured_read, SEEK_SET) != 0)
        return;
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, captured)) > 0) {
        mp_buf_append(out, chunk, n);
        captured_read += (long)n;
    }
    clearerr(captured);
}

void mp_trace_stdout_capture_end(int echo)
{
    if (!captured)
        return;
    mp_stdio_flush_stdout();
    fflush(stdout);
    dup2(saved_stdout, 1);
    close(saved_stdout);
    saved_stdout = -1;
    if (echo) {
        char chunk[4096];
        size_t n;
        rewind(captured);
        while ((n = fread(chunk, 1, sizeof chunk, captured)) > 0)
            if (write(1, chunk, n) < 0)
                break;
    }
    fclose(captured);
    captured = NULL;
}

/* ---- starting and stopping ------------------------------------------------------------------ */

int mp_trace_parse_mode(const char *arg)
{
    if (strcmp(arg, "--trace") == 0 || strcmp(arg, "--trace=instructions") == 0)
        return MP_TRACE_INSTRUCTIONS;
    if (strcmp(arg, "--trace=lines") == 0)
        return MP_TRACE_LINES;
    if (strcmp(arg, "--trace=calls") == 0)
        return MP_TRACE_CALLS;
    if (strcmp(arg, "--trace=json") == 0)
        return MP_TRACE_JSON;
    if (strcmp(arg, "--trace=html") == 0)
        return MP_TRACE_HTML;
    return -1;
}

static int owns_out; /* mp_trace_out was opened here */

int mp_trace_start(const mp_trace_options *opt)
{
    int structured = opt->mode == MP_TRACE_JSON || opt->mode == MP_TRACE_HTML;
    if (structured && !opt->source) {
        /* The trace format holds one program's text and its whole run. */
        mp_err_set_str(&mp_type_NotImplementedError,
                       "minipy does not support --trace=json and --trace=html at the "
                       "interactive prompt; use --trace, --trace=lines or --trace=calls");
        return -1;
    }
    mp_trace_opts = *opt;
    if (opt->out_path) {
        mp_trace_out = fopen(opt->out_path, "w");
        if (!mp_trace_out) {
            mp_obj name = mp_str_from_cstr(opt->out_path);
            mp_err_from_errno(&mp_type_OSError, name);
            mp_xdecref(name);
            return -1;
        }
        owns_out = 1;
    } else {
        /* Text goes beside the program's stderr; JSON and HTML are the
         * output of the run (the program's stdout is inside them). */
        int fd = dup(structured ? 1 : 2);
        mp_trace_out = fd >= 0 ? fdopen(fd, "w") : NULL;
        if (!mp_trace_out) {
            mp_err_from_errno(&mp_type_OSError, NULL);
            return -1;
        }
        owns_out = 1;
    }
    setvbuf(mp_trace_out, NULL, _IOFBF, 1 << 16);
    if (structured && mp_trace_stdout_capture_start() < 0) {
        mp_err_from_errno(&mp_type_OSError, NULL);
        return -1;
    }
    recorder = structured ? &mp_trace_json_recorder : &mp_trace_text_recorder;
    /* Every form hears of frees (a freed code object's address may be
     * reused); only --trace and JSON show the counts. */
    mp_trace_refcounts = 1;
    mp_trace_update_active();
    return 0;
}

void mp_trace_flush(void)
{
    if (recorder && mp_trace_out)
        fflush(mp_trace_out);
}

int mp_trace_stop(void)
{
    if (!recorder)
        return 0;
    const mp_recorder *r = recorder;
    busy = 1;
    int status = r->finish ? r->finish() : 0;
    busy = 0;
    recorder = NULL;
    mp_trace_refcounts = 0;
    mp_trace_update_active();
    if (mp_trace_opts.mode == MP_TRACE_JSON || mp_trace_opts.mode == MP_TRACE_HTML)
        mp_trace_stdout_capture_end(mp_trace_opts.out_path != NULL);
    if (owns_out && mp_trace_out)
        fclose(mp_trace_out);
    mp_trace_out = NULL;
    owns_out = 0;
    ptrmap_free(&heap_ids);
    next_heap_id = 1;
    started = 0;
    mp_trace_halt = NULL;
    drop_all_code_infos();
    return status;
}

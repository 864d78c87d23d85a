/* The text forms of --trace (trace.h):
 *
 *   --trace        every instruction on one line: source line, code name,
 *                  offset, opname, argument and its meaning (dis's
 *                  columns), the value stack after it, and the reference
 *                  counts it changed ("list#3 rc 1->2", "list#3 freed");
 *                  each source line printed once above its instructions;
 *   --trace=lines  one entry per source line, with the variables the last
 *                  line changed, as a debugger steps;
 *   --trace=calls  calls, returns, yields and exceptions only.
 *
 * Calls, returns, yields, resumptions, exceptions raised and caught, and
 * thread switches are marked in every form:
 *
 *   --> call f(a=1)            <-- return 2 from f
 *   --> resume gen             <-- yield 1 from gen
 *   !!! raise ValueError: bad  !!! caught ValueError in <module>
 *   ~~~ switch to thread#2
 *
 * An instruction's line is written when the next event comes, since only
 * then are its stack and its count changes known. */
#include <stdlib.h>
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/func.h"
#include "minipy/opcodes.h"

#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/str.h"
#include "minipy/tuple.h"
#include "trace_internal.h"

#define STACK_COLUMN 62

/* A frame seen by --trace=lines: where it was, and its variables as last
 * shown ("name\0value\0" pairs). */
typedef struct frame_state {
    mp_frame *f;
    intptr_t last_i;
    int last_line;
    mp_buf snap;
} frame_state;

static struct {
    mp_buf out;              /* what is written next */
    int pending;             /* an instruction waits for its stack */
    mp_frame *pend_frame;
    mp_buf pend_line;
    mp_buf changes;          /* count changes since the pending one began */
    mp_obj last_changed;
    int suppress;            /* in a frame --trace-only leaves out */
    mp_frame *line_frame;    /* the last source line shown */
    int line_no;
    mp_tstate *last_ts;
    mp_tstate *threads[64];
    int nthreads;
    int depth;
    mp_obj last_exc;         /* identity only: never dereferenced once stale */
    char last_exc_kind[64];
    int unwound;             /* the last event was an unwind */
    mp_code *genret;         /* RETURN_GENERATOR ran in this code: its
                                frame returned a generator */
    frame_state *frames;
    int nframes, capframes;
} S;

static void emit(void)
{
    if (S.out.len) {
        fwrite(S.out.data, 1, S.out.len, mp_trace_out);
        S.out.len = 0;
    }
}

static int mode(void) { return mp_trace_opts.mode; }

static void indent(void)
{
    if (mode() == MP_TRACE_INSTRUCTIONS)
        return;
    for (int k = 0; k < S.depth && k < 40; k++)
        mp_buf_puts(&S.out, "  ");
}

static void put_code_name(mp_buf *b, mp_code *co)
{
    mp_buf_append(b, mp_str_utf8(co->qualname), mp_str_nbytes(co->qualname));
}

/* "file.py:12": where a code's line is (no printf: once per line run). */
static void put_place(mp_buf *b, mp_code *co, int line)
{
    mp_buf_puts(b, mp_trace_basename(co->filename));
    mp_buf_putc(b, ':');
    mp_trace_put_long(b, line);
}

/* n spaces, in one append. */
static void put_spaces(mp_buf *b, size_t n)
{
    static const char spaces[] = "                                                                ";
    while (n > 0) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        mp_buf_append(b, spaces, k);
        n -= k;
    }
}

static void put_stack(mp_buf *b, mp_frame *f)
{
    mp_obj *base = f->localsplus + f->code->nlocalsplus;
    mp_buf_putc(b, '[');
    for (int k = 0; k < f->stacktop; k++) {
        if (k)
            mp_buf_puts(b, ", ");
        mp_trace_put_value(b, base[k], 0);
    }
    mp_buf_putc(b, ']');
}

/* Writes the waiting instruction's line; with the stack when the event
 * that ends it happens in the same frame with the stack saved. */
static void flush(mp_frame *cur, int have_stack)
{
    if (S.pending) {
        mp_buf *b = &S.out;
        mp_buf_append(b, S.pend_line.data, S.pend_line.len);
        if (have_stack && cur == S.pend_frame) {
            put_spaces(b, S.pend_line.len < STACK_COLUMN ? STACK_COLUMN + 1 - S.pend_line.len : 1);
            put_stack(b, cur);
        }
        if (S.changes.len) {
            mp_buf_puts(b, "  | ");
            mp_buf_append(b, S.changes.data, S.changes.len);
        }
        mp_buf_putc(b, '\n');
    } else if (S.changes.len) {
        put_spaces(&S.out, STACK_COLUMN + 1);
        mp_buf_puts(&S.out, "| ");
        mp_buf_append(&S.out, S.changes.data, S.changes.len);
        mp_buf_putc(&S.out, '\n');
    }
    S.pending = 0;
    S.changes.len = 0;
    S.last_changed = NULL;
    if (S.genret) {
        if (S.depth > 0)
            S.depth--;
        indent();
        mp_buf_puts(&S.out, "<-- return a new generator from ");
        put_code_name(&S.out, S.genret);
        mp_buf_putc(&S.out, '\n');
        S.genret = NULL;
        S.line_frame = NULL;
    }
    emit();
}

/* ---- frames seen by --trace=lines -------------------------------------------------------- */

static frame_state *find_frame(mp_frame *f)
{
    for (int k = S.nframes - 1; k >= 0; k--)
        if (S.frames[k].f == f)
            return &S.frames[k];
    return NULL;
}

static frame_state *new_frame_state(mp_frame *f)
{
    frame_state *st = find_frame(f);
    if (st) {
        st->snap.len = 0;
        st->last_i = -1;
        st->last_line = -1;
        return st;
    }
    if (S.nframes == S.capframes) {
        int ncap = S.capframes ? S.capframes * 2 : 32;
        frame_state *n = realloc(S.frames, sizeof *n * (size_t)ncap);
        if (!n)
            return NULL;
        S.frames = n;
        S.capframes = ncap;
    }
    st = &S.frames[S.nframes++];
    memset(st, 0, sizeof *st);
    st->f = f;
    st->last_i = -1;
    st->last_line = -1;
    return st;
}

static void drop_frame_state(mp_frame *f)
{
    frame_state *st = find_frame(f);
    if (!st)
        return;
    mp_buf_free(&st->snap);
    *st = S.frames[--S.nframes];
}

static int is_dunder(mp_obj name)
{
    const char *s = mp_str_utf8(name);
    size_t n = mp_str_nbytes(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static void snap_put(mp_buf *b, mp_obj name, mp_obj v)
{
    mp_buf_append(b, mp_str_utf8(name), mp_str_nbytes(name));
    mp_buf_putc(b, '\0');
    mp_trace_put_value(b, v, 1);
    mp_buf_putc(b, '\0');
}

/* The frame's variables now: its fast locals (cells seen through), or
 * the names of a module or class body but the dunder ones. */
static void snapshot(mp_frame *f, mp_buf *b)
{
    mp_code *co = f->code;
    b->len = 0;
    if (f->locals && !(co->flags & MP_CO_OPTIMIZED)) {
        if (!mp_dict_check(f->locals))
            return;
        intptr_t pos = 0;
        mp_obj k, v;
        while (mp_dict_next(f->locals, &pos, &k, &v))
            if (mp_str_check(k) && !is_dunder(k))
                snap_put(b, k, v);
        return;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        mp_obj v = f->localsplus[i];
        if (v && (co->localspluskinds[i] & (MP_CO_FAST_CELL | MP_CO_FAST_FREE)) &&
            mp_type_of(v) == &mp_type_cell)
            v = ((mp_cell *)v)->ref;
        if (v)
            snap_put(b, MP_TUPLE_GET(co->localsplusnames, i), v);
    }
}

/* "a = 1, b = [2]": what differs between two snapshots. */
static void put_changes(mp_buf *out, const mp_buf *old, const mp_buf *now)
{
    int first = 1;
    for (size_t p = 0; p < now->len;) {
        const char *name = now->data + p;
        size_t nl = strlen(name);
        const char *val = name + nl + 1;
        size_t vl = strlen(val);
        p += nl + vl + 2;
        const char *oldval = NULL;
        for (size_t q = 0; q < old->len;) {
            const char *on = old->data + q;
            size_t onl = strlen(on);
            const char *ov = on + onl + 1;
            q += onl + strlen(ov) + 2;
            if (onl == nl && memcmp(on, name, nl) == 0) {
                oldval = ov;
                break;
            }
        }
        if (oldval && strcmp(oldval, val) == 0)
            continue;
        mp_buf_puts(out, first ? "    " : ", ");
        first = 0;
        mp_buf_append(out, name, nl);
        mp_buf_puts(out, " = ");
        mp_buf_append(out, val, vl);
    }
}

/* Shows what changed in f since its last entry, and remembers the state. */
static void show_variables(mp_frame *f, frame_state *st)
{
    mp_buf now = MP_BUF_INIT;
    snapshot(f, &now);
    put_changes(&S.out, &st->snap, &now);
    mp_buf_free(&st->snap);
    st->snap = now;
}

/* ---- markers ------------------------------------------------------------------------------- */

static void thread_switch(mp_tstate *ts)
{
    int k;
    for (k = 0; k < S.nthreads; k++)
        if (S.threads[k] == ts)
            break;
    if (k == S.nthreads && S.nthreads < 64)
        S.threads[S.nthreads++] = ts;
    if (S.last_ts && S.last_ts != ts) {
        flush(NULL, 0);
        mp_buf_printf(&S.out, "~~~ switch to thread#%d\n", k + 1);
        emit();
    }
    S.last_ts = ts;
}

static void put_arguments(mp_buf *b, mp_frame *f)
{
    mp_code *co = f->code;
    int n = co->argcount + co->kwonlyargcount + !!(co->flags & MP_CO_VARARGS) +
            !!(co->flags & MP_CO_VARKEYWORDS);
    mp_buf_putc(b, '(');
    for (int i = 0; i < n && i < co->nlocalsplus; i++) {
        if (i)
            mp_buf_puts(b, ", ");
        mp_obj name = MP_TUPLE_GET(co->localsplusnames, i);
        mp_buf_append(b, mp_str_utf8(name), mp_str_nbytes(name));
        mp_buf_putc(b, '=');
        mp_trace_put_value(b, f->localsplus[i], 1);
    }
    mp_buf_putc(b, ')');
}

static void mark_entry(mp_frame *f, intptr_t i)
{
    mp_code *co = f->code;
    int op = co->code[i].op;
    const char *what = NULL;
    if (i == 0)
        what = "call";
    else if (op == MP_OP_RESUME && co->code[i].arg > 0)
        what = "resume";
    else if (co->code[i - 1].op == MP_OP_RETURN_GENERATOR)
        what = "start";
    if (!what)
        return;
    indent();
    mp_buf_puts(&S.out, "--> ");
    mp_buf_puts(&S.out, what);
    mp_buf_putc(&S.out, ' ');
    put_code_name(&S.out, co);
    if (i == 0 && (co->flags & MP_CO_OPTIMIZED))
        put_arguments(&S.out, f);
    mp_buf_puts(&S.out, "  (");
    put_place(&S.out, co, i == 0 ? co->firstlineno : mp_code_line_at(co, i));
    mp_buf_puts(&S.out, ")\n");
    S.depth++;
    if (mode() == MP_TRACE_LINES && (i == 0 || what[0] == 's'))
        new_frame_state(f);
    S.line_frame = NULL;
}

/* ---- the recorder ------------------------------------------------------------------------- */

/* The text of an instruction's line under --trace, before its stack:
 * line number, code name and the instruction as dis shows it. */
static void put_instruction_line(mp_buf *b, mp_trace_code *tc, intptr_t i, int line)
{
    mp_buf_printf(b, "%6d ", line);
    size_t name_at = b->len;
    put_code_name(b, tc->co);
    if (b->len < name_at + 14)
        put_spaces(b, name_at + 14 - b->len);
    mp_trace_put_instruction(b, tc, i);
}

/* The line of code unit i, made once per code object; NULL when memory
 * runs out. */
static const mp_trace_line *instruction_line(mp_trace_code *tc, intptr_t i, int line)
{
    if (!tc->lines) {
        tc->lines = calloc((size_t)tc->co->ncode, sizeof *tc->lines);
        if (!tc->lines)
            return NULL;
        tc->nlines = tc->co->ncode;
    }
    if (!tc->lines[i]) {
        mp_buf b = MP_BUF_INIT;
        put_instruction_line(&b, tc, i, line);
        mp_trace_line *l = b.failed ? NULL : malloc(sizeof *l + b.len);
        if (l) {
            l->len = b.len;
            if (b.len)
                memcpy(l->text, b.data, b.len);
            tc->lines[i] = l;
        }
        mp_buf_free(&b);
    }
    return tc->lines[i];
}

static void on_instruction(mp_tstate *ts, mp_frame *f, intptr_t i)
{
    mp_code *co = f->code;
    thread_switch(ts);
    mp_trace_code *tc = mp_trace_code_info(co);
    if (!tc || !tc->wanted) {
        flush(NULL, 0);
        S.suppress = 1;
        return;
    }
    S.suppress = 0;
    S.unwound = 0;
    flush(f, 1);
    mark_entry(f, i);
    if (co->code[i].op == MP_OP_RETURN_GENERATOR)
        S.genret = co;
    int line = mp_code_line_at(co, i);
    if (mode() == MP_TRACE_INSTRUCTIONS) {
        if (line > 0 && (f != S.line_frame || line != S.line_no)) {
            size_t len;
            const char *src = mp_trace_source_line(co, line, &len);
            put_place(&S.out, co, line);
            mp_buf_puts(&S.out, "  ");
            mp_buf_append(&S.out, src, len);
            mp_buf_putc(&S.out, '\n');
            emit();
        }
        S.line_frame = f;
        S.line_no = line;
        mp_buf *b = &S.pend_line;
        b->len = 0;
        const mp_trace_line *text = instruction_line(tc, i, line);
        if (text) {
            mp_buf_append(b, text->text, text->len);
        } else {
            /* Out of memory for the cache: the line is made each time. */
            put_instruction_line(b, tc, i, line);
        }
        S.pending = 1;
        S.pend_frame = f;
    } else if (mode() == MP_TRACE_LINES) {
        frame_state *st = find_frame(f);
        if (!st)
            st = new_frame_state(f);
        if (!st)
            return;
        int op = co->code[i].op;
        int starts = line > 0 && i > tc->first_resume &&
                     (line != st->last_line || (i < st->last_i && op != MP_OP_SEND));
        st->last_i = i;
        if (op == MP_OP_RESUME || line > 0)
            st->last_line = line;
        if (!starts)
            return;
        size_t len;
        const char *src = mp_trace_source_line(co, line, &len);
        indent();
        size_t at = S.out.len;
        mp_buf_printf(&S.out, "%s:%d ", mp_trace_basename(co->filename), line);
        put_code_name(&S.out, co);
        mp_buf_puts(&S.out, " | ");
        mp_buf_append(&S.out, src, len);
        while (S.out.len < at + 50)
            mp_buf_putc(&S.out, ' ');
        show_variables(f, st);
        mp_buf_putc(&S.out, '\n');
        emit();
    }
    emit();
}

static void on_return(mp_tstate *ts, mp_frame *f, mp_obj value, int yielded)
{
    if (!mp_trace_wanted(f->code))
        return;
    flush(f, 1);
    if (mode() == MP_TRACE_LINES) {
        frame_state *st = find_frame(f);
        if (st) {
            size_t at = S.out.len;
            indent();
            mp_buf_puts(&S.out, "(end of line)");
            size_t before = S.out.len;
            show_variables(f, st);
            if (S.out.len == before)
                S.out.len = at;
            else
                mp_buf_putc(&S.out, '\n');
        }
        if (!yielded)
            drop_frame_state(f);
    }
    if (S.depth > 0)
        S.depth--;
    indent();
    mp_buf_puts(&S.out, yielded ? "<-- yield " : "<-- return ");
    mp_trace_put_value(&S.out, value, 1);
    mp_buf_puts(&S.out, " from ");
    put_code_name(&S.out, f->code);
    mp_buf_putc(&S.out, '\n');
    S.line_frame = NULL;
    emit();
}

static void on_exception(mp_tstate *ts, mp_frame *f)
{
    if (!mp_trace_wanted(f->code))
        return;
    flush(f, 0);
    mp_obj exc = ts->curexc;
    mp_code *co = f->code;
    int line = mp_frame_lineno(f);
    indent();
    if (exc && exc == S.last_exc && S.unwound) {
        mp_buf_printf(&S.out, "!!! %s passes up into ", mp_trace_kind(exc));
        put_code_name(&S.out, co);
        mp_buf_printf(&S.out, " at line %d\n", line);
    } else if (exc) {
        mp_buf_printf(&S.out, "!!! raise %s", mp_trace_kind(exc));
        mp_obj s = mp_obj_str(exc);
        if (s && mp_str_nbytes(s)) {
            mp_buf_puts(&S.out, ": ");
            mp_buf_append(&S.out, mp_str_utf8(s), mp_str_nbytes(s) > 200 ? 200 : mp_str_nbytes(s));
        }
        if (!s)
            mp_err_clear();
        mp_xdecref(s);
        mp_buf_puts(&S.out, " (in ");
        put_code_name(&S.out, co);
        mp_buf_printf(&S.out, " at line %d)\n", line);
    }
    if (exc) {
        S.last_exc = exc;
        snprintf(S.last_exc_kind, sizeof S.last_exc_kind, "%s", mp_trace_kind(exc));
    }
    S.unwound = 0;
    emit();
}

static void on_caught(mp_tstate *ts, mp_frame *f)
{
    if (!mp_trace_wanted(f->code))
        return;
    flush(NULL, 0);
    mp_code *co = f->code;
    indent();
    if (ts->curexc) {
        /* FOR_ITER: the iterator ended by raising StopIteration. */
        mp_buf_printf(&S.out, "!!! caught %s: the loop ends (in ", mp_trace_kind(ts->curexc));
        put_code_name(&S.out, co);
        mp_buf_puts(&S.out, ")\n");
    } else {
        mp_buf_printf(&S.out, "!!! caught %s by a handler in ", S.last_exc_kind);
        put_code_name(&S.out, co);
        intptr_t at = f->prev_instr - co->code;
        for (int k = 0; k < co->nexc; k++)
            if (at >= co->exctable[k].start && at < co->exctable[k].end) {
                mp_buf_printf(&S.out, " (to offset %d)", 2 * co->exctable[k].target);
                break;
            }
        mp_buf_putc(&S.out, '\n');
    }
    S.unwound = 0;
    emit();
}

static void on_unwind(mp_tstate *ts, mp_frame *f)
{
    if (!mp_trace_wanted(f->code))
        return;
    flush(NULL, 0);
    if (mode() == MP_TRACE_LINES)
        drop_frame_state(f);
    if (S.depth > 0)
        S.depth--;
    indent();
    mp_buf_printf(&S.out, "<-- %s ends ", mp_str_utf8(f->code->qualname));
    mp_buf_printf(&S.out, "by %s\n", S.last_exc_kind);
    S.unwound = 1;
    S.line_frame = NULL;
    emit();
}

static void on_refcount(mp_obj o, intptr_t before, intptr_t after)
{
    if (S.suppress || mode() != MP_TRACE_INSTRUCTIONS)
        return;
    mp_buf *b = &S.changes;
    if (o == S.last_changed && b->len) {
        mp_buf_append(b, "->", 2);
        mp_trace_put_long(b, (long)after);
    } else {
        if (b->len)
            mp_buf_append(b, ", ", 2);
        mp_trace_put_name(b, o);
        mp_buf_append(b, " rc ", 4);
        mp_trace_put_long(b, (long)before);
        mp_buf_append(b, "->", 2);
        mp_trace_put_long(b, (long)after);
    }
    if (after == 0 && mp_type_of(o)->finalize && (mp_type_of(o)->flags & MP_TPFLAGS_HEAPTYPE))
        mp_buf_puts(b, " __del__");
    S.last_changed = o;
}

static void on_created(mp_obj o)
{
    if (S.suppress || mode() != MP_TRACE_INSTRUCTIONS)
        return;
    mp_buf *b = &S.changes;
    if (b->len)
        mp_buf_puts(b, ", ");
    /* Only its type is set yet: the name comes from the kind alone. */
    mp_buf_puts(b, mp_trace_kind(o));
    mp_buf_putc(b, '#');
    mp_trace_put_long(b, mp_trace_heap_id(o));
    mp_buf_puts(b, " new rc 1");
    S.last_changed = o;
}

static void on_freed(mp_obj o)
{
    if (S.suppress || mode() != MP_TRACE_INSTRUCTIONS)
        return;
    mp_buf *b = &S.changes;
    if (o == S.last_changed && b->len) {
        mp_buf_puts(b, " freed");
    } else {
        /* Being freed, the object may have dropped its name already. */
        if (b->len)
            mp_buf_puts(b, ", ");
        mp_buf_puts(b, mp_trace_kind(o));
        mp_buf_putc(b, '#');
        mp_trace_put_long(b, mp_trace_heap_id(o));
        mp_buf_puts(b, " freed");
    }
    S.last_changed = NULL;
}

static int on_finish(void)
{
    flush(NULL, 0);
    mp_buf_free(&S.out);
    mp_buf_free(&S.pend_line);
    mp_buf_free(&S.changes);
    for (int k = 0; k < S.nframes; k++)
        mp_buf_free(&S.frames[k].snap);
    free(S.frames);
    memset(&S, 0, sizeof S);
    return fflush(mp_trace_out) == 0 ? 0 : -1;
}

const mp_recorder mp_trace_text_recorder = {
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

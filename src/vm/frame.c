/* Frames: the per-thread frame stack, and frame objects (frame.h). */
#include <string.h>

#include "minipy/abstract.h"
#include "minipy/dict.h"
#include "minipy/exc.h"
#include "minipy/frame.h"
#include "minipy/gc.h"
#include "minipy/int.h"
#include "minipy/mem.h"
#include "minipy/singletons.h"
#include "minipy/state.h"
#include "minipy/str.h"
#include "minipy/tuple.h"

/* Frames are carved out of chunks; a call allocates only when it crosses
 * into a new chunk.  Chunks are kept once made (a deep recursion pays
 * once). */
struct mp_frame_chunk {
    struct mp_frame_chunk *prev, *next;
    char *top_when_left;   /* where the previous chunk's top was */
    size_t size;
    _Alignas(16) char data[];
};

#define CHUNK_SIZE (256 * 1024)

static int new_chunk(mp_tstate *ts, size_t need)
{
    struct mp_frame_chunk *c = ts->frame_chunk ? ts->frame_chunk->next : NULL;
    if (c && c->size < need) {
        /* The kept chunk is too small for this frame: drop it. */
        ts->frame_chunk->next = NULL;
        while (c) {
            struct mp_frame_chunk *n = c->next;
            mp_free(c);
            c = n;
        }
    }
    if (!c) {
        size_t size = need > CHUNK_SIZE ? need : CHUNK_SIZE;
        c = mp_malloc(sizeof *c + size);
        if (!c)
            return -1;
        c->size = size;
        c->next = NULL;
        c->prev = ts->frame_chunk;
        if (ts->frame_chunk)
            ts->frame_chunk->next = c;
    }
    c->top_when_left = ts->frame_top;
    ts->frame_chunk = c;
    ts->frame_top = c->data;
    ts->frame_limit = c->data + c->size;
    return 0;
}

mp_frame *mp_frame_push(mp_tstate *ts, mp_func *func, mp_obj locals)
{
    mp_code *co = func->code;
    size_t size = (mp_frame_size(co) + 15) & ~(size_t)15;
    if (!ts->frame_top || ts->frame_top + size > ts->frame_limit) {
        if (new_chunk(ts, size) < 0) {
            mp_err_no_memory();
            return NULL;
        }
    }
    mp_frame *f = (mp_frame *)ts->frame_top;
    ts->frame_top += size;
    f->func = (mp_func *)mp_newref((mp_obj)func);
    f->code = (mp_code *)mp_newref((mp_obj)co);
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = locals ? mp_newref(locals) : NULL;
    f->previous = NULL;
    /* RESUME is at index 0: "the instruction before it" starts the frame. */
    f->prev_instr = co->code - 1;
    f->frame_obj = NULL;
    f->stacktop = 0;
    f->owner = MP_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    memset(f->localsplus, 0, sizeof(mp_obj) * (size_t)co->nlocalsplus);
    return f;
}

/* Drops the frame's own references: locals, the value stack, its names. */
void mp_frame_clear(mp_frame *f)
{
    mp_obj *lp = f->localsplus;
    int n = f->code->nlocalsplus + f->stacktop;
    for (int i = 0; i < n; i++)
        MP_CLEAR(lp[i]);
    f->stacktop = 0;
    MP_CLEAR(f->locals);
}

/* A frame object that outlives its frame takes over a copy of it. */
static void take_ownership(mp_frame *f)
{
    mp_frame_object *fo = (mp_frame_object *)f->frame_obj;
    mp_frame *copy = (mp_frame *)fo->frame_data;
    size_t size = sizeof(mp_frame) + sizeof(mp_obj) * (size_t)f->code->nlocalsplus;
    memcpy(copy, f, size);
    copy->stacktop = 0;
    copy->owner = MP_FRAME_OWNED_BY_FRAME_OBJ;
    copy->previous = NULL;
    fo->frame = copy;
    /* f_back of a finished frame is its caller's frame object, if any. */
    if (f->previous && !fo->back) {
        mp_frame_object *back = mp_frame_get_object(f->previous);
        if (back)
            fo->back = (mp_frame_object *)mp_newref((mp_obj)back);
        else
            mp_err_clear();
    }
    /* The copy owns the references now: the original must not drop them. */
    memset(f->localsplus, 0, sizeof(mp_obj) * (size_t)f->code->nlocalsplus);
    f->func = NULL;
    f->code = NULL;
    f->locals = NULL;
    f->frame_obj = NULL;
    mp_decref((mp_obj)fo);
}

void mp_frame_release_object(mp_frame *f)
{
    if (f->frame_obj) {
        mp_frame_object *fo = (mp_frame_object *)f->frame_obj;
        if (fo->ob.refcnt > 1) {
            take_ownership(f);
        } else {
            f->frame_obj = NULL;
            fo->frame = NULL;
            mp_decref((mp_obj)fo);
        }
    }
}

void mp_frame_pop(mp_tstate *ts, mp_frame *f)
{
    /* The stack above the locals is empty at a normal return; on the
     * error path it has been cleared by the unwinder. */
    for (int i = 0; i < f->stacktop; i++)
        MP_CLEAR(f->localsplus[f->code->nlocalsplus + i]);
    f->stacktop = 0;
    if (f->frame_obj)
        mp_frame_release_object(f);
    if (f->code) {
        mp_obj *lp = f->localsplus;
        for (int i = 0; i < f->code->nlocalsplus; i++)
            MP_CLEAR(lp[i]);
        MP_CLEAR(f->locals);
        mp_decref((mp_obj)f->code);
        mp_decref((mp_obj)f->func);
    }
    ts->frame_top = (char *)f;
    if (ts->frame_chunk && ts->frame_top == ts->frame_chunk->data && ts->frame_chunk->prev) {
        /* Back into the previous chunk. */
        struct mp_frame_chunk *c = ts->frame_chunk;
        ts->frame_top = c->top_when_left;
        ts->frame_chunk = c->prev;
        ts->frame_limit = c->prev->data + c->prev->size;
    }
}

void mp_frame_stack_free(mp_tstate *ts)
{
    struct mp_frame_chunk *c = ts->frame_chunk;
    while (c && c->prev)
        c = c->prev;
    while (c) {
        struct mp_frame_chunk *n = c->next;
        mp_free(c);
        c = n;
    }
    ts->frame_chunk = NULL;
    ts->frame_top = ts->frame_limit = NULL;
}

int mp_frame_lineno(mp_frame *f)
{
    intptr_t i = f->prev_instr - f->code->code;
    if (i < 0)
        return f->code->firstlineno;
    return mp_code_line_at(f->code, i);
}

/* ---- f_locals --------------------------------------------------------------------- */

mp_obj mp_frame_locals(mp_frame *f)
{
    mp_code *co = f->code;
    if (f->locals && !(co->flags & MP_CO_OPTIMIZED))
        return mp_newref(f->locals);
    mp_obj d = mp_dict_new();
    if (!d)
        return NULL;
    for (int i = 0; i < co->nlocalsplus; i++) {
        mp_obj name = MP_TUPLE_GET(co->localsplusnames, i);
        mp_obj v = f->localsplus[i];
        unsigned char kind = co->localspluskinds[i];
        /* Cells hold the value one step away (until MAKE_CELL has run, a
         * cell variable that is an argument still holds the value). */
        if (v && (kind & (MP_CO_FAST_CELL | MP_CO_FAST_FREE)) && mp_type_of(v) == &mp_type_cell)
            v = ((mp_cell *)v)->ref;
        if (!v)
            continue;
        /* A free variable of a class body is not a local of it. */
        if ((kind & MP_CO_FAST_FREE) && !(co->flags & MP_CO_OPTIMIZED))
            continue;
        if (mp_dict_setitem(d, name, v) < 0) {
            mp_decref(d);
            return NULL;
        }
    }
    return d;
}

/* ---- frame objects ------------------------------------------------------------------ */

mp_frame_object *mp_frame_get_object(mp_frame *f)
{
    if (f->frame_obj)
        return (mp_frame_object *)f->frame_obj;
    size_t extra = sizeof(mp_frame) + sizeof(mp_obj) * (size_t)f->code->nlocalsplus;
    mp_frame_object *fo = (mp_frame_object *)mp_obj_alloc_var(&mp_type_frame,
                                                              (intptr_t)((extra + sizeof(mp_obj) - 1) / sizeof(mp_obj)));
    if (!fo)
        return NULL;
    fo->frame = f;
    fo->lineno = 0;
    fo->trace_lines = 1; /* f_trace_lines is True until a tracer says not */
    f->frame_obj = (mp_obj)fo;
    return fo;
}

static void frame_obj_dealloc(mp_obj self)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    if (mp_gc_is_tracked(self))
        mp_gc_untrack(self);
    mp_frame *f = fo->frame;
    if (f && f->owner == MP_FRAME_OWNED_BY_FRAME_OBJ && (mp_frame *)fo->frame_data == f) {
        mp_obj *lp = f->localsplus;
        for (int i = 0; i < f->code->nlocalsplus; i++)
            MP_CLEAR(lp[i]);
        MP_CLEAR(f->locals);
        MP_CLEAR(f->code);
        MP_CLEAR(f->func);
    } else if (f) {
        /* The frame is still running (or suspended in a generator). */
        f->frame_obj = NULL;
    }
    MP_CLEAR(fo->back);
    MP_CLEAR(fo->trace);
    mp_obj_free(self);
}

static int frame_obj_traverse(mp_obj self, mp_visitproc visit, void *arg)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    mp_frame *f = fo->frame;
    if (fo->back && visit((mp_obj)fo->back, arg))
        return 1;
    if (fo->trace && visit(fo->trace, arg))
        return 1;
    if (f && f->owner == MP_FRAME_OWNED_BY_FRAME_OBJ && f->code) {
        for (int i = 0; i < f->code->nlocalsplus; i++)
            if (f->localsplus[i] && visit(f->localsplus[i], arg))
                return 1;
        if (f->locals && visit(f->locals, arg))
            return 1;
        if (visit((mp_obj)f->func, arg) || visit((mp_obj)f->code, arg))
            return 1;
    }
    return 0;
}

static int frame_obj_clear(mp_obj self)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    mp_frame *f = fo->frame;
    MP_CLEAR(fo->back);
    MP_CLEAR(fo->trace);
    if (f && f->owner == MP_FRAME_OWNED_BY_FRAME_OBJ && f->code) {
        for (int i = 0; i < f->code->nlocalsplus; i++)
            MP_CLEAR(f->localsplus[i]);
        MP_CLEAR(f->locals);
    }
    return 0;
}

static mp_obj frame_repr(mp_obj self)
{
    mp_frame *f = ((mp_frame_object *)self)->frame;
    if (!f || !f->code)
        return mp_str_from_format("<frame at %p>", (void *)self);
    return mp_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)self,
                              f->code->filename, mp_frame_lineno(f), f->code->name);
}

static mp_frame *live_frame(mp_obj self)
{
    mp_frame *f = ((mp_frame_object *)self)->frame;
    if (!f || !f->code) {
        mp_err_set_str(&mp_type_RuntimeError, "frame has been cleared");
        return NULL;
    }
    return f;
}

static mp_obj frame_get_lineno(mp_obj self, void *c)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    mp_frame *f = live_frame(self);
    if (!f)
        return NULL;
    if (fo->trace && fo->lineno)
        return mp_small(fo->lineno);
    return mp_small(mp_frame_lineno(f));
}

static mp_obj frame_get_code(mp_obj self, void *c)
{
    mp_frame *f = live_frame(self);
    return f ? mp_newref((mp_obj)f->code) : NULL;
}

static mp_obj frame_get_globals(mp_obj self, void *c)
{
    mp_frame *f = live_frame(self);
    return f ? mp_newref(f->globals) : NULL;
}

static mp_obj frame_get_builtins(mp_obj self, void *c)
{
    mp_frame *f = live_frame(self);
    return f ? mp_newref(f->builtins) : NULL;
}

static mp_obj frame_get_locals(mp_obj self, void *c)
{
    mp_frame *f = live_frame(self);
    return f ? mp_frame_locals(f) : NULL;
}

static mp_obj frame_get_back(mp_obj self, void *c)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    if (fo->back)
        return mp_newref((mp_obj)fo->back);
    /* A running generator's frame has its caller too (a suspended one has
     * previous == NULL), as in CPython. */
    mp_frame *f = fo->frame;
    if (f && f->previous) {
        mp_frame_object *b = mp_frame_get_object(f->previous);
        return b ? mp_newref((mp_obj)b) : NULL;
    }
    MP_RETURN_NONE;
}

static mp_obj frame_get_lasti(mp_obj self, void *c)
{
    mp_frame *f = live_frame(self);
    if (!f)
        return NULL;
    intptr_t i = f->prev_instr - f->code->code;
    return mp_small(i < 0 ? -1 : i * 2);
}

static mp_obj frame_get_trace(mp_obj self, void *c)
{
    mp_obj t = ((mp_frame_object *)self)->trace;
    return mp_newref(t ? t : mp_none);
}

static int frame_set_trace(mp_obj self, mp_obj v, void *c)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    mp_obj nv = (v && v != mp_none) ? mp_newref(v) : NULL;
    MP_SETREF(fo->trace, nv);
    return 0;
}

static mp_obj frame_get_trace_lines(mp_obj self, void *c)
{
    return mp_bool(((mp_frame_object *)self)->trace_lines);
}

static int frame_set_trace_flag(mp_obj self, mp_obj v, void *which)
{
    int t = v ? mp_obj_is_true(v) : 0;
    if (t < 0)
        return -1;
    if (which)
        ((mp_frame_object *)self)->trace_opcodes = (char)t;
    else
        ((mp_frame_object *)self)->trace_lines = (char)t;
    return 0;
}

static mp_obj frame_get_trace_opcodes(mp_obj self, void *c)
{
    return mp_bool(((mp_frame_object *)self)->trace_opcodes);
}

static mp_obj frame_clear_method(mp_obj self)
{
    mp_frame_object *fo = (mp_frame_object *)self;
    mp_frame *f = fo->frame;
    if (f && f->owner != MP_FRAME_OWNED_BY_FRAME_OBJ)
        return mp_err_set_str(&mp_type_RuntimeError, "cannot clear an executing frame");
    frame_obj_clear(self);
    MP_RETURN_NONE;
}

static const mp_getset_def frame_getsets[] = {
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {"f_trace_lines", frame_get_trace_lines, frame_set_trace_flag, NULL, NULL},
    {"f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_flag, NULL, (void *)1},
    {NULL},
};

static const mp_method_def frame_methods[] = {
    {"clear", (void (*)(void))frame_clear_method, MP_METH_NOARGS, "F.clear(): clear most references held by the frame"},
    {NULL},
};

mp_type mp_type_frame = {
    .ob = {{MP_IMMORTAL_REFCNT, &mp_type_type}, 0},
    .name = "frame",
    .basicsize = sizeof(mp_frame_object),
    .itemsize = sizeof(mp_obj),
    .flags = MP_TPFLAGS_GC,
    .dealloc = frame_obj_dealloc,
    .repr = frame_repr,
    .hash = mp_obj_identity_hash,
    .getattro = mp_obj_generic_getattr,
    .traverse = frame_obj_traverse,
    .clear = frame_obj_clear,
    .getsets = frame_getsets,
    .methods = frame_methods,
};

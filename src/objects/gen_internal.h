/* What gen.c (generators, coroutines) shares with asyncgen.c (async
 * generators and their awaitables).  Not an interface: the rest of minipy
 * uses minipy/gen.h. */
#ifndef MINIPY_GEN_INTERNAL_H
#define MINIPY_GEN_INTERNAL_H

#include <stddef.h>

#include "minipy/frame.h"
#include "minipy/gen.h"
#include "minipy/object.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_COMPLETED };

/* One layout for the three kinds, as in CPython: the kind is the type. */
typedef struct mp_gen {
    mp_varobject ob;
    mp_obj name, qualname;
    mp_code *code;             /* gi_code: kept after the frame is cleared */
    mp_exc_info exc_state;     /* the generator's own handled exception */
    mp_obj weakreflist;
    mp_obj finalizer;          /* async generators: the loop's finalizer hook */
    char state;
    char hooks_inited;         /* async generators: hooks looked up once */
    char ag_closed;            /* async generators: StopAsyncIteration seen */
    char running_async;        /* async generators: an asend/athrow is running */
    _Alignas(16) char frame_data[]; /* the mp_frame */
} mp_gen;

#define MP_GEN_FRAME(g) ((mp_frame *)(g)->frame_data)

static inline int mp_gen_is_async(mp_obj o) { return mp_type_of(o) == &mp_type_async_generator; }

/* "generator", "coroutine" or "async generator", for messages. */
const char *mp_gen_kind(mp_gen *g);

/* Resumes g with value (or, exc set, raises the current exception at its
 * yield).  The yielded value; or NULL with StopIteration(return value)
 * (StopAsyncIteration for an async generator) or another exception. */
mp_obj mp_gen_send_ex(mp_gen *g, mp_obj value, int exc);
/* throw(typ[, val[, tb]]) (val and tb may be NULL), as CPython's
 * _gen_throw: passed on first to the sub-iterator of a yield from or
 * await, then raised at the yield, normalized (TypeError for bad
 * arguments).  A GeneratorExit closes the sub-iterator instead when
 * close_on_genexit is set (throw(); aclose() lets the awaits in finally
 * blocks run, so it passes 0). */
mp_obj mp_gen_throw(mp_gen *g, int close_on_genexit, mp_obj typ, mp_obj val, mp_obj tb);
/* close(): None, or NULL with an exception. */
mp_obj mp_gen_close(mp_gen *g);

/* The slots the three types share. */
void mp_gen_dealloc(mp_obj self);
int mp_gen_traverse(mp_obj self, mp_visitproc visit, void *arg);
int mp_gen_clear(mp_obj self);
void mp_gen_finalize(mp_obj self);
mp_obj mp_gen_repr(mp_obj self);
mp_obj mp_gen_get_name(mp_obj self, void *c);
mp_obj mp_gen_get_qualname(mp_obj self, void *c);
int mp_gen_set_name(mp_obj self, mp_obj v, void *which);
mp_obj mp_gen_get_frame(mp_obj self, void *c);
mp_obj mp_gen_get_suspended(mp_obj self, void *c);
mp_obj mp_gen_get_code(mp_obj self, void *c);
mp_obj mp_gen_get_yieldfrom(mp_obj self, void *c);

/* GET_AITER, GET_ANEXT, END_ASYNC_FOR and ASYNC_GEN_WRAP (asyncgen.c), with
 * mp_gen_opcode's contract. */
int mp_asyncgen_opcode(mp_frame *f, int opcode, int oparg);

#endif

/* Frames: the activation record of running Python code (vm/frame.c).
 *
 * Frames of ordinary calls live on a per-thread stack of chunks (no malloc
 * per call).  A generator or coroutine keeps its frame inside its own heap
 * object, so the frame can be suspended and resumed.  The Python-visible
 * `frame` object (sys._getframe, tracebacks, f_locals) is made only when
 * asked for; when the frame finishes first, the frame object takes a copy.
 * (The scheme is CPython 3.11's _PyInterpreterFrame.)
 */
#ifndef MINIPY_FRAME_H
#define MINIPY_FRAME_H

#include "minipy/code.h"
#include "minipy/func.h"
#include "minipy/object.h"
#include "minipy/state.h"

enum {
    MP_FRAME_OWNED_BY_THREAD,    /* on the thread's frame stack */
    MP_FRAME_OWNED_BY_GENERATOR, /* inside a generator/coroutine object */
    MP_FRAME_OWNED_BY_FRAME_OBJ  /* copied into a frame object after exit */
};

struct mp_frame {
    mp_func *func;            /* strong: the function being run */
    mp_code *code;            /* strong */
    mp_obj globals;           /* borrowed from func */
    mp_obj builtins;          /* borrowed from func */
    mp_obj locals;            /* strong: the namespace dict of module and
                                 class bodies (STORE_NAME), else NULL */
    struct mp_frame *previous; /* the caller, while running */
    mp_codeunit *prev_instr;  /* the instruction running or last run */
    mp_obj frame_obj;         /* the frame object for this frame, or NULL */
    int stacktop;             /* value stack depth (when not running) */
    unsigned char owner;
    unsigned char is_entry;   /* the eval loop that began here returns when
                                 this frame returns */
    mp_obj localsplus[];      /* locals, cells, free vars, then the stack */
};

/* The frame object seen from Python. */
typedef struct mp_frame_object {
    mp_object ob;
    mp_frame *frame;          /* the frame, wherever it lives */
    struct mp_frame_object *back; /* f_back once the frame has finished */
    mp_obj trace;             /* f_trace */
    int lineno;               /* line while tracing */
    char trace_lines, trace_opcodes;
    /* A finished frame's storage, copied here (owner FRAME_OBJ). */
    mp_obj frame_data[];
} mp_frame_object;

extern mp_type mp_type_frame;

/* Pushes a frame for func on the thread's frame stack with its localsplus
 * cleared; the caller fills the arguments.  Returns NULL with MemoryError. */
mp_frame *mp_frame_push(mp_tstate *ts, mp_func *func, mp_obj locals);
/* Drops the frame's references and pops it (it must be the top). */
void mp_frame_pop(mp_tstate *ts, mp_frame *f);
/* A frame that has finished: its frame object, if something else still
 * holds it (a traceback, f_back), takes over a copy of the frame's locals
 * (they then belong to the copy); otherwise it lets go of the frame.  The
 * value stack must be empty. */
void mp_frame_release_object(mp_frame *f);
/* Drops everything a frame holds (locals, stack, func, code). */
void mp_frame_clear(mp_frame *f);
/* The frame object for f, made on first use (borrowed). */
mp_frame_object *mp_frame_get_object(mp_frame *f);
/* The line being run in f. */
int mp_frame_lineno(mp_frame *f);
/* f_locals: the locals as a dict (a snapshot, for function frames). */
mp_obj mp_frame_locals(mp_frame *f);
/* The number of slots a frame of code needs. */
static inline size_t mp_frame_size(mp_code *co)
{
    return sizeof(mp_frame) + sizeof(mp_obj) * (size_t)(co->nlocalsplus + co->stacksize);
}

#endif

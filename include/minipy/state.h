/* The interpreter's state: one mp_interp for the process, one mp_tstate per
 * thread running Python code.  Every piece of per-thread state the VM needs
 * lives in mp_tstate, so that more than one thread can run (one at a time,
 * under the GIL: gil.h).
 *
 * The error path: a C function that fails sets the current exception on
 * its thread state (mp_err_*) and returns NULL or -1; its caller passes the
 * failure up the same way.  There is no longjmp.
 */
#ifndef MINIPY_STATE_H
#define MINIPY_STATE_H

#include <stdarg.h>

#include "minipy/object.h"

typedef struct mp_frame mp_frame;

/* An exception being handled (the except block's exception), as a stack:
 * sys.exc_info() and a bare `raise` read the innermost.  Generators keep
 * their own entry, linked in while they run. */
typedef struct mp_exc_info {
    mp_obj exc;                  /* the exception, or NULL */
    struct mp_exc_info *previous;
} mp_exc_info;

typedef struct mp_tstate {
    mp_frame *frame;             /* innermost running frame, or NULL */
    mp_obj curexc;               /* the exception being raised, or NULL */
    mp_exc_info *exc_info;       /* innermost handled exception */
    mp_exc_info exc_state;       /* the base entry of that stack */
    int recursion_depth;         /* Python and C calls on this thread */
    int recursion_headroom;      /* while reporting a RecursionError */
    /* Frames live in chunks of a per-thread stack (frame.c). */
    struct mp_frame_chunk *frame_chunk;
    char *frame_top, *frame_limit;
    mp_obj dict;                 /* thread-local data (threading.local) */
    unsigned long thread_id;
    struct mp_tstate *next;      /* all thread states, for the GIL and gc */
    mp_obj trace_func, profile_func; /* sys.settrace / sys.setprofile, or NULL */
    int tracing;                 /* inside a trace function: don't trace it */
} mp_tstate;

typedef struct mp_interp {
    mp_obj modules;              /* sys.modules: dict */
    mp_obj builtins;             /* the builtins module's dict */
    mp_obj builtins_module;      /* the builtins module */
    mp_obj sysdict;              /* the sys module's dict */
    mp_obj importlib;            /* the import machinery's state, if any */
    int recursion_limit;         /* sys.getrecursionlimit() */
    mp_tstate *tstates;          /* every live thread state */
    int finalizing;              /* set once shutdown has begun */
} mp_interp;

extern mp_interp mp_the_interp;
extern __thread mp_tstate *mp_current_tstate;

static inline mp_tstate *mp_ts(void) { return mp_current_tstate; }

/* ---- raising ------------------------------------------------------------
 * Each sets the current exception (replacing any) and returns NULL, so that
 * `return mp_err_format(...)` reads naturally; use `(mp_err_format(...),
 * -1)` in int-returning functions. */

/* Raises type(message formatted as by printf, plus %R for repr(obj), %S
 * for str(obj), %T for the type name of an object and %N for a type's name,
 * each taking an mp_obj argument; %U takes a str object. */
mp_obj mp_err_format(mp_type *type, const char *fmt, ...);
mp_obj mp_err_vformat(mp_type *type, const char *fmt, va_list ap);
mp_obj mp_err_set_str(mp_type *type, const char *message);
/* Raises type(value) or type() when value is NULL. */
mp_obj mp_err_set_object(mp_type *type, mp_obj value);
/* Raises exc, an exception instance (borrowed). */
mp_obj mp_err_set_exc(mp_obj exc);
mp_obj mp_err_no_memory(void);
/* OSError subclass from errno, with the file name when given (may be NULL). */
mp_obj mp_err_from_errno(mp_type *type, mp_obj filename);

/* ---- inspecting -------------------------------------------------------- */

static inline int mp_err_occurred(void) { return mp_ts()->curexc != NULL; }
/* Whether the current exception is an instance of type (or a subclass). */
int mp_err_matches(mp_type *type);
/* Takes the current exception (a new reference; NULL if none) and clears it. */
mp_obj mp_err_fetch(void);
/* Sets the current exception, stealing exc. */
void mp_err_restore(mp_obj exc);
void mp_err_clear(void);

/* Prints the current exception with its traceback to sys.stderr as
 * CPython does for an uncaught exception, and clears it. */
void mp_err_print(void);
/* Reports an exception that cannot propagate (in __del__, a callback):
 * "Exception ignored in: <obj repr>" and the traceback, on stderr. */
void mp_err_write_unraisable(mp_obj where);

/* ---- recursion -----------------------------------------------------------
 * C code that can recurse without bound through Python-level calls (repr of
 * a nested list, comparisons, hashing) brackets the recursive part: */
int mp_enter_recursive_call(const char *where); /* -1 with RecursionError */
void mp_leave_recursive_call(void);
/* mp_enter_recursive_call's test inline, for the hot entries (the eval
 * loop, mp_call) that already hold ts; the function runs only to raise.
 * Leave with ts->recursion_depth--. */
static inline int mp_enter_recursive_call_ts(mp_tstate *ts, const char *where)
{
    if (MP_UNLIKELY(ts->recursion_depth >= mp_the_interp.recursion_limit + ts->recursion_headroom))
        return mp_enter_recursive_call(where);
    ts->recursion_depth++;
    return 0;
}

#endif
